import type { KibanaRequest } from '../http/types';

/**
 * `single`: the object lives in one space (a read from another space is a 404);
 * `agnostic`: the object is global (spaces themselves); `multiple*` are accepted as `single` here.
 */
export type SavedObjectsNamespaceType = 'single' | 'multiple' | 'multiple-isolated' | 'agnostic';

export type SavedObjectsFieldType = 'keyword' | 'text' | 'boolean' | 'long' | 'integer' | 'float' | 'date' | 'object' | 'flattened' | 'binary';

export interface SavedObjectsFieldMapping {
  type?: SavedObjectsFieldType;
  /** Nested properties, for `object` fields. */
  properties?: Record<string, SavedObjectsFieldMapping>;
  index?: boolean;
  fields?: Record<string, SavedObjectsFieldMapping>;
}

export interface SavedObjectsTypeMappingDefinition {
  dynamic?: false | 'strict';
  /** Fields that `find` may search, sort and filter on. */
  properties: Record<string, SavedObjectsFieldMapping>;
}

export interface SavedObjectReference {
  name: string;
  type: string;
  id: string;
}

export interface SavedObject<T = unknown> {
  id: string;
  type: string;
  attributes: T;
  references: SavedObjectReference[];
  /** Opaque; pass it back to `update` for optimistic concurrency. */
  version?: string;
  namespaces?: string[];
  created_at?: string;
  updated_at?: string;
  created_by?: string;
  updated_by?: string;
  originId?: string;
  managed?: boolean;
  coreMigrationVersion?: string;
  typeMigrationVersion?: string;
  error?: { statusCode: number; error: string; message: string };
}

/** Runs on a document written with an older `typeMigrationVersion`; keyed by the version it migrates to. */
export type SavedObjectMigrationFn<In = unknown, Out = unknown> = (doc: SavedObject<In>) => SavedObject<Out>;

export interface SavedObjectsExportTransformContext {
  request: KibanaRequest;
}
export type SavedObjectsExportTransform<T = unknown> = (
  context: SavedObjectsExportTransformContext,
  objects: Array<SavedObject<T>>
) => Array<SavedObject<T>> | Promise<Array<SavedObject<T>>>;

export interface SavedObjectsImportWarning {
  type: 'simple' | 'action_required';
  message: string;
  actionPath?: string;
  buttonLabel?: string;
}
export type SavedObjectsImportHook<T = unknown> = (
  objects: Array<SavedObject<T>>
) => { warnings?: SavedObjectsImportWarning[] } | Promise<{ warnings?: SavedObjectsImportWarning[] }>;

/** An object an import is about to write, and the id it will get when that is not its own. */
export interface SavedObjectsImportFilterObject<T = unknown> {
  object: SavedObject<T>;
  /** Set with `createNewCopies`, or a retry's `destinationId`/`createNewCopy`. */
  destinationId?: string;
}
export interface SavedObjectsImportFilterContext {
  createNewCopies: boolean;
}
export interface SavedObjectsImportFilterResult {
  /** Ids (as in the file) of the objects to leave out: neither written nor reported as errors. */
  removed?: string[];
  /** Why they were left out (or anything else the user should know), added to the response's warnings. */
  warnings?: SavedObjectsImportWarning[];
}
/**
 * Runs before an import writes objects of this type (once per batch of the import), so a type can
 * refuse some of them with a warning instead of an error: Kibana's newest actions plugin does that
 * for connectors that clash with a preconfigured one or have an invalid id. Not part of Kibana's
 * `SavedObjectsType` API, which has no pre-write hook; `onImport` still runs after the write.
 */
export type SavedObjectsImportFilter<T = unknown> = (
  objects: Array<SavedObjectsImportFilterObject<T>>,
  context: SavedObjectsImportFilterContext
) => SavedObjectsImportFilterResult | Promise<SavedObjectsImportFilterResult>;

export interface SavedObjectsTypeManagementDefinition<T = unknown> {
  importableAndExportable?: boolean;
  displayName?: string;
  icon?: string;
  defaultSearchField?: string;
  getTitle?(savedObject: SavedObject<T>): string;
  getInAppUrl?(savedObject: SavedObject<T>): { path: string; uiCapabilitiesPath: string } | undefined;
  onExport?: SavedObjectsExportTransform<T>;
  onImport?: SavedObjectsImportHook<T>;
  /** Leaves objects out of an import, with warnings, before anything is written (see {@link SavedObjectsImportFilter}). */
  filterImport?: SavedObjectsImportFilter<T>;
  /** Whether one object may be exported (default: yes). */
  isExportable?(savedObject: SavedObject<T>): boolean | Promise<boolean>;
}

export interface SavedObjectsType<T = unknown> {
  name: string;
  namespaceType: SavedObjectsNamespaceType;
  /** Hidden types are left out of clients unless asked for with `includedHiddenTypes`. */
  hidden: boolean;
  mappings: SavedObjectsTypeMappingDefinition;
  management?: SavedObjectsTypeManagementDefinition<T>;
  migrations?: Record<string, SavedObjectMigrationFn>;
}

export interface SavedObjectsBaseOptions {
  /** The space to act in; `default` (or undefined) is the default space. Ignored for agnostic types. */
  namespace?: string;
}

export interface SavedObjectsCreateOptions extends SavedObjectsBaseOptions {
  id?: string;
  /** Replace an existing object with this id instead of failing with a conflict. */
  overwrite?: boolean;
  /** With overwrite: only if the stored object still has this version. */
  version?: string;
  references?: SavedObjectReference[];
  managed?: boolean;
  originId?: string;
  typeMigrationVersion?: string;
  coreMigrationVersion?: string;
  /** Keep the given timestamps (imports); otherwise now. */
  createdAt?: string;
  updatedAt?: string;
}

