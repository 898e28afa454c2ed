/**
 * Why a whole import or export is refused (a 400 with `message` and `attributes`), with Kibana's
 * messages. Problems with single objects are results, not errors.
 */
export class SavedObjectsImportExportError extends Error {
  constructor(
    public readonly type: string,
    message: string,
    public readonly attributes?: Record<string, unknown>
  ) {
    super(message);
    this.name = 'SavedObjectsImportExportError';
  }

  static importSizeExceeded(limit: number) {
    return new SavedObjectsImportExportError('import-size-exceeded', `Can't import more than ${limit} objects`);
  }

  static nonUniqueImportObjects(entries: string[]) {
    return new SavedObjectsImportExportError('non-unique-entries', `Non-unique import objects detected: [${entries.join()}]`);
  }

  static nonUniqueRetryObjects(entries: string[]) {
    return new SavedObjectsImportExportError('non-unique-retry-objects', `Non-unique retry objects: [${entries.join()}]`);
  }

  static nonUniqueRetryDestinations(entries: string[]) {
    return new SavedObjectsImportExportError('non-unique-retry-destination', `Non-unique retry destinations: [${entries.join()}]`);
  }

  /** Kibana answers a line that is not JSON with the parser's message; this one also names the line. */
  static invalidLine(line: number, reason: string) {
    return new SavedObjectsImportExportError('invalid-ndjson', `Unexpected content on line ${line} of the import file: ${reason}`, { line });
  }

  static invalidObject(line: number) {
    return new SavedObjectsImportExportError('invalid-object', `Line ${line} of the import file is not a saved object: [type] and [id] must be strings`, { line });
  }

  static exportSizeExceeded(limit: number) {
    return new SavedObjectsImportExportError(
      'export-size-exceeded',
      `Can't export more than ${limit} objects. If your server has enough memory, this limit can be increased by adjusting the "savedObjects.maxImportExportSize" setting.`
    );
  }

  static objectFetchError(objects: unknown[]) {
    return new SavedObjectsImportExportError('object-fetch-error', 'Error fetching objects to export', { objects });
  }

  static objectTransformError(objects: unknown[], cause: Error) {
    return new SavedObjectsImportExportError('object-transform-error', 'Error transforming objects to export', { objects, cause: cause.message });
  }

  static nonExportableTypes(types: string[]) {
    return new SavedObjectsImportExportError('non-exportable-types', `Trying to export non-exportable type(s): ${types.join(', ')}`);
  }

  static nonExportableObjects(objects: Array<{ type: string; id: string }>) {
    return new SavedObjectsImportExportError(
      'non-exportable-objects',
      `Trying to export object(s) with non-exportable types: ${objects.map((o) => `${o.type}:${o.id}`).join(', ')}`
    );
  }
}

export function isSavedObjectsImportExportError(error: unknown): error is SavedObjectsImportExportError {
  return error instanceof SavedObjectsImportExportError;
}
