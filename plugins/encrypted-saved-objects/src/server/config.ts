import { schema, type TypeOf } from '@kbn/config-schema';

/**
 * `xpack.encryptedSavedObjects.*`. Unlike Kibana there is no development default key: without
 * `encryptionKey` a random key is generated once and kept in `path.data` (see encryption_key/).
 */
export const ConfigSchema = schema.object(
  {
    encryptionKey: schema.maybe(schema.string({ minLength: 32 })),
    keyRotation: schema.object({
      decryptionOnlyKeys: schema.arrayOf(schema.string({ minLength: 32 }), { defaultValue: [] }),
    }),
  },
  {
    validate(value) {
      if (value.encryptionKey && value.keyRotation.decryptionOnlyKeys.includes(value.encryptionKey)) {
        return '`keyRotation.decryptionOnlyKeys` cannot contain primary encryption key specified in `encryptionKey`.';
      }
    },
  }
);

export type ConfigType = TypeOf<typeof ConfigSchema>;
