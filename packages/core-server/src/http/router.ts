import type { IRouter, RegisteredRoute, RequestHandler, RequestHandlerContext, RouteConfig, RouteMethod, RouteRegistrar } from './types';

export interface RouteDefinition extends RegisteredRoute {
  handler: RequestHandler<unknown, unknown, unknown, RequestHandlerContext>;
}

/** Collects one plugin's routes; the HTTP service serves them all once it starts. */
export class Router implements IRouter {
  public readonly get: RouteRegistrar;
  public readonly post: RouteRegistrar;
  public readonly put: RouteRegistrar;
  public readonly patch: RouteRegistrar;
  public readonly delete: RouteRegistrar;

  constructor(
    private readonly pluginId: string,
    private readonly register: (route: RouteDefinition) => void
  ) {
    this.get = this.registrar('get');
    this.post = this.registrar('post');
    this.put = this.registrar('put');
    this.patch = this.registrar('patch');
    this.delete = this.registrar('delete');
  }

  private registrar(method: RouteMethod): RouteRegistrar {
    return <P, Q, B, Ctx extends RequestHandlerContext>(route: RouteConfig<P, Q, B>, handler: RequestHandler<P, Q, B, Ctx>) => {
      const name = `[${method.toUpperCase()} ${route.path}] of plugin [${this.pluginId}]`;
      if (!route.path.startsWith('/')) throw new Error(`Route path of ${name} must start with "/"`);
      if (route.validate !== false) {
        if (typeof route.validate !== 'object' || route.validate === null) throw new Error(`Route ${name} needs \`validate\`: schemas or false`);
        for (const part of ['params', 'query', 'body'] as const) {
          const validator: unknown = route.validate[part];
          if (validator !== undefined && typeof (validator as { validate?: unknown }).validate !== 'function') {
            throw new Error(`Route ${name}: validate.${part} is not a schema`);
          }
        }
      }
      this.register({
        method,
        path: route.path,
        validate: route.validate as RouteDefinition['validate'],
        options: { access: route.path.startsWith('/internal') ? 'internal' : 'public', ...route.options },
        pluginId: this.pluginId,
        handler: handler as unknown as RouteDefinition['handler'],
      });
    };
  }
}
