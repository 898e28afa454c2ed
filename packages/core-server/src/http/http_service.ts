import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { LoggerFactory, Logger } from '../logging/types';
import { isHttpError } from '../errors/http_error';
import { createRequestContext } from './context';
import { createKibanaRequest, REQUEST_STATE, type MutableKibanaRequest, type RawRequest } from './kibana_request';
import { errorBody, isKibanaResponse, KibanaResponse, kibanaResponseFactory } from './response_factory';
import { Router, type RouteDefinition } from './router';
import { toFastifyPath, wildcardName } from './route_path';
import { splitSpaceUrl } from './space_url';
import { sendStaticFile } from './static_files';
import { writeResponse } from './write_response';
import { XSRF_MESSAGE, isXsrfSafe } from './xsrf';
import type {
  AuthHandler,
  HttpServiceSetup,
  HttpServiceStart,
  IKibanaResponse,
  LifecycleHandler,
  RouteHandlerContextProvider,
} from './types';

export interface HttpConfig {
  host: string;
  port: number;
  /** e.g. `/kbn`; empty for none. */
  basePath: string;
  /** Largest accepted request body in bytes. */
  maxPayload: number;
  publicBaseUrl?: string;
}

export interface InternalHttpServiceSetup {
  forPlugin(pluginId: string): HttpServiceSetup;
  registerRouteHandlerContext(name: string, provider: RouteHandlerContextProvider): void;
}

const NEXT = { type: 'next' } as const;
const STOP_GRACE_MS = 1000;

/** Kibana's HTTP server on Fastify: routers, lifecycle hooks, spaces in URLs, xsrf, Kibana's errors. */
export class HttpService {
  private readonly log: Logger;
  private readonly responseLog: Logger;
  private readonly routes: RouteDefinition[] = [];
  private readonly contexts = new Map<string, RouteHandlerContextProvider>();
  private readonly onPreAuth: LifecycleHandler[] = [];
  private readonly onPostAuth: LifecycleHandler[] = [];
  private readonly staticDirs: Array<{ urlPath: string; dir: string }> = [];
  private auth?: AuthHandler;
  private server?: FastifyInstance;
  private url = '';

  constructor(private readonly deps: { logger: LoggerFactory; config: HttpConfig }) {
    this.log = deps.logger.get('http', 'server');
    this.responseLog = deps.logger.get('http', 'server', 'response');
  }

  public setup(): InternalHttpServiceSetup {
    return {
      forPlugin: (pluginId) => this.forPlugin(pluginId),
      registerRouteHandlerContext: (name, provider) => this.addContext(name, provider),
    };
  }

