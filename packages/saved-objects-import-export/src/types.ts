import type { SavedObjectReference, SavedObjectsImportWarning } from '@kbn/core-server';

/** `meta` of every result: what the Saved objects page shows for the object. */
export interface SavedObjectsImportMeta {
  title?: string;
  icon?: string;
}

export interface SavedObjectsImportSuccess {
  type: string;
  id: string;
  /** The id it was written under, when not its own (new copies, retries with a destination). */
  destinationId?: string;
  /** Set when a retry asked for a new copy outside `createNewCopies` mode. */
  createNewCopy?: boolean;
  /** Set when the write replaced an existing object. */
  overwrite?: boolean;
  managed?: boolean;
  meta: SavedObjectsImportMeta;
}

export interface SavedObjectsImportConflictError {
  type: 'conflict';
  destinationId?: string;
}
export interface SavedObjectsImportUnsupportedTypeError {
  type: 'unsupported_type';
}
export interface SavedObjectsImportMissingReferencesError {
  type: 'missing_references';
  references: Array<{ type: string; id: string }>;
}
export interface SavedObjectsImportUnknownError {
  type: 'unknown';
  message: string;
  statusCode: number;
}
export type SavedObjectsImportErrorDetail =
  | SavedObjectsImportConflictError
  | SavedObjectsImportUnsupportedTypeError
  | SavedObjectsImportMissingReferencesError
  | SavedObjectsImportUnknownError;

export interface SavedObjectsImportFailure {
  type: string;
  id: string;
  title?: string;
  meta: SavedObjectsImportMeta;
  overwrite?: boolean;
  error: SavedObjectsImportErrorDetail;
}

/** Kibana's import (and resolve import errors) response body. */
export interface SavedObjectsImportResponse {
  success: boolean;
  successCount: number;
  successResults?: SavedObjectsImportSuccess[];
  errors?: SavedObjectsImportFailure[];
  warnings: SavedObjectsImportWarning[];
}

/** One entry of `_resolve_import_errors`' `retries`. */
export interface SavedObjectsImportRetry {
  type: string;
  id: string;
  overwrite: boolean;
  /** Write the object under this id (resolves a conflict by copying). */
  destinationId?: string;
  /** Pair with `destinationId`: the object is a new copy, not an overwrite. */
  createNewCopy?: boolean;
  /** References to replace before the object is written. */
  replaceReferences: Array<{ type: string; from: string; to: string }>;
  /** Write the object even if some references do not exist. */
  ignoreMissingReferences?: boolean;
}

/** The last line of an export, unless `excludeExportDetails`. */
export interface SavedObjectsExportResultDetails {
  exportedCount: number;
  missingRefCount: number;
  missingReferences: Array<{ type: string; id: string }>;
  excludedObjectsCount: number;
  excludedObjects: Array<{ type: string; id: string; reason?: string }>;
}

/** An object as it travels in an NDJSON file. */
export interface SavedObjectsExportedObject {
  type: string;
  id: string;
  attributes: unknown;
  references: SavedObjectReference[];
  [key: string]: unknown;
}
