import type { RegisteredRoute, RouteAccess } from '../types';
import { schemaToOpenApi, type OpenApiSchema } from './schema_to_openapi';

export interface OpenApiFilters {
  /** Only paths that start with one of these. */
  pathStartsWith?: string[];
  /** Leave out paths that contain one of these. */
  excludePathsMatching?: string[];
  access?: RouteAccess;
}

export interface OpenApiDocumentInfo {
  title: string;
  version: string;
  serverUrl: string;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: OpenApiSchema;
}

const XSRF_HEADER: Parameter = {
  name: 'kbn-xsrf',
  in: 'header',
  required: true,
  description: 'A required header to protect against CSRF attacks',
  schema: { type: 'string', example: 'true' },
};

/**
 * OpenAPI has no optional path parameters: `/api/actions/connector/{id?}` is documented as
 * `/api/actions/connector` and `/api/actions/connector/{id}`.
 */
function openApiPaths(path: string): Array<{ path: string; optional: string[] }> {
  const optional = [...path.matchAll(/\{(\w+)\?\}/g)].map((match) => match[1]);
  const full = path.replace(/\{(\w+)\?\}/g, '{$1}');
  if (optional.length === 0) return [{ path: full, optional: [] }];
  const short = path.slice(0, path.indexOf('/{')) || '/';
  return [
    { path: short, optional },
    { path: full, optional: [] },
  ];
}

/** Kibana's operation ids: `post-actions-connector-id` for `POST /api/actions/connector/{id}`. */
function operationId(route: RegisteredRoute): string {
  const words = route.path
    .replace(/^\/(api|internal)\//, '')
    .split(/[^a-zA-Z0-9_]+/)
    .filter(Boolean);
  return [route.method, ...words].join('-');
}

function propertiesOf(schema: OpenApiSchema | undefined): Array<[string, OpenApiSchema, boolean]> {
  const properties = (schema?.properties ?? {}) as Record<string, OpenApiSchema>;
  const required = new Set((schema?.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => [name, property, required.has(name)]);
}

function parameters(route: RegisteredRoute, omitted: string[]): Parameter[] {
  const validate = route.validate || {};
  const asParameter = (where: 'path' | 'query') => ([name, property, required]: [string, OpenApiSchema, boolean]): Parameter => {
    const { description, ...schema } = property;
    return { name, in: where, required: where === 'path' ? true : required, ...(typeof description === 'string' ? { description } : {}), schema };
  };
  return [
    ...(route.method === 'get' ? [] : [XSRF_HEADER]),
    ...propertiesOf(schemaToOpenApi(validate.params))
      .filter(([name]) => !omitted.includes(name))
      .map(asParameter('path')),
    ...propertiesOf(schemaToOpenApi(validate.query)).map(asParameter('query')),
  ];
}

function operation(route: RegisteredRoute, omitted: string[]): OpenApiSchema {
  const body = route.validate ? schemaToOpenApi(route.validate.body) : undefined;
  const tags = (route.options.tags ?? []).filter((tag) => tag.startsWith('oas-tag:')).map((tag) => tag.slice('oas-tag:'.length));
  return {
    operationId: operationId(route),
    ...(route.options.summary ? { summary: route.options.summary } : {}),
    ...(route.options.description ? { description: route.options.description } : {}),
    ...(tags.length ? { tags } : {}),
    parameters: parameters(route, omitted),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
    responses: { default: { description: 'The response of the route; errors are `{ statusCode, error, message }`.' } },
  };
}

function matches(route: RegisteredRoute, filters: OpenApiFilters): boolean {
  if (filters.access && route.options.access !== filters.access) return false;
  if (filters.pathStartsWith?.length && !filters.pathStartsWith.some((prefix) => route.path.startsWith(prefix))) return false;
  if (filters.excludePathsMatching?.some((part) => route.path.includes(part))) return false;
  return true;
}

/** An OpenAPI 3.0 document of the routes, from their validation schemas. */
export function generateOpenApiDocument(routes: RegisteredRoute[], info: OpenApiDocumentInfo, filters: OpenApiFilters = {}): OpenApiSchema {
  const paths: Record<string, Record<string, OpenApiSchema>> = {};
  const sorted = routes.filter((route) => matches(route, filters)).sort((a, b) => a.path.localeCompare(b.path));
  for (const route of sorted) {
    for (const { path, optional } of openApiPaths(route.path)) {
      paths[path] = { ...paths[path], [route.method]: operation(route, optional) };
    }
  }
  return {
    openapi: '3.0.0',
    info: { title: info.title, version: info.version },
    servers: [{ url: info.serverUrl }],
    paths,
  };
}
