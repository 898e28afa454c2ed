import type { Readable } from 'node:stream';
import type { URL } from 'node:url';

/** Anything with Kibana's schema `validate(value, context, namespace)` shape (see @kbn/config-schema). */
export interface RouteValidator<T> {
  validate(value: unknown, context?: Record<string, unknown>, namespace?: string): T;
}

export interface RouteValidatorConfig<P, Q, B> {
  params?: RouteValidator<P>;
  query?: RouteValidator<Q>;
  body?: RouteValidator<B>;
}

export type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type RouteAccess = 'public' | 'internal';

export interface RouteConfigOptions {
  /** `public` routes are documented in the OpenAPI output; default `internal` for `/internal/*` paths, else `public`. */
  access?: RouteAccess;
  /** Set to false to accept non-GET requests without the `kbn-xsrf` header. */
  xsrfRequired?: boolean;
  /**
   * `true` (default): the auth handler must authenticate the request. `false`: auth is not run and
   * the request is anonymous. `'optional'`: auth is tried, a failure lets the request through anonymous.
   */
  authRequired?: boolean | 'optional';
  tags?: readonly string[];
  summary?: string;
  description?: string;
  body?: {
    /** Largest accepted body in bytes (default `server.maxPayload`); counted on the wire for streamed bodies too. */
    maxBytes?: number;
    /**
     * With `output: 'stream'`, `'multipart/form-data'` bodies are parsed as they arrive: text
     * fields sent before the first file are strings, the file is a Readable with `hapi.filename`
     * and the fields sent after it in `fieldsAfter` (see `multipart.ts`). Without it, multipart
     * bodies are refused with 415.
     */
    accepts?: string | string[];
    output?: 'data' | 'stream';
  };
  /** The privileges a route needs, checked by the security plugin's post-auth hook (e.g. `['actions:write']`). */
  requiredPrivileges?: readonly string[];
}

export interface RouteConfig<P, Q, B> {
  /** A path like `/api/actions/connector/{id}`; `{id?}` makes a param optional. */
  path: string;
  validate: RouteValidatorConfig<P, Q, B> | false;
  options?: RouteConfigOptions;
}

export type Headers = Record<string, string | string[] | undefined>;

export interface AuthenticatedUser {
  username: string;
  roles: string[];
  full_name?: string;
  email?: string;
  authentication_type?: string;
  [key: string]: unknown;
}

export interface KibanaRequest<P = unknown, Q = unknown, B = unknown> {
  /** Unique per request; also in the logs. */
  readonly id: string;
  /** The URL as the client sent it, including any `/s/<space>` prefix. */
  readonly url: URL;
  readonly method: RouteMethod;
  readonly headers: Headers;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** The space of the request: from `/s/<space_id>/...`, otherwise `default`. */
  readonly spaceId: string;
  readonly route: { path: string; method: RouteMethod; options: RouteConfigOptions };
  /** Aborted when the client goes away before the response is finished. */
  readonly signal: AbortSignal;
  /** Set by the auth handler, if any. */
  readonly auth: { isAuthenticated: boolean; user?: AuthenticatedUser };
  readonly socket: { remoteAddress?: string };
}

export type ResponseBody = Record<string, unknown> | unknown[] | string | Buffer | Readable;

export interface ResponseOptions {
  body?: ResponseBody;
  headers?: Headers;
}

export interface ErrorBody {
  message: string;
  attributes?: Record<string, unknown>;
}

export interface ErrorResponseOptions {
  body?: string | Error | ErrorBody;
  headers?: Headers;
}

export interface CustomErrorOptions extends ErrorResponseOptions {
  statusCode: number;
}

/** What a handler returns: created only through the response factory. */
export interface IKibanaResponse {
  readonly status: number;
  readonly payload?: ResponseBody;
  readonly headers: Headers;
}

export interface KibanaResponseFactory {
  ok(options?: ResponseOptions): IKibanaResponse;
  accepted(options?: ResponseOptions): IKibanaResponse;
  noContent(options?: { headers?: Headers }): IKibanaResponse;
  redirected(options: ResponseOptions & { headers: Headers & { location: string } }): IKibanaResponse;
  badRequest(options?: ErrorResponseOptions): IKibanaResponse;
  unauthorized(options?: ErrorResponseOptions): IKibanaResponse;
  forbidden(options?: ErrorResponseOptions): IKibanaResponse;
  notFound(options?: ErrorResponseOptions): IKibanaResponse;
  conflict(options?: ErrorResponseOptions): IKibanaResponse;
  customError(options: CustomErrorOptions): IKibanaResponse;
  /** Any status with a body, e.g. 429 with Retry-After. */
  custom(options: ResponseOptions & { statusCode: number }): IKibanaResponse;
}

