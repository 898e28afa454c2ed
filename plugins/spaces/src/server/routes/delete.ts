import { SavedObjectsErrorHelpers } from '@kbn/core-server';
import { spaceIdParamsSchema } from './get';
import { SPACES_ROUTE_TAGS, type SpacesRouteDeps } from './route_deps';

/** `DELETE /api/spaces/space/{id}`: deletes the space and every saved object in it; 204. */
export function registerDeleteSpaceRoute({ router, getSpacesClient }: SpacesRouteDeps): void {
  router.delete(
    {
      path: '/api/spaces/space/{id}',
      validate: { params: spaceIdParamsSchema },
      options: {
        access: 'public',
        summary: 'Delete a space',
        description: 'When you delete a space, all saved objects that belong to the space are automatically deleted, which is permanent and cannot be undone.',
        tags: SPACES_ROUTE_TAGS,
      },
    },
    async (_context, request, response) => {
      const client = await getSpacesClient(request);
      try {
        await client.delete(request.params.id);
        return response.noContent();
      } catch (error) {
        if (SavedObjectsErrorHelpers.isNotFoundError(error)) return response.notFound();
        throw error;
      }
    }
  );
}
