import { schema } from '@kbn/config-schema';
import { SPACES_ROUTE_TAGS, type SpacesRouteDeps } from './route_deps';

export const getAllSpacesQuerySchema = schema.object(
  {
    purpose: schema.maybe(
      schema.oneOf([schema.literal('any'), schema.literal('copySavedObjectsIntoSpace'), schema.literal('shareSavedObjectsIntoSpace')], {
        meta: { description: 'Which authorization checks apply; without the security plugin it has no effect.' },
      })
    ),
    include_authorized_purposes: schema.maybe(
      schema.boolean({ meta: { description: 'Also return spaces the user may use for some purpose; without the security plugin it has no effect.' } })
    ),
  },
  {
    validate: (value) =>
      value.purpose && value.include_authorized_purposes !== undefined && value.include_authorized_purposes !== false
        ? 'include_authorized_purposes can only be false when purpose is specified'
        : undefined,
  }
);

/** `GET /api/spaces/space`: every space, sorted by name. */
export function registerGetAllSpacesRoute({ router, getSpacesClient }: SpacesRouteDeps): void {
  router.get(
    {
      path: '/api/spaces/space',
      validate: { query: getAllSpacesQuerySchema },
      options: { access: 'public', summary: 'Get all spaces', tags: SPACES_ROUTE_TAGS },
    },
    async (_context, request, response) => {
      const { purpose, include_authorized_purposes: includeAuthorizedPurposes } = request.query;
      const client = await getSpacesClient(request);
      return response.ok({ body: await client.getAll({ purpose, includeAuthorizedPurposes }) });
    }
  );
}
