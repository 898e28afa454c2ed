import * as t from 'io-ts';

/**
 * The body of every Kibana error response (400, 401, 403, 404, 409, 500 ...), e.g.
 * `{"statusCode":404,"error":"Not Found","message":"Saved object [action/x] not found"}`.
 * `attributes` carries machine-readable details some routes add.
 */
export const errorResponseBodyCodec = t.intersection(
  [
    t.type({
      statusCode: t.number,
      error: t.string,
      message: t.string,
    }),
    t.partial({
      attributes: t.record(t.string, t.unknown, 'Record<string, unknown>'),
    }),
  ],
  'ErrorResponseBody'
);

export type ErrorResponseBody = t.TypeOf<typeof errorResponseBodyCodec>;
