import type { FastifyRequest } from 'fastify';
import type { MutableKibanaRequest } from './kibana_request';
import { kibanaResponseFactory } from './response_factory';
import { wildcardName } from './route_path';
import type { RouteDefinition } from './router';
import type { IKibanaResponse } from './types';

function rawParams(raw: FastifyRequest, route: RouteDefinition): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw.params as Record<string, string | undefined>)) {
    // Fastify passes an optional param that is absent as undefined; Kibana leaves it out.
    if (value !== undefined) params[name] = value;
  }
  const name = wildcardName(route.path);
  if (name && '*' in params) {
    params[name] = params['*'];
    delete params['*'];
  }
  return params;
}

/**
 * Validates params, query and body with the route's schemas under Kibana's namespaces
 * (`[request body.name]: ...`); a failure is a 400 with the schema's message. Parts without a
 * schema, and every part with `validate: false`, are empty objects.
 */
export function validateRequest(request: MutableKibanaRequest, raw: FastifyRequest, route: RouteDefinition): IKibanaResponse | undefined {
  if (route.validate === false) return undefined;
  const { params, query, body } = route.validate;
  try {
    request.params = params ? params.validate(rawParams(raw, route), {}, 'request params') : {};
    request.query = query ? query.validate({ ...(raw.query as Record<string, unknown>) }, {}, 'request query') : {};
    request.body = body ? body.validate(raw.body === undefined ? null : raw.body, {}, 'request body') : {};
  } catch (error) {
    return kibanaResponseFactory.badRequest({ body: error instanceof Error ? error.message : String(error) });
  }
  return undefined;
}
