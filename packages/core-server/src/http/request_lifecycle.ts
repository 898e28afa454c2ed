import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isHttpError } from '../errors/http_error';
import type { Logger } from '../logging/types';
import type { RouteBodyConfig } from './body_parser';
import { createRequestContext } from './context';
import { createKibanaRequest, type MutableKibanaRequest } from './kibana_request';
import { errorBody, isKibanaResponse, KibanaResponse, kibanaResponseFactory } from './response_factory';
import { toFastifyPath } from './route_path';
import type { RouteDefinition } from './router';
import { validateRequest } from './route_validation';
import { writeResponse } from './write_response';
import { XSRF_MESSAGE, isXsrfSafe } from './xsrf';
import type { AuthHandler, IKibanaResponse, LifecycleHandler, RouteHandlerContextProvider } from './types';

/** Everything plugins registered during setup that the running server reads. */
export interface HttpRegistrations {
  routes: RouteDefinition[];
  contexts: Map<string, RouteHandlerContextProvider>;
  onPreAuth: LifecycleHandler[];
  auth?: AuthHandler;
  onPostAuth: LifecycleHandler[];
}

const NEXT = { type: 'next' } as const;
const INTERNAL_ERROR = 'An internal server error occurred.';

/**
 * Serves one route through Kibana's lifecycle: onPreAuth and auth run in Fastify's `onRequest`
 * hook, before the body is read (so anonymous clients cannot make the server parse large bodies);
 * xsrf, onPostAuth, validation and the handler run once the body is parsed.
 */
export class RequestLifecycle {
  private readonly requests = new WeakMap<FastifyRequest, MutableKibanaRequest>();

  constructor(
    private readonly registrations: HttpRegistrations,
    private readonly log: Logger,
    private readonly serverUrl: () => string
  ) {}

  public serve(server: FastifyInstance, route: RouteDefinition): void {
    server.route({
      method: route.method.toUpperCase() as Uppercase<typeof route.method>,
      url: toFastifyPath(route.path),
      bodyLimit: route.options.body?.maxBytes,
      config: { kbnBody: route.options.body } satisfies RouteBodyConfig,
      onRequest: async (raw, reply) => {
        const request = this.start(raw, reply, route);
        const early = await this.guard(() => this.beforeBody(request, route), route);
        if (early) return writeResponse(reply, early);
      },
      handler: async (raw, reply) => {
        const request = this.requests.get(raw) ?? this.start(raw, reply, route);
        return writeResponse(reply, await this.guard(() => this.afterBody(request, raw, route), route));
      },
    });
  }

  private start(raw: FastifyRequest, reply: FastifyReply, route: RouteDefinition): MutableKibanaRequest {
    const controller = new AbortController();
    // The response closes early only when the client went away (or the server cut it).
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });
    const request = createKibanaRequest(raw, route, controller.signal, this.serverUrl());
    this.requests.set(raw, request);
    return request;
  }

  private async beforeBody(request: MutableKibanaRequest, route: RouteDefinition): Promise<IKibanaResponse | undefined> {
    for (const handler of this.registrations.onPreAuth) {
      const result = await handler(request, kibanaResponseFactory, { next: () => NEXT });
      if (isKibanaResponse(result)) return result;
    }
    return this.authenticate(request, route);
  }

  private async afterBody(request: MutableKibanaRequest, raw: FastifyRequest, route: RouteDefinition): Promise<IKibanaResponse> {
    if (route.options.xsrfRequired !== false && !isXsrfSafe(route.method, request.headers)) {
      return kibanaResponseFactory.badRequest({ body: XSRF_MESSAGE });
    }
    for (const handler of this.registrations.onPostAuth) {
      const result = await handler(request, kibanaResponseFactory, { next: () => NEXT });
      if (isKibanaResponse(result)) return result;
    }
    const invalid = validateRequest(request, raw, route);
    if (invalid) return invalid;
    const response: unknown = await route.handler(createRequestContext(this.registrations.contexts, request), request, kibanaResponseFactory);
    if (!isKibanaResponse(response)) {
      throw new Error(`Handler of [${route.method.toUpperCase()} ${route.path}] (plugin [${route.pluginId}]) did not return a response from the response factory`);
    }
    return response;
  }

  private async authenticate(request: MutableKibanaRequest, route: RouteDefinition): Promise<IKibanaResponse | undefined> {
    const required = route.options.authRequired ?? true;
    if (!this.registrations.auth || required === false) return undefined;
    const result = await this.registrations.auth(request, kibanaResponseFactory, {
      authenticated: ({ user }) => ({ type: 'authenticated', user }),
      notHandled: () => ({ type: 'notHandled' }),
    });
    if (!isKibanaResponse(result) && result.type === 'authenticated') {
      request.auth = { isAuthenticated: true, user: result.user };
      return undefined;
    }
    if (required === 'optional') return undefined;
    return isKibanaResponse(result) ? result : kibanaResponseFactory.unauthorized();
  }

  /** A thrown HttpError is its answer; anything else is logged with its stack and hidden behind a 500. */
  private async guard<T extends IKibanaResponse | undefined>(step: () => Promise<T>, route: RouteDefinition): Promise<T | IKibanaResponse> {
    try {
      return await step();
    } catch (error) {
      if (isHttpError(error)) {
        return new KibanaResponse(error.statusCode, errorBody(error.statusCode, { message: error.message, attributes: error.attributes }));
      }
      this.log.error(error instanceof Error ? error : new Error(String(error)), {
        http: { request: { method: route.method } },
        url: { path: route.path },
      });
      return new KibanaResponse(500, errorBody(500, INTERNAL_ERROR));
    }
  }
}
