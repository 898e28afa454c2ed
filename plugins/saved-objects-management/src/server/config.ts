import { schema, type TypeOf } from '@kbn/config-schema';
import type { PluginConfigDescriptor } from '@kbn/core-server';

/**
 * Kibana's `savedObjects.*` import/export settings. In Kibana the core owns this section; here the
 * savedObjectsManagement plugin does (its `configPath` is `savedObjects`), so kibana.yml is the same.
 */
const configSchema = schema.object({
  /** Largest accepted import or resolve-import-errors upload (the whole multipart body). */
  maxImportPayloadBytes: schema.byteSize({ defaultValue: 26214400 }),
  /** Most objects one export may hold or one import file may contain. */
  maxImportExportSize: schema.number({ defaultValue: 10000, min: 1 }),
});

export type SavedObjectsManagementConfig = TypeOf<typeof configSchema>;

export const config: PluginConfigDescriptor<SavedObjectsManagementConfig> = { schema: configSchema };
