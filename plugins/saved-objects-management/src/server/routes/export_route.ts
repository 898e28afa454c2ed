import { schema } from '@kbn/config-schema';
import type { IRouter } from '@kbn/core-server';
import { isSavedObjectsImportExportError, SavedObjectsExporter } from '@kbn/saved-objects-import-export';
import type { RouteDependencies } from '../plugin';

const objectSchema = schema.object({ type: schema.string(), id: schema.string() });

/** Refusals Kibana's export route answers with 400 before the exporter runs. */
function optionsError(body: { type?: string | string[]; objects?: unknown[]; search?: string; hasReference?: unknown }): string | undefined {
  const hasTypes = [body.type ?? []].flat().length > 0;
  const hasObjects = (body.objects?.length ?? 0) > 0;
  if (!hasTypes && !hasObjects) return 'Either `type` or `objects` are required.';
  if (hasTypes && hasObjects) return `Can't specify both "types" and "objects" properties when exporting`;
  if (hasObjects && typeof body.search === 'string') return `Can't specify both "search" and "objects" properties when exporting`;
  if (hasObjects && [body.hasReference ?? []].flat().length > 0) return `Can't specify both "references" and "objects" properties when exporting`;
  return undefined;
}

/** `POST /api/saved_objects/_export`: NDJSON streamed back, one page of objects at a time. */
export function registerExportRoute(router: IRouter, deps: RouteDependencies): void {
  router.post(
    {
      path: '/api/saved_objects/_export',
      options: { summary: 'Export saved objects', tags: ['oas-tag:saved objects'] },
      validate: {
        body: schema.object({
          type: schema.maybe(schema.oneOf([schema.string(), schema.arrayOf(schema.string())])),
          objects: schema.maybe(schema.arrayOf(objectSchema, { maxSize: deps.maxImportExportSize })),
          search: schema.maybe(schema.string()),
          hasReference: schema.maybe(schema.oneOf([objectSchema, schema.arrayOf(objectSchema)])),
          includeReferencesDeep: schema.boolean({ defaultValue: false }),
          excludeExportDetails: schema.boolean({ defaultValue: false }),
        }),
      },
    },
    async (_context, request, response) => {
      const { body } = request;
      const refused = optionsError(body);
      if (refused) return response.badRequest({ body: refused });
      const { client, typeRegistry } = await deps.getServices(request);
      const exporter = new SavedObjectsExporter({ savedObjectsClient: client, typeRegistry, exportSizeLimit: deps.maxImportExportSize });
      const common = { request, includeReferencesDeep: body.includeReferencesDeep, excludeExportDetails: body.excludeExportDetails };
      try {
        const stream = body.objects?.length
          ? await exporter.exportByObjects({ ...common, objects: body.objects })
          : await exporter.exportByTypes({ ...common, types: [body.type ?? []].flat(), search: body.search, hasReference: body.hasReference && [body.hasReference].flat() });
        return response.ok({
          body: stream,
          headers: { 'content-disposition': 'attachment; filename="export.ndjson"', 'content-type': 'application/ndjson' },
        });
      } catch (error) {
        if (isSavedObjectsImportExportError(error)) return response.badRequest({ body: { message: error.message, attributes: error.attributes } });
        throw error;
      }
    }
  );
}
