import { SavedObjectsErrorHelpers } from '@kbn/core-server';
import { spaceIdParamsSchema } from './get';
import { SPACES_ROUTE_TAGS, type SpacesRouteDeps } from './route_deps';
import { spaceSchema } from './space_schema';

/**
 * `PUT /api/spaces/space/{id}`: updates the space named in the path. As in Kibana, the body's `id`
 * must be a valid id but is otherwise ignored: a space cannot be renamed to another id, and a
 * missing space is a 404, never created.
 */
export function registerUpdateSpaceRoute({ router, getSpacesClient }: SpacesRouteDeps): void {
  router.put(
    {
      path: '/api/spaces/space/{id}',
      validate: { params: spaceIdParamsSchema, body: spaceSchema },
      options: { access: 'public', summary: 'Update a space', tags: SPACES_ROUTE_TAGS },
    },
    async (_context, request, response) => {
      const { id } = request.params;
      const client = await getSpacesClient(request);
      try {
        return response.ok({ body: await client.update(id, { ...request.body, id }) });
      } catch (error) {
        if (SavedObjectsErrorHelpers.isNotFoundError(error)) return response.notFound();
        throw error;
      }
    }
  );
}
