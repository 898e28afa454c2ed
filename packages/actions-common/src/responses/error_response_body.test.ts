import { decode, decodeOrThrow } from '../decoding/decode';
import { errorResponseBodyCodec } from './error_response_body';
import { notFoundResponse, unauthorizedResponse } from './openapi_examples.mock';

describe('errorResponseBodyCodec', () => {
  it.each([
    ['404 (OpenAPI example)', notFoundResponse],
    ['401 (OpenAPI example)', unauthorizedResponse],
    [
      '400 from schema validation',
      {
        statusCode: 400,
        error: 'Bad Request',
        message: '[request body.connector_type_id]: expected value of type [string] but got [undefined]',
      },
    ],
    [
      '409 on a taken id',
      { statusCode: 409, error: 'Conflict', message: 'Saved object [action/my-id] conflict' },
    ],
    [
      'one with attributes',
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid id',
        attributes: { code: 'invalid_id', details: ['x'] },
      },
    ],
  ])('accepts a %s', (_, body) => {
    expect(decodeOrThrow(errorResponseBodyCodec, body)).toEqual(body);
  });

  it.each([
    [
      { statusCode: '404', error: 'Not Found', message: 'gone' },
      '[statusCode]: expected value of type [number] but got [string]',
    ],
    [
      { statusCode: 404, error: 'Not Found' },
      '[message]: expected value of type [string] but got [undefined]',
    ],
    [
      { statusCode: 400, error: 'Bad Request', message: 'x', attributes: 'code' },
      '[attributes]: expected value of type [Record<string, unknown>] but got [string]',
    ],
    ['Not Found', 'expected value of type [ErrorResponseBody] but got [string]'],
  ])('refuses %j naming the path', (value, problem) => {
    const result = decode(errorResponseBodyCodec, value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe(`Invalid ErrorResponseBody: ${problem}`);
  });
});
