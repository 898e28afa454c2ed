import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { IKibanaResponse } from './types';

/** Puts a Kibana response on the wire: JSON for objects, text for strings, streams as they come. */
export async function writeResponse(reply: FastifyReply, response: IKibanaResponse): Promise<void> {
  reply.status(response.status);
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) reply.header(name, value);
  }
  const body = response.payload;
  if (body === undefined || response.status === 204) {
    await reply.send();
  } else if (body instanceof Readable) {
    await reply.send(body);
  } else if (Buffer.isBuffer(body)) {
    if (!reply.hasHeader('content-type')) reply.header('content-type', 'application/octet-stream');
    await reply.send(body);
  } else if (typeof body === 'string') {
    if (!reply.hasHeader('content-type')) reply.header('content-type', 'text/plain; charset=utf-8');
    await reply.send(body);
  } else {
    reply.header('content-type', 'application/json; charset=utf-8');
    await reply.send(JSON.stringify(body));
  }
}
