import { join } from 'node:path';
import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';

const repoRoot = join(__dirname, '..', '..', '..', '..', '..');
const fixtures = [
  join(__dirname, '..', '..', '..', 'test_fixtures', 'plugins'),
  // The actions plugin's fixture connector types (one needs secrets, one does not).
  join(repoRoot, 'plugins', 'actions-server', 'test_fixtures', 'plugins'),
];

export const ENCRYPTION_KEY = 'a-test-encryption-key-of-32-chars!!';
const jsonHeaders = { 'content-type': 'application/json', 'kbn-xsrf': 'true' };

interface UploadOptions {
  fields?: Record<string, string>;
  fieldsAfter?: Record<string, string>;
  filename?: string;
}

export interface SavedObjectsTestServer extends TestRoot {
  /** JSON in and out. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  /** `POST <space>/api/saved_objects/_export`, the raw NDJSON text back. */
  exportText(body: unknown, space?: string): Promise<{ status: number; text: string; headers: Headers }>;
  /** A multipart upload of `ndjson` as `export.ndjson` (or `filename`), with `fields` sent before the file and `fieldsAfter` after it. */
  upload(path: string, ndjson: string | Blob, options?: UploadOptions): Promise<{ status: number; body: unknown }>;
}

/** A real server with savedObjectsManagement, the actions plugin, spaces and the fixture types. */
export async function startSavedObjectsTestServer(storageUrl: string | undefined, config: Record<string, unknown> = {}): Promise<SavedObjectsTestServer> {
  const server = await createTestRoot({
    plugins: ['savedObjectsManagement', 'savedObjectsFixture', 'actions', 'actionsFixture', 'spaces', 'cloud'],
    pluginSearchPaths: [join(repoRoot, 'plugins'), join(repoRoot, 'packages'), ...fixtures],
    storageUrl,
    config: { 'xpack.encryptedSavedObjects.encryptionKey': ENCRYPTION_KEY, 'xpack.task_manager.poll_interval': 100, ...config },
  });
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: jsonHeaders, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const exportText = async (body: unknown, space = '') => {
    const res = await fetch(`${server.url}${space}/api/saved_objects/_export`, { method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) });
    return { status: res.status, text: await res.text(), headers: res.headers };
  };
  const upload = async (path: string, ndjson: string | Blob, options: UploadOptions = {}) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
    form.append('file', typeof ndjson === 'string' ? new Blob([ndjson]) : ndjson, options.filename ?? 'export.ndjson');
    for (const [name, value] of Object.entries(options.fieldsAfter ?? {})) form.append(name, value);
    const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'kbn-xsrf': 'true' }, body: form });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return Object.assign(server, { api, exportText, upload });
}

/** The objects of an export (without the details line), parsed. */
export function parseExport(text: string): { objects: Array<Record<string, unknown>>; details?: Record<string, unknown> } {
  const lines = text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
  const last = lines[lines.length - 1];
  return last && 'exportedCount' in last ? { objects: lines.slice(0, -1), details: last } : { objects: lines };
}
