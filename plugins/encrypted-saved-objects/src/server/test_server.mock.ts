import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';
import type { EncryptedSavedObjectsPluginStart } from './types';

const PACKAGE_ROOT = resolve(__dirname, '..', '..');
/** The repository's plugins (only this one is loaded, through the fixture's dependency) and the fixture. */
const PLUGIN_SEARCH_PATHS = [resolve(PACKAGE_ROOT, '..'), join(PACKAGE_ROOT, 'test_fixtures', 'plugins')];

export const PRIMARY_KEY = 'primary-encryption-key-for-tests-0001';
export const OTHER_KEY = 'another-encryption-key-for-tests-0002';
export const THIRD_KEY = 'yet-another-encryption-key-for-tests-03';

/** The parts of `@kbn/test`'s `TestStore` used here (not imported: the build has no test packages). */
export interface StoreLocation {
  url?: string;
  dataPath: string;
}

export interface ServerKeys {
  /** `undefined`: no key configured (a generated one is used). */
  encryptionKey?: string;
  decryptionOnlyKeys?: string[];
}

interface RawSavedObjectsTables {
  saved_objects: { type: string; namespace: string; id: string; attributes: unknown };
}

export interface LogLine {
  message: string;
  log: { level: string; logger: string };
}

export interface EsoTestServer {
  url: string;
  root: TestRoot;
  eso: EncryptedSavedObjectsPluginStart;
  /** Calls the request's saved objects client (`/s/<space>` when a space is given) through the fixture route. */
  call<T = unknown>(method: string, args: unknown[], options?: { space?: string; includeHidden?: boolean }): Promise<{ status: number; body: T }>;
  /** The stored attributes of a row, as the database holds them. */
  readRaw(type: string, id: string, namespace?: string): Promise<Record<string, unknown>>;
  /** Changes a row behind the saved objects API: attributes, or its id or space. */
  tamper(type: string, id: string, namespace: string, change: { attributes?: Record<string, unknown>; id?: string; namespace?: string }): Promise<void>;
  /** What `plugins.encryptedSavedObjects` logged at info and above. */
  logs(): LogLine[];
  stop(): Promise<void>;
}

/** A real server with this plugin and the fixture, on the given store and data folder. */
export async function startTestServer(store: StoreLocation, keys: ServerKeys = { encryptionKey: PRIMARY_KEY }): Promise<EsoTestServer> {
  const logFile = join(store.dataPath, `eso-${randomBytes(4).toString('hex')}.log`);
  const root = await createTestRoot({
    plugins: ['esoFixture'],
    pluginSearchPaths: PLUGIN_SEARCH_PATHS,
    storageUrl: store.url,
    config: {
      'path.data': store.dataPath,
      ...(keys.encryptionKey === undefined ? {} : { 'xpack.encryptedSavedObjects.encryptionKey': keys.encryptionKey }),
      'xpack.encryptedSavedObjects.keyRotation.decryptionOnlyKeys': keys.decryptionOnlyKeys ?? [],
      'logging.appenders': { eso: { type: 'file', fileName: logFile, layout: { type: 'json' } } },
      'logging.loggers': [{ name: 'plugins.encryptedSavedObjects', level: 'info', appenders: ['eso'] }],
    },
  });
  const db = root.core.storage.getDb<RawSavedObjectsTables>();
  const row = (type: string, id: string, namespace: string) =>
    db.selectFrom('saved_objects').where('type', '=', type).where('namespace', '=', namespace).where('id', '=', id);

  return {
    url: root.url,
    root,
    eso: root.plugins.get('encryptedSavedObjects') as EncryptedSavedObjectsPluginStart,
    call: async <T>(method: string, args: unknown[], options: { space?: string; includeHidden?: boolean } = {}) => {
      const prefix = options.space ? `/s/${options.space}` : '';
      const res = await fetch(`${root.url}${prefix}/api/eso_fixture/client/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'kbn-xsrf': 'true' },
        body: JSON.stringify({ args, includeHidden: options.includeHidden ?? false }),
      });
      const body = (await res.json()) as { result: T } | T;
      return { status: res.status, body: res.ok ? (body as { result: T }).result : (body as T) };
    },
    readRaw: async (type, id, namespace = 'default') => {
      const { attributes } = await row(type, id, namespace).select('attributes').executeTakeFirstOrThrow();
      return (typeof attributes === 'string' ? JSON.parse(attributes) : attributes) as Record<string, unknown>;
    },
    tamper: async (type, id, namespace, change) => {
      await db
        .updateTable('saved_objects')
        .set({
          ...(change.attributes ? { attributes: JSON.stringify(change.attributes) } : {}),
          ...(change.id ? { id: change.id } : {}),
          ...(change.namespace ? { namespace: change.namespace } : {}),
        })
        .where('type', '=', type)
        .where('namespace', '=', namespace)
        .where('id', '=', id)
        .execute();
    },
    logs: () => {
      root.root.logging.flush();
      if (!existsSync(logFile)) return [];
      return readFileSync(logFile, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as LogLine);
    },
    stop: () => root.stop(),
  };
}

/** Flips one bit in the ciphertext part of a stored value (past the 33-byte header). */
export function flipCiphertextBit(value: string): string {
  const bytes = Buffer.from(value, 'base64');
  bytes[bytes.length - 1] ^= 0x01;
  return bytes.toString('base64');
}
