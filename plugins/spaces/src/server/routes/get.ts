import { schema } from '@kbn/config-schema';
import { SavedObjectsErrorHelpers } from '@kbn/core-server';
import { SPACES_ROUTE_TAGS, type SpacesRouteDeps } from './route_deps';

export const spaceIdParamsSchema = schema.object({
  id: schema.string({ meta: { description: 'The space identifier.' } }),
});

/** `GET /api/spaces/space/{id}`: one space; a bare 404 when there is none, as in Kibana. */
export function registerGetSpaceRoute({ router, getSpacesClient }: SpacesRouteDeps): void {
  router.get(
    {
      path: '/api/spaces/space/{id}',
      validate: { params: spaceIdParamsSchema },
      options: { access: 'public', summary: 'Get a space', tags: SPACES_ROUTE_TAGS },
    },
    async (_context, request, response) => {
      const client = await getSpacesClient(request);
      try {
        return response.ok({ body: await client.get(request.params.id) });
      } catch (error) {
        if (SavedObjectsErrorHelpers.isNotFoundError(error)) return response.notFound();
        throw error;
      }
    }
  );
}
