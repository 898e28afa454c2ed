export { SavedObjectsExporter, EXPORT_ALL_TYPES_TOKEN } from './export/saved_objects_exporter';
export type { SavedObjectsExportByObjectOptions, SavedObjectsExportByTypeOptions, SavedObjectsExporterDeps } from './export/saved_objects_exporter';
export { SavedObjectsImporter } from './import/saved_objects_importer';
export type { SavedObjectsImportOptions, SavedObjectsImporterDeps, SavedObjectsResolveImportErrorsOptions } from './import/saved_objects_importer';
export { SavedObjectsImportExportError, isSavedObjectsImportExportError } from './errors';
export { readNdjson } from './ndjson/read_ndjson';
export { stableStringify } from './ndjson/stable_stringify';
export type * from './types';
