import { schema } from '@kbn/config-schema';
import type { IRouter, RegisteredRoute } from '../types';
import { generateOpenApiDocument } from './generate_openapi';

const oneOrMany = schema.maybe(schema.oneOf([schema.string(), schema.arrayOf(schema.string())]));
const list = (value: string | string[] | undefined) => (value === undefined ? undefined : [value].flat());

/** `GET /api/oas`: the OpenAPI document of the served routes, filtered as Kibana's (`pathStartsWith`, `excludePathsMatching`, `access`). */
export function registerOasRoute(router: IRouter, deps: { getRoutes(): RegisteredRoute[]; getServerUrl(): string; version: string }): void {
  router.get(
    {
      path: '/api/oas',
      validate: {
        query: schema.object({
          pathStartsWith: oneOrMany,
          excludePathsMatching: oneOrMany,
          access: schema.oneOf([schema.literal('public'), schema.literal('internal')], { defaultValue: 'public' }),
        }),
      },
      options: { access: 'public', authRequired: false, summary: 'Get the OpenAPI document of the HTTP API' },
    },
    async (_context, request, response) => {
      const { pathStartsWith, excludePathsMatching, access } = request.query;
      const document = generateOpenApiDocument(
        deps.getRoutes(),
        { title: 'Kibana HTTP APIs', version: deps.version, serverUrl: deps.getServerUrl() },
        { pathStartsWith: list(pathStartsWith), excludePathsMatching: list(excludePathsMatching), access }
      );
      return response.ok({ body: document });
    }
  );
}
