/** Kibana's `{param}`, `{param?}` and `{path*}` as Fastify's `:param`, `:param?` and `*`. */
export function toFastifyPath(path: string): string {
  return path
    .replace(/\{(\w+)\*\}/g, '*')
    .replace(/\{(\w+)\?\}/g, ':$1?')
    .replace(/\{(\w+)\}/g, ':$1');
}

/** Fastify names a `*` segment `*`; Kibana names it. */
export function wildcardName(path: string): string | undefined {
  return /\{(\w+)\*\}/.exec(path)?.[1];
}

/**
 * The URL patterns a route path answers, with parameter names erased, so that `/a/{id}` and
 * `/a/{name}` (or `/a/{id?}` and `/a`) are seen as the same route before the server refuses them.
 */
export function routeShapes(path: string): string[] {
  const trimmed = path.length > 1 ? path.replace(/\/$/, '') : path;
  const shape = trimmed.replace(/\{\w+\*\}/g, '{*}').replace(/\{\w+\?\}/g, '{?}').replace(/\{\w+\}/g, '{}');
  if (!shape.endsWith('/{?}')) return [shape];
  return [shape.replace(/\/\{\?\}$/, '/{}'), shape.replace(/\/\{\?\}$/, '') || '/'];
}
