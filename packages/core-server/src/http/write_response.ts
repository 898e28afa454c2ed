import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { IKibanaResponse } from './types';

/**
 * Puts a Kibana response on the wire: JSON for objects, text for strings, streams piped as they come.
 * Returns the reply for Fastify's async handlers and hooks (awaiting `send` would wait for the whole stream).
 */
export function writeResponse(reply: FastifyReply, response: IKibanaResponse): FastifyReply {
  reply.status(response.status);
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) reply.header(name, value);
  }
  const body = response.payload;
  if (body === undefined || response.status === 204 || response.status === 304) return reply.send();
  if (body instanceof Readable) {
    // Fastify holds the headers back until the first chunk; a client of a stream (server-sent
    // events) should see the response start at once, even if the first event takes a while.
    reply.raw.once('pipe', () => reply.raw.flushHeaders());
    return reply.send(body);
  }
  if (Buffer.isBuffer(body)) {
    if (!reply.hasHeader('content-type')) reply.header('content-type', 'application/octet-stream');
    return reply.send(body);
  }
  if (typeof body === 'string') {
    if (!reply.hasHeader('content-type')) reply.header('content-type', 'text/plain; charset=utf-8');
    return reply.send(body);
  }
  if (!reply.hasHeader('content-type')) reply.header('content-type', 'application/json; charset=utf-8');
  return reply.send(JSON.stringify(body));
}
