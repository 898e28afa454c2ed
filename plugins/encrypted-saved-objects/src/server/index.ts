import type { PluginConfigDescriptor, PluginInitializerContext } from '@kbn/core-server';
import { ConfigSchema, type ConfigType } from './config';
import { EncryptedSavedObjectsPlugin } from './plugin';

export type { EncryptionError, EncryptionErrorOperation } from './crypto/encryption_error';
export type {
  AttributeToEncrypt,
  DecryptedSavedObjectsFindPage,
  DecryptedSavedObjectsFindResult,
  EncryptedSavedObjectTypeRegistration,
  EncryptedSavedObjectsClient,
  EncryptedSavedObjectsClientOptions,
  EncryptedSavedObjectsPluginSetup,
  EncryptedSavedObjectsPluginStart,
} from './types';
export type { ConfigType as EncryptedSavedObjectsConfigType } from './config';

export const config: PluginConfigDescriptor<ConfigType> = { schema: ConfigSchema };

export const plugin = (context: PluginInitializerContext) => new EncryptedSavedObjectsPlugin(context as PluginInitializerContext<ConfigType>);
