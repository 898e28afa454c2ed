import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../errors/http_error';

/**
 * A file part of a streamed multipart body: a Readable of its bytes, with the part's name and
 * headers under `hapi` as Kibana's routes read them (`file.hapi.filename`).
 */
export type MultipartFileStream = Readable & {
  hapi: { filename: string; headers: Record<string, string> };
  /**
   * Text fields sent after this file (Kibana's UI appends `retries` after `file`): they can only be
   * read once the file has been, so they resolve when the whole body has been parsed.
   */
  fieldsAfter: Promise<Record<string, string>>;
};

export function payloadTooLarge(limit: number): HttpError {
  return new HttpError(413, `Payload content length greater than maximum allowed: ${limit}`);
}

/**
 * Parses `multipart/form-data` as it arrives, for routes with `body: { accepts: 'multipart/form-data',
 * output: 'stream' }`. The body resolves as soon as the first file part starts: text fields sent
 * before it are strings, the file is a {@link MultipartFileStream} the handler reads; text fields
 * after it come in the file's `fieldsAfter`, further files are drained and dropped. Bytes are
 * counted on the wire: past `limit` the request fails with Kibana's 413, before or during the file.
 */
export function parseMultipartStream(request: FastifyRequest, payload: Readable, limit: number, done: (error: Error | null, body?: unknown) => void): void {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    payload.resume();
    return done(payloadTooLarge(limit));
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: request.headers, limits: { fieldSize: limit } });
  } catch (error) {
    payload.resume();
    return done(new HttpError(400, error instanceof Error ? error.message : 'Invalid multipart payload'));
  }
  const body: Record<string, unknown> = {};
  const later: Record<string, string> = {};
  let finish: (fields: Record<string, string>) => void = () => undefined;
  const fieldsAfter = new Promise<Record<string, string>>((resolve) => (finish = resolve));
  let file: MultipartFileStream | undefined;
  let settled = false;
  const settle = (error: Error | null) => {
    if (settled) return;
    settled = true;
    done(error, error ? undefined : body);
  };
  const fail = (error: Error) => {
    finish(later);
    payload.unpipe(parser);
    payload.resume();
    if (file && !file.destroyed) file.destroy(error);
    settle(error);
  };

  let received = 0;
  payload.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > limit) fail(payloadTooLarge(limit));
  });
  payload.on('error', (error) => fail(error));
  parser.on('field', (name, value) => {
    if (settled) later[name] = value;
    else body[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    if (settled) {
      stream.resume();
      return;
    }
    file = Object.assign(stream, { hapi: { filename: info.filename ?? '', headers: { 'content-type': info.mimeType } }, fieldsAfter });
    body[name] = file;
    settle(null);
  });
  parser.on('close', () => {
    finish(later);
    settle(null);
  });
  parser.on('error', (error: Error) => fail(new HttpError(400, error.message)));
  payload.pipe(parser);
}
