import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@kbn/core-server';

/** The file in `path.data` that keeps the generated key. */
export const GENERATED_KEY_FILE_NAME = 'encrypted_saved_objects.key';

const ADVICE =
  'To be able to decrypt encrypted saved objects attributes if that file is lost, and on every Kibana instance that shares this store, ' +
  'please set xpack.encryptedSavedObjects.encryptionKey in kibana.yml, to the same value on every instance.';

/**
 * The key to use when `xpack.encryptedSavedObjects.encryptionKey` is not set: generated on the
 * first start and kept, readable by its owner only, so that secrets written before a restart
 * can still be decrypted after it (Kibana 7 generated an ephemeral key and lost them).
 */
export function readOrCreateGeneratedKey(dataPath: string, logger: Logger): string {
  const file = join(dataPath, GENERATED_KEY_FILE_NAME);
  const existing = readKeyFile(file);
  if (existing !== undefined) {
    logger.warn(`Using the random key generated for xpack.encryptedSavedObjects.encryptionKey, stored in [${file}]. ${ADVICE}`);
    return existing;
  }
  mkdirSync(dataPath, { recursive: true });
  const key = randomBytes(32).toString('hex');
  // Written aside, then linked into place: a process sharing this folder never reads a half-written
  // file, and if one linked its key first, `link` fails and that key is read back instead.
  const pending = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(pending, `${key}\n`, { mode: 0o600, flag: 'wx' });
  try {
    chmodSync(pending, 0o600);
    linkSync(pending, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readOrCreateGeneratedKey(dataPath, logger);
  } finally {
    rmSync(pending, { force: true });
  }
  logger.warn(`Generating a random key for xpack.encryptedSavedObjects.encryptionKey and storing it in [${file}]. ${ADVICE}`);
  return key;
}

function readKeyFile(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const key = text.trim();
  // Never replace a damaged file: the secrets made with the key it held would be lost for good.
  if (key.length < 32) throw new Error(`The generated encryption key in [${file}] is damaged (shorter than 32 characters); restore it or set xpack.encryptedSavedObjects.encryptionKey.`);
  return key;
}
