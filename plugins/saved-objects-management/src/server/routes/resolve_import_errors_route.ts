import { schema } from '@kbn/config-schema';
import type { IRouter } from '@kbn/core-server';
import { SavedObjectsImporter } from '@kbn/saved-objects-import-export';
import type { RouteDependencies } from '../plugin';
import { importFromFile, multipartBody, type ImportFile } from './import_file';

const retrySchema = schema.object({
  type: schema.string(),
  id: schema.string(),
  overwrite: schema.boolean({ defaultValue: false }),
  destinationId: schema.maybe(schema.string()),
  replaceReferences: schema.arrayOf(schema.object({ type: schema.string(), from: schema.string(), to: schema.string() }), { defaultValue: [] }),
  createNewCopy: schema.maybe(schema.boolean()),
  ignoreMissingReferences: schema.maybe(schema.boolean()),
});

/**
 * `POST /api/saved_objects/_resolve_import_errors`: the same file again, with `retries` (a JSON
 * array field) saying how to write each object. The field must come before the file in the form.
 */
export function registerResolveImportErrorsRoute(router: IRouter, deps: RouteDependencies): void {
  router.post(
    {
      path: '/api/saved_objects/_resolve_import_errors',
      options: { summary: 'Resolve import errors', tags: ['oas-tag:saved objects'], ...multipartBody(deps.maxImportPayloadBytes) },
      validate: {
        query: schema.object(
          {
            createNewCopies: schema.boolean({ defaultValue: false }),
            compatibilityMode: schema.boolean({ defaultValue: false }),
          },
          {
            validate: (query) => {
              if (query.createNewCopies && query.compatibilityMode) return 'cannot use [createNewCopies] with [compatibilityMode]';
            },
          }
        ),
        body: schema.object({ file: schema.stream(), retries: schema.arrayOf(retrySchema) }),
      },
    },
    async (_context, request, response) => {
      const { client, typeRegistry } = await deps.getServices(request);
      const importer = new SavedObjectsImporter({ savedObjectsClient: client, typeRegistry, importSizeLimit: deps.maxImportExportSize });
      const { retries } = request.body;
      return importFromFile(request.body.file as unknown as ImportFile, response, (readStream) =>
        importer.resolveImportErrors({ readStream, retries, ...request.query })
      );
    }
  );
}
