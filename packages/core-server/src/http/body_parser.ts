import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../errors/http_error';
import { parseMultipartStream } from './multipart';
import type { RouteConfigOptions } from './types';

export const INVALID_JSON_MESSAGE = 'Invalid request payload JSON format';

type BodyKind = 'json' | 'text' | 'binary';

/** As hapi does for Kibana: no content type means JSON; unknown types are refused with 415. */
function bodyKind(contentType: string | undefined): BodyKind | undefined {
  const mime = (contentType ?? 'application/json').split(';')[0].trim().toLowerCase();
  if (mime === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mime)) return 'json';
  if (mime.startsWith('text/') || mime === 'application/x-ndjson') return 'text';
  if (mime === 'application/octet-stream') return 'binary';
  return undefined;
}

function parse(request: FastifyRequest, body: Buffer): unknown {
  const kind = bodyKind(request.headers['content-type']);
  if (kind === undefined) throw new HttpError(415, 'Unsupported Media Type');
  if (kind === 'binary') return body;
  const text = body.toString('utf8');
  if (kind === 'text') return text;
  // An empty JSON body is "no body": body validation then sees null, as in Kibana.
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, INVALID_JSON_MESSAGE);
  }
}

/** What the request lifecycle puts in Fastify's route `config`, for the parsers to read. */
export interface RouteBodyConfig {
  kbnBody?: RouteConfigOptions['body'];
}

function acceptsMultipartStream(request: FastifyRequest): boolean {
  const body = (request.routeOptions.config as RouteBodyConfig | undefined)?.kbnBody;
  const accepts = [body?.accepts ?? []].flat();
  return body?.output === 'stream' && accepts.includes('multipart/form-data');
}

/**
 * Replaces Fastify's parsers with one that reads bodies the way Kibana routes expect them, and a
 * streamed multipart parser for the routes that ask for one (any other route answers 415 to it).
 */
export function registerBodyParser(server: FastifyInstance, defaultLimit: number): void {
  server.removeAllContentTypeParsers();
  server.addContentTypeParser('multipart/form-data', (request, payload, done) => {
    if (!acceptsMultipartStream(request)) {
      payload.resume();
      return done(new HttpError(415, 'Unsupported Media Type'), undefined);
    }
    parseMultipartStream(request, payload, request.routeOptions.bodyLimit ?? defaultLimit, done);
  });
  server.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, parse(request, body as Buffer));
    } catch (error) {
      done(error as HttpError, undefined);
    }
  });
}
