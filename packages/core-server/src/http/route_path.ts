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
