import type { KibanaRequest, RequestHandlerContext, RouteHandlerContextProvider } from './types';

/** `await context.<name>`: each provider runs at most once per request, and only when read. */
export function createRequestContext(providers: Map<string, RouteHandlerContextProvider>, request: KibanaRequest): RequestHandlerContext {
  const context: RequestHandlerContext = {};
  for (const [name, provider] of providers) {
    let value: Promise<unknown> | undefined;
    Object.defineProperty(context, name, {
      enumerable: true,
      get: () => (value ??= Promise.resolve().then(() => provider(context, request))),
    });
  }
  return context;
}
