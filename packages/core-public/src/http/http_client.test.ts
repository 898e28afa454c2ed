import { DecodeError, connectorIdAvailabilityResponseCodec } from '@kbn/actions-common';
import { HttpFetchError, createHttpClient } from './http_client';

function fakeFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const impl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return { ok: status < 300, status, text: async () => (body === undefined ? '' : JSON.stringify(body)) } as Response;
  }) as unknown as typeof fetch;
  return { calls, impl };
}

describe('createHttpClient', () => {
  test('prefixes the space, adds the query and decodes with the codec', async () => {
    const { calls, impl } = fakeFetch(200, { connectorIdAvailable: true });
    const http = createHttpClient('/kbn/s/ops', impl);
    const result = await http.get('/api/actions/connector/x/_check_availability', { query: { a: 1, b: undefined }, codec: connectorIdAvailabilityResponseCodec });
    expect(result).toEqual({ connectorIdAvailable: true });
    expect(calls[0].url).toBe('/kbn/s/ops/api/actions/connector/x/_check_availability?a=1');
    expect((calls[0].init.headers as Record<string, string>)['kbn-xsrf']).toBeUndefined();
  });

  test('sends kbn-xsrf and JSON on writes', async () => {
    const { calls, impl } = fakeFetch(200, { ok: 1 });
    await createHttpClient('', impl).post('/api/x', { body: { name: 'a' } });
    expect(calls[0].init).toMatchObject({ method: 'POST', body: '{"name":"a"}', headers: { 'kbn-xsrf': 'kibana', 'content-type': 'application/json' } });
  });

  test('a response the codec refuses throws DecodeError', async () => {
    const { impl } = fakeFetch(200, { connectorIdAvailable: 'yes' });
    await expect(createHttpClient('', impl).get('/x', { codec: connectorIdAvailabilityResponseCodec })).rejects.toBeInstanceOf(DecodeError);
  });

  test('an error status throws HttpFetchError with the server message', async () => {
    const { impl } = fakeFetch(404, { statusCode: 404, error: 'Not Found', message: 'Saved object [action/x] not found' });
    const error = await createHttpClient('', impl).delete('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpFetchError);
    expect(error).toMatchObject({ status: 404, message: 'Saved object [action/x] not found' });
  });
});
