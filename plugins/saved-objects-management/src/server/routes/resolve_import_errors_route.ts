import { schema } from '@kbn/config-schema';
import { HttpError, type IRouter } from '@kbn/core-server';
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

const retriesSchema = schema.arrayOf(retrySchema);

/**
 * `POST /api/saved_objects/_resolve_import_errors`: the same file again, with `retries` (a JSON
 * array field) saying how to write each object. Kibana's UI sends `retries` after `file`: then
 * the retries are read once the file has been (the importer keeps every object through its check
 * pass); sent before the file, only the retried objects are kept.
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
        body: schema.object({ file: schema.stream(), retries: schema.maybe(retriesSchema) }),
      },
    },
    async (_context, request, response) => {
      const { client, typeRegistry } = await deps.getServices(request);
      const importer = new SavedObjectsImporter({ savedObjectsClient: client, typeRegistry, importSizeLimit: deps.maxImportExportSize });
      const file = request.body.file as unknown as ImportFile;
      const retries = request.body.retries ?? (async () => retriesAfterFile(file));
      return importFromFile(file, response, (readStream) => importer.resolveImportErrors({ readStream, retries, ...request.query }));
    }
  );
}

/** `retries` from the fields sent after the file, validated as the body schema would have. */
async function retriesAfterFile(file: ImportFile) {
  const { retries } = await file.fieldsAfter;
  try {
    return retriesSchema.validate(retries, {}, 'request body.retries');
  } catch (error) {
    throw new HttpError(400, (error as Error).message);
  }
}
