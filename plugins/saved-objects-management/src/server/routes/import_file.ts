import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { IKibanaResponse, KibanaResponseFactory } from '@kbn/core-server';
import { isSavedObjectsImportExportError, type SavedObjectsImportResponse } from '@kbn/saved-objects-import-export';

/** The file part of a streamed multipart body (core's `MultipartFileStream`). */
export type ImportFile = Readable & { hapi: { filename: string }; fieldsAfter: Promise<Record<string, string>> };

export const multipartBody = (maxBytes: number) => ({ body: { maxBytes, accepts: 'multipart/form-data', output: 'stream' as const } });

/**
 * Runs an import on the uploaded file: Kibana refuses anything but `.ndjson` files, and answers a
 * refusal of the whole file (bad line, too many objects, duplicates) with 400 and its attributes.
 */
export async function importFromFile(
  file: ImportFile,
  response: KibanaResponseFactory,
  run: (stream: Readable) => Promise<SavedObjectsImportResponse>
): Promise<IKibanaResponse> {
  const extension = extname(file.hapi.filename).toLowerCase();
  if (extension !== '.ndjson') {
    file.resume();
    return response.badRequest({ body: `Invalid file extension ${extension}` });
  }
  try {
    return response.ok({ body: { ...(await run(file)) } });
  } catch (error) {
    if (isSavedObjectsImportExportError(error)) return response.badRequest({ body: { message: error.message, attributes: error.attributes } });
    throw error;
  }
}
