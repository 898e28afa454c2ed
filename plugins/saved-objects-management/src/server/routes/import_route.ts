import { schema } from '@kbn/config-schema';
import type { IRouter } from '@kbn/core-server';
import { SavedObjectsImporter } from '@kbn/saved-objects-import-export';
import type { RouteDependencies } from '../plugin';
import { importFromFile, multipartBody, type ImportFile } from './import_file';

/** `POST /api/saved_objects/_import`: a multipart upload (field `file`), streamed into the importer. */
export function registerImportRoute(router: IRouter, deps: RouteDependencies): void {
  router.post(
    {
      path: '/api/saved_objects/_import',
      options: { summary: 'Import saved objects', tags: ['oas-tag:saved objects'], ...multipartBody(deps.maxImportPayloadBytes) },
      validate: {
        query: schema.object(
          {
            overwrite: schema.boolean({ defaultValue: false }),
            createNewCopies: schema.boolean({ defaultValue: false }),
            compatibilityMode: schema.boolean({ defaultValue: false }),
          },
          {
            validate: (query) => {
              if (query.overwrite && query.createNewCopies) return 'cannot use [overwrite] with [createNewCopies]';
              if (query.createNewCopies && query.compatibilityMode) return 'cannot use [createNewCopies] with [compatibilityMode]';
            },
          }
        ),
        body: schema.object({ file: schema.stream() }),
      },
    },
    async (_context, request, response) => {
      const { client, typeRegistry } = await deps.getServices(request);
      const importer = new SavedObjectsImporter({ savedObjectsClient: client, typeRegistry, importSizeLimit: deps.maxImportExportSize });
      return importFromFile(request.body.file as unknown as ImportFile, response, (readStream) => importer.import({ readStream, ...request.query }));
    }
  );
}
