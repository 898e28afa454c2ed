import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { isHttpError } from '../errors/http_error';
import type { Logger } from '../logging/types';
import { registerBodyParser } from './body_parser';
import { REQUEST_STATE, requestState, type RawRequest } from './kibana_request';
import { errorBody } from './response_factory';
import { splitSpaceUrl } from './space_url';

export const DEFAULT_MAX_PAYLOAD = 1048576;

/** A path no route can have: where URLs outside the base path are sent to get the 404. */
const OUTSIDE_BASE_PATH = '/\0outside-base-path';

/**
 * The Fastify instance under the HTTP service: base path and `/s/<space>` taken off before routing,
 * Kibana's body parsing, Kibana's error bodies for what fails before a route runs, and one debug
 * line per response on `http.server.response`.
 */
export function createServer(options: { basePath: string; maxPayload: number; log: Logger; responseLog: Logger }): FastifyInstance {
  const { basePath, maxPayload, log, responseLog } = options;
  const server = Fastify({
    bodyLimit: maxPayload,
    routerOptions: { ignoreTrailingSlash: true },
    // Kibana logs through its own logger; Fastify's would duplicate every line.
    logger: false,
    rewriteUrl: (raw) => {
      const split = splitSpaceUrl(raw.url ?? '/', basePath);
      if (!split) return OUTSIDE_BASE_PATH;
      (raw as RawRequest)[REQUEST_STATE] = { spaceId: split.spaceId, originalUrl: raw.url ?? '/' };
      return split.url;
    },
  });
  registerBodyParser(server, maxPayload);

  server.setErrorHandler((error: FastifyError, request, reply) => {
    let status = isHttpError(error) ? error.statusCode : (error.statusCode ?? 500);
    let message = error.message;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      status = 413;
      message = `Payload content length greater than maximum allowed: ${request.routeOptions.bodyLimit ?? maxPayload}`;
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      status = 415;
      message = 'Unsupported Media Type';
    } else if (status >= 500) {
      log.error(error);
      message = 'An internal server error occurred.';
    }
    return reply.status(status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(errorBody(status, message)));
  });

  server.setNotFoundHandler((_request, reply) =>
    reply.status(404).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(errorBody(404)))
  );

  server.addHook('onResponse', async (request, reply) => {
    if (!responseLog.isLevelEnabled('debug')) return;
    const url = new URL(requestState(request).originalUrl, 'http://localhost');
    const duration = Math.round(reply.elapsedTime);
    responseLog.debug(`${request.method} ${url.pathname} ${reply.statusCode} ${duration}ms`, {
      http: { request: { method: request.method }, response: { status_code: reply.statusCode } },
      url: { path: url.pathname, query: url.search.slice(1) || undefined },
      event: { duration: duration * 1e6 },
    });
  });
  return server;
}
