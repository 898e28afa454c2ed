import { SavedObjectsErrorHelpers } from '@kbn/core-server';
import { SPACES_ROUTE_TAGS, type SpacesRouteDeps } from './route_deps';
import { spaceSchema } from './space_schema';

/** `POST /api/spaces/space`: creates a space; 409 when the id is taken. */
export function registerCreateSpaceRoute({ router, getSpacesClient }: SpacesRouteDeps): void {
  router.post(
    {
      path: '/api/spaces/space',
      validate: { body: spaceSchema },
      options: { access: 'public', summary: 'Create a space', tags: SPACES_ROUTE_TAGS },
    },
    async (_context, request, response) => {
      const space = request.body;
      const client = await getSpacesClient(request);
      try {
        return response.ok({ body: await client.create(space) });
      } catch (error) {
        if (SavedObjectsErrorHelpers.isConflictError(error)) {
          return response.conflict({ body: `A space with the identifier ${space.id} already exists.` });
        }
        throw error;
      }
    }
  );
}