/** Per-request values that plugins add with `registerRouteHandlerContext`; `core` is always there. */
export interface RequestHandlerContext {
  [contextName: string]: Promise<unknown> | unknown;
}

export type RequestHandler<P = unknown, Q = unknown, B = unknown, Ctx extends RequestHandlerContext = RequestHandlerContext> = (
  context: Ctx,
  request: KibanaRequest<P, Q, B>,
  response: KibanaResponseFactory
) => Promise<IKibanaResponse> | IKibanaResponse;

export type RouteRegistrar = <P, Q, B, Ctx extends RequestHandlerContext = RequestHandlerContext>(
  route: RouteConfig<P, Q, B>,
  handler: RequestHandler<P, Q, B, Ctx>
) => void;

export interface IRouter {
  get: RouteRegistrar;
  post: RouteRegistrar;
  put: RouteRegistrar;
  patch: RouteRegistrar;
  delete: RouteRegistrar;
}

/** A route as registered, for the OpenAPI generator and the status page. */
export interface RegisteredRoute {
  method: RouteMethod;
  path: string;
  validate: RouteValidatorConfig<unknown, unknown, unknown> | false;
  options: RouteConfigOptions;
  pluginId: string;
}

/** Lifecycle interceptors: return `toolkit.next()` to go on, or a response to answer at once. */
export interface LifecycleToolkit {
  next(): LifecycleResult;
}
export type LifecycleResult = IKibanaResponse | { readonly type: 'next' };
export type LifecycleHandler = (
  request: KibanaRequest,
  response: KibanaResponseFactory,
  toolkit: LifecycleToolkit
) => Promise<LifecycleResult> | LifecycleResult;

export interface AuthToolkit {
  authenticated(state: { user: AuthenticatedUser }): AuthResult;
  /** Let the request through unauthenticated (only honoured for `authRequired: false` routes). */
  notHandled(): AuthResult;
}
export type AuthResult = IKibanaResponse | { readonly type: 'authenticated'; user: AuthenticatedUser } | { readonly type: 'notHandled' };
export type AuthHandler = (
  request: KibanaRequest,
  response: KibanaResponseFactory,
  toolkit: AuthToolkit
) => Promise<AuthResult> | AuthResult;

export type RouteHandlerContextProvider = (context: RequestHandlerContext, request: KibanaRequest) => unknown;

export interface HttpServiceSetup {
  /** A router whose routes are served at their path and again under `/s/<space_id>`. */
  createRouter(): IRouter;
  registerRouteHandlerContext(contextName: string, provider: RouteHandlerContextProvider): void;
  /** Runs before auth (and before the body is read), on every request to a route or static file. */
  registerOnPreAuth(handler: LifecycleHandler): void;
  /** At most one; without one every request is anonymous and allowed. */
  registerAuth(handler: AuthHandler): void;
  /** Runs after auth, before the route's validation and handler. */
  registerOnPostAuth(handler: LifecycleHandler): void;
  /** Serve a folder of static files under a path (the browser app). */
  registerStaticDir(urlPath: string, dirPath: string): void;
  basePath: HttpBasePath;
  /** Where the server listens; the port is the bound one once started (useful with `port: 0`). */
  getServerInfo(): { host: string; port: number; protocol: 'http' | 'https' };
}

export interface HttpBasePath {
  /** `server.basePath`, e.g. `/kbn`; empty when none. */
  serverBasePath: string;
  /** `server.publicBaseUrl`, the address users reach Kibana at, when configured. */
  publicBaseUrl?: string;
}

/** The `server.*` settings the HTTP service reads. */
export interface HttpConfig {
  host: string;
  port: number;
  /** e.g. `/kbn`; empty for none. Everything is served below it. */
  basePath: string;
  /** Largest accepted request body in bytes (default 1048576); a route may set its own `body.maxBytes`. */
  maxPayload?: number;
  publicBaseUrl?: string;
}

/** What the core (not plugins) gets from `HttpService.setup()`. */
export interface InternalHttpServiceSetup {
  /** The setup contract handed to one plugin; its routes are recorded under its id. */
  forPlugin(pluginId: string): HttpServiceSetup;
  /** Used by the core for the `core` context. */
  registerRouteHandlerContext(name: string, provider: RouteHandlerContextProvider): void;
}

export interface HttpServiceStart {
  getRegisteredRoutes(): RegisteredRoute[];
  /** The address the server listens on, once started (`http://127.0.0.1:5601`). */
  getServerUrl(): string;
  basePath: HttpBasePath;
}