  public async start(): Promise<HttpServiceStart> {
    const { config } = this.deps;
    const server = Fastify({
      bodyLimit: config.maxPayload,
      ignoreTrailingSlash: true,
      // Routes match on the path without the base path and `/s/<space>`, which the request keeps.
      rewriteUrl: (raw) => {
        const split = splitSpaceUrl(raw.url ?? '/', config.basePath);
        if (!split) return '/__outside_base_path__';
        (raw as RawRequest)[REQUEST_STATE] = { spaceId: split.spaceId, originalUrl: raw.url ?? '/' };
        return split.url;
      },
    });
    this.server = server;
    server.removeAllContentTypeParsers();
    server.addContentTypeParser(['application/json', 'application/x-ndjson', 'text/plain', 'application/octet-stream'], { parseAs: 'string' }, (request, body, done) => {
      const text = String(body);
      if (!request.headers['content-type']?.startsWith('application/json')) return done(null, text);
      if (text.trim() === '') return done(null, null);
      try {
        done(null, JSON.parse(text));
      } catch {
        done(Object.assign(new Error('Invalid request payload JSON format'), { statusCode: 400 }), undefined);
      }
    });
    server.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) => {
      const status = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 413 : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 415 : (error.statusCode ?? 500);
      const message =
        status === 413
          ? `Payload content length greater than maximum allowed: ${config.maxPayload}`
          : status === 415
            ? 'Unsupported Media Type'
            : status >= 500
              ? 'An internal server error occurred.'
              : error.message;
      if (status >= 500) this.log.error(error);
      void reply.status(status).send(errorBody(status, message));
    });
    server.setNotFoundHandler((_request, reply) => void reply.status(404).send(errorBody(404)));
    for (const route of this.routes) this.serveRoute(server, route);
    for (const { urlPath, dir } of this.staticDirs) {
      server.get(`${urlPath}/*`, async (request, reply) => {
        const served = await sendStaticFile(reply, dir, (request.params as { '*': string })['*']);
        if (!served) return reply.status(404).send(errorBody(404));
        return reply;
      });
    }
    await server.listen({ host: config.host, port: config.port });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    this.url = `http://${host}:${port}${config.basePath}`;
    return {
      getRegisteredRoutes: () => this.routes.map(({ handler: _handler, ...route }) => route),
      getServerUrl: () => this.url,
      basePath: { serverBasePath: config.basePath },
    };
  }

  /** Stops accepting connections; requests still running get a short grace period, then are cut. */
  public async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const grace = setTimeout(() => server.server.closeAllConnections(), STOP_GRACE_MS);
    await server.close();
    clearTimeout(grace);
  }

  private forPlugin(pluginId: string): HttpServiceSetup {
    const { config } = this.deps;
    return {
      createRouter: () => new Router(pluginId, (route) => this.addRoute(route)),
      registerRouteHandlerContext: (name, provider) => this.addContext(name, provider),
      registerOnPreAuth: (handler) => this.onPreAuth.push(handler),
      registerAuth: (handler) => {
        if (this.auth) throw new Error(`An auth handler is already registered; plugin [${pluginId}] cannot register another`);
        this.auth = handler;
      },
      registerOnPostAuth: (handler) => this.onPostAuth.push(handler),
      registerStaticDir: (urlPath, dir) => this.staticDirs.push({ urlPath: urlPath.replace(/\/$/, ''), dir }),
      basePath: { serverBasePath: config.basePath },
      getServerInfo: () => ({ host: config.host, port: config.port, protocol: 'http' }),
    };
  }

  private addContext(name: string, provider: RouteHandlerContextProvider) {
    if (this.contexts.has(name)) throw new Error(`A route handler context [${name}] is already registered`);
    this.contexts.set(name, provider);
  }

  private addRoute(route: RouteDefinition) {
    const clash = this.routes.find((r) => r.method === route.method && toFastifyPath(r.path) === toFastifyPath(route.path));
    if (clash) {
      throw new Error(`Route [${route.method.toUpperCase()} ${route.path}] of plugin [${route.pluginId}] is already registered by plugin [${clash.pluginId}]`);
    }
    this.routes.push(route);
  }

  private serveRoute(server: FastifyInstance, route: RouteDefinition) {
    server.route({
      method: route.method.toUpperCase() as 'GET',
      url: toFastifyPath(route.path),
      bodyLimit: route.options.body?.maxBytes,
      handler: async (raw, reply) => {
        const started = performance.now();
        const response = await this.handle(raw, reply, route);
        await writeResponse(reply, response);
        this.responseLog.debug(`${route.method.toUpperCase()} ${raw.url} ${response.status} ${(performance.now() - started).toFixed(1)}ms`);
        return reply;
      },
    });
  }

  private async handle(raw: FastifyRequest, reply: FastifyReply, route: RouteDefinition): Promise<IKibanaResponse> {
    const controller = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    const request = createKibanaRequest(raw, route, controller.signal, this.url || 'http://localhost');
    try {
      for (const handler of this.onPreAuth) {
        const result = await handler(request, kibanaResponseFactory, { next: () => NEXT });
        if (isKibanaResponse(result)) return result;
      }
      const denied = await this.authenticate(request, route);
      if (denied) return denied;
      if (route.options.xsrfRequired !== false && !isXsrfSafe(route.method, request.headers)) {
        return kibanaResponseFactory.badRequest({ body: XSRF_MESSAGE });
      }
      for (const handler of this.onPostAuth) {
        const result = await handler(request, kibanaResponseFactory, { next: () => NEXT });
        if (isKibanaResponse(result)) return result;
      }
      const invalid = this.validate(request, raw, route);
      if (invalid) return invalid;
      return await route.handler(createRequestContext(this.contexts, request), request, kibanaResponseFactory);
    } catch (error) {
      if (isHttpError(error)) return new KibanaResponse(error.statusCode, errorBody(error.statusCode, { message: error.message, attributes: error.attributes }));
      this.log.error(error instanceof Error ? error : new Error(String(error)), { http: { request: { method: route.method }, url: { path: route.path } } });
      return new KibanaResponse(500, errorBody(500, 'An internal server error occurred.'));
    }
  }

  private async authenticate(request: MutableKibanaRequest, route: RouteDefinition): Promise<IKibanaResponse | undefined> {
    if (!this.auth) return undefined;
    const result = await this.auth(request, kibanaResponseFactory, {
      authenticated: ({ user }) => ({ type: 'authenticated', user }),
      notHandled: () => ({ type: 'notHandled' }),
    });
    if (isKibanaResponse(result)) return route.options.authRequired === false ? undefined : result;
    if (result.type === 'authenticated') {
      request.auth = { isAuthenticated: true, user: result.user };
      return undefined;
    }
    return route.options.authRequired === false ? undefined : kibanaResponseFactory.unauthorized();
  }

  private validate(request: MutableKibanaRequest, raw: FastifyRequest, route: RouteDefinition): IKibanaResponse | undefined {
    const params = { ...(raw.params as Record<string, string>) };
    const name = wildcardName(route.path);
    if (name && '*' in params) {
      params[name] = params['*'];
      delete params['*'];
    }
    if (route.validate === false) return undefined;
    try {
      const { params: p, query: q, body: b } = route.validate;
      request.params = p ? p.validate(params, {}, 'request params') : {};
      request.query = q ? q.validate({ ...(raw.query as object) }, {}, 'request query') : {};
      request.body = b ? b.validate(raw.body === undefined ? null : raw.body, {}, 'request body') : {};
    } catch (error) {
      return kibanaResponseFactory.badRequest({ body: (error as Error).message });
    }
    return undefined;
  }
}
