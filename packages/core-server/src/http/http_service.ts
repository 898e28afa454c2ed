import type { FastifyInstance } from 'fastify';
import type { Logger, LoggerFactory } from '../logging/types';
import { createServer, DEFAULT_MAX_PAYLOAD } from './http_server';
import { RequestLifecycle, type HttpRegistrations } from './request_lifecycle';
import { routeShapes } from './route_path';
import { Router, type RouteDefinition } from './router';
import { staticDirRoute } from './static_files';
import type { HttpBasePath, HttpConfig, HttpServiceSetup, HttpServiceStart, InternalHttpServiceSetup, RouteHandlerContextProvider } from './types';

/** How long `stop()` lets running requests finish before cutting their connections. */
const STOP_GRACE_MS = 1000;

interface Running {
  server: FastifyInstance;
  port: number;
  url: string;
}

/** Kibana's HTTP server on Fastify: routers, lifecycle hooks, spaces in URLs, xsrf, Kibana's errors. */
export class HttpService {
  private readonly log: Logger;
  private readonly responseLog: Logger;
  private readonly config: Required<Pick<HttpConfig, 'host' | 'port' | 'basePath' | 'maxPayload'>> & Pick<HttpConfig, 'publicBaseUrl'>;
  private readonly registrations: HttpRegistrations = { routes: [], contexts: new Map(), onPreAuth: [], onPostAuth: [] };
  private readonly staticRoutes: RouteDefinition[] = [];
  private running?: Running;

  constructor(deps: { logger: LoggerFactory; config: HttpConfig }) {
    this.log = deps.logger.get('http', 'server');
    this.responseLog = deps.logger.get('http', 'server', 'response');
    const { basePath } = deps.config;
    this.config = {
      ...deps.config,
      basePath: basePath === '/' ? '' : basePath.replace(/\/$/, ''),
      maxPayload: deps.config.maxPayload ?? DEFAULT_MAX_PAYLOAD,
    };
  }

  public setup(): InternalHttpServiceSetup {
    return {
      forPlugin: (pluginId) => this.forPlugin(pluginId),
      registerRouteHandlerContext: (name, provider) => this.addContext('core', name, provider),
    };
  }

  /** Serves everything registered during setup; port 0 binds a free port (see `getServerUrl`). */
  public async start(): Promise<HttpServiceStart> {
    const { host, port, basePath, maxPayload } = this.config;
    const server = createServer({ basePath, maxPayload, log: this.log, responseLog: this.responseLog });
    const lifecycle = new RequestLifecycle(this.registrations, this.log, () => this.running?.url ?? `http://${hostForUrl(host)}:${port}`);
    for (const route of [...this.registrations.routes, ...this.staticRoutes]) lifecycle.serve(server, route);
    try {
      await server.listen({ host, port });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(`Port ${port} is already in use. Another instance of Kibana may be running!`, { cause: error });
      }
      throw error;
    }
    const address = server.server.address();
    const boundPort = typeof address === 'object' && address ? address.port : port;
    this.running = { server, port: boundPort, url: `http://${hostForUrl(host)}:${boundPort}${basePath}` };
    this.log.info(`http server running at ${this.running.url}`);
    const url = this.running.url;
    return {
      getRegisteredRoutes: () => this.registrations.routes.map(({ handler: _handler, ...route }) => route),
      getServerUrl: () => url,
      basePath: this.basePath(),
    };
  }

  /** Stops accepting connections; requests still running get a short grace period, then are cut. */
  public async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    const grace = setTimeout(() => running.server.server.closeAllConnections(), STOP_GRACE_MS);
    try {
      await running.server.close();
    } finally {
      clearTimeout(grace);
    }
  }

  private forPlugin(pluginId: string): HttpServiceSetup {
    const { host, port } = this.config;
    return {
      createRouter: () => new Router(pluginId, (route) => this.addRoute(route)),
      registerRouteHandlerContext: (name, provider) => this.addContext(pluginId, name, provider),
      registerOnPreAuth: (handler) => {
        this.registrations.onPreAuth.push(handler);
      },
      registerAuth: (handler) => {
        if (this.registrations.auth) throw new Error(`An auth handler is already registered; plugin [${pluginId}] cannot register another`);
        this.registrations.auth = handler;
      },
      registerOnPostAuth: (handler) => {
        this.registrations.onPostAuth.push(handler);
      },
      registerStaticDir: (urlPath, dir) => {
        this.staticRoutes.push(staticDirRoute(urlPath === '/' ? '' : urlPath.replace(/\/$/, ''), dir));
      },
      basePath: this.basePath(),
      getServerInfo: () => ({ host, port: this.running?.port ?? port, protocol: 'http' }),
    };
  }

  private basePath(): HttpBasePath {
    return { serverBasePath: this.config.basePath, publicBaseUrl: this.config.publicBaseUrl };
  }

  private addContext(owner: string, name: string, provider: RouteHandlerContextProvider) {
    if (this.registrations.contexts.has(name)) throw new Error(`A route handler context [${name}] is already registered; [${owner}] cannot register it again`);
    this.registrations.contexts.set(name, provider);
  }

  private addRoute(route: RouteDefinition) {
    if (this.running) throw new Error(`Route [${route.method.toUpperCase()} ${route.path}] of plugin [${route.pluginId}] is registered after the server started`);
    const shapes = routeShapes(route.path);
    const clash = this.registrations.routes.find((r) => r.method === route.method && routeShapes(r.path).some((shape) => shapes.includes(shape)));
    if (clash) {
      throw new Error(
        `Route [${route.method.toUpperCase()} ${route.path}] of plugin [${route.pluginId}] is already registered by plugin [${clash.pluginId}]` +
          (clash.path === route.path ? '' : ` as [${clash.path}]`)
      );
    }
    this.registrations.routes.push(route);
  }
}

function hostForUrl(host: string): string {
  // 0.0.0.0 and :: are where to listen, not an address to call.
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