export interface SavedObjectsBulkCreateObject<T = unknown> extends Omit<SavedObjectsCreateOptions, 'namespace' | 'overwrite'> {
  type: string;
  attributes: T;
}

export interface SavedObjectsUpdateOptions<T = unknown> extends SavedObjectsBaseOptions {
  /** The version read earlier; if the object changed since, the update is a 409 conflict. */
  version?: string;
  references?: SavedObjectReference[];
  /** Create the object with these attributes when it does not exist. */
  upsert?: T;
}

export interface SavedObjectsFindOptions extends SavedObjectsBaseOptions {
  type: string | string[];
  page?: number;
  perPage?: number;
  sortField?: string;
  sortOrder?: 'asc' | 'desc';
  /** Kibana's simple query syntax: words, `"phrases"`, `prefix*`; matched case-insensitively. */
  search?: string;
  /** Attribute names to search (`name`, `name^2` accepted); default: the type's default search field or every text/keyword field. */
  searchFields?: string[];
  /** Attribute equality filters, e.g. `{ actionTypeId: '.slack' }`; an array value means any of. */
  filter?: Record<string, string | number | boolean | Array<string | number | boolean>>;
  /** Only objects that reference one of these. */
  hasReference?: { type: string; id: string } | Array<{ type: string; id: string }>;
  /** Search several spaces at once (`['*']` for all). */
  namespaces?: string[];
}

export interface SavedObjectsFindResult<T = unknown> extends SavedObject<T> {
  score: number;
}

export interface SavedObjectsFindResponse<T = unknown> {
  saved_objects: Array<SavedObjectsFindResult<T>>;
  total: number;
  per_page: number;
  page: number;
}

export interface SavedObjectsBulkGetObject {
  type: string;
  id: string;
}

export interface SavedObjectsBulkResponse<T = unknown> {
  /** In request order; a failed one has `error` set and empty attributes. */
  saved_objects: Array<SavedObject<T>>;
}

export interface SavedObjectsDeleteOptions extends SavedObjectsBaseOptions {
  force?: boolean;
}

export interface SavedObjectsBulkDeleteStatus {
  id: string;
  type: string;
  success: boolean;
  error?: { statusCode: number; error: string; message: string };
}

/** A repository not bound to a space: every call names its `namespace`. */
export interface ISavedObjectsRepository {
  create<T>(type: string, attributes: T, options?: SavedObjectsCreateOptions): Promise<SavedObject<T>>;
  /** All or nothing per object: conflicts are returned as errors, the rest is written in one transaction. */
  bulkCreate<T>(
    objects: Array<SavedObjectsBulkCreateObject<T>>,
    options?: SavedObjectsBaseOptions & { overwrite?: boolean }
  ): Promise<SavedObjectsBulkResponse<T>>;
  get<T>(type: string, id: string, options?: SavedObjectsBaseOptions): Promise<SavedObject<T>>;
  bulkGet<T>(objects: SavedObjectsBulkGetObject[], options?: SavedObjectsBaseOptions): Promise<SavedObjectsBulkResponse<T>>;
  find<T>(options: SavedObjectsFindOptions): Promise<SavedObjectsFindResponse<T>>;
  update<T>(type: string, id: string, attributes: Partial<T>, options?: SavedObjectsUpdateOptions<T>): Promise<SavedObject<T>>;
  delete(type: string, id: string, options?: SavedObjectsDeleteOptions): Promise<void>;
  bulkDelete(objects: SavedObjectsBulkGetObject[], options?: SavedObjectsDeleteOptions): Promise<{ statuses: SavedObjectsBulkDeleteStatus[] }>;
  /** Removes every object of one space (used when a space is deleted). */
  deleteByNamespace(namespace: string): Promise<{ deleted: number }>;
  /** Objects in the space that reference the given one (for `referenced_by_count`). */
  countReferences(targets: SavedObjectsBulkGetObject[], options?: SavedObjectsBaseOptions): Promise<Map<string, number>>;
}

/** The same calls, bound to the space of a request (`namespace` is taken from it and cannot be set). */
export type SavedObjectsClientContract = {
  [K in keyof Omit<ISavedObjectsRepository, 'deleteByNamespace'>]: ISavedObjectsRepository[K];
};

export interface SavedObjectsClientProviderOptions {
  includedHiddenTypes?: string[];
}

/** Wraps every scoped client (encryption of attributes, security checks ...). Lower priority runs first (closest to the repository). */
export type SavedObjectsClientWrapperFactory = (options: {
  client: SavedObjectsClientContract;
  request: KibanaRequest;
  typeRegistry: ISavedObjectTypeRegistry;
}) => SavedObjectsClientContract;

export interface ISavedObjectTypeRegistry {
  getType(name: string): SavedObjectsType | undefined;
  getAllTypes(): SavedObjectsType[];
  getImportableAndExportableTypes(): SavedObjectsType[];
  isHidden(name: string): boolean;
  isNamespaceAgnostic(name: string): boolean;
}

export interface SavedObjectsServiceSetup {
  registerType<T>(type: SavedObjectsType<T>): void;
  addClientWrapper(priority: number, id: string, factory: SavedObjectsClientWrapperFactory): void;
}

export interface SavedObjectsServiceStart {
  getScopedClient(request: KibanaRequest, options?: SavedObjectsClientProviderOptions): SavedObjectsClientContract;
  /** Acts as the system, in any space: no wrappers run. Hidden types listed here are included. */
  createInternalRepository(includedHiddenTypes?: string[]): ISavedObjectsRepository;
  getTypeRegistry(): ISavedObjectTypeRegistry;
}
