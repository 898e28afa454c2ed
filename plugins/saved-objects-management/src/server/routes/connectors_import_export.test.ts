import { describeEachStore, startTestPostgres, type TestPostgres } from '@kbn/test';
import { parseExport, startSavedObjectsTestServer, type SavedObjectsTestServer } from '../test_support/saved_objects_test_server.mock';

const preconfigured = { 'xpack.actions.preconfigured': { 'my-log': { name: 'Preconfigured log', actionTypeId: '.test-log' } } };
const missingSecretsWarning = {
  type: 'action_required',
  message: '1 connector has sensitive information that require updates.',
  actionPath: '/app/management/insightsAndAlerting/triggersActionsConnectors',
  buttonLabel: 'Go to connectors',
};
const connectorLine = (id: string, name = id) =>
  JSON.stringify({ type: 'action', id, attributes: { actionTypeId: '.test-log', name, isMissingSecrets: false, config: {}, secrets: {} }, references: [] });

describeEachStore('connectors through export and import', (getStore) => {
  let server: SavedObjectsTestServer;

  beforeAll(async () => {
    server = await startSavedObjectsTestServer(getStore().url, preconfigured);
    expect((await server.api('POST', '/api/spaces/space', { id: 'other', name: 'Other' })).status).toBe(200);
    for (const [id, body] of [
      ['http-1', { name: 'HTTP one', connector_type_id: '.test-http', config: { url: 'https://example.com/a' }, secrets: { token: 'top-secret' } }],
      ['log-1', { name: 'Log one', connector_type_id: '.test-log', config: {}, secrets: {} }],
    ] as const) {
      expect((await server.api('POST', `/api/actions/connector/${id}`, body)).status).toBe(200);
    }
  }, 60_000);
  afterAll(() => server?.stop());

  test('export streams NDJSON with Kibana’s headers; secrets never leave, connectors needing them are marked', async () => {
    const res = await server.exportText({ type: 'action' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/ndjson');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="export.ndjson"');
    expect(res.text).not.toContain('top-secret');
    const { objects, details } = parseExport(res.text);
    expect(objects.map((o) => o.id)).toEqual(['http-1', 'log-1']);
    expect(objects[0]).toMatchObject({
      type: 'action',
      id: 'http-1',
      attributes: { actionTypeId: '.test-http', name: 'HTTP one', config: { url: 'https://example.com/a' }, secrets: {}, isMissingSecrets: true },
      references: [],
      managed: false,
      coreMigrationVersion: expect.any(String),
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(objects[0]).not.toHaveProperty('namespaces');
    expect(objects[1]).toMatchObject({ attributes: { isMissingSecrets: false, secrets: {} } });
    expect(details).toEqual({ exportedCount: 2, missingRefCount: 0, missingReferences: [], excludedObjectsCount: 0, excludedObjects: [] });
  });

  test('into another space: imported connectors need their secrets and cannot run until they get them', async () => {
    const { text } = await server.exportText({ type: 'action' });
    const imported = await server.upload('/s/other/api/saved_objects/_import', text);
    expect(imported).toEqual({
      status: 200,
      body: {
        success: true,
        successCount: 2,
        successResults: [
          { type: 'action', id: 'http-1', managed: false, meta: { title: 'Connector: [HTTP one]' } },
          { type: 'action', id: 'log-1', managed: false, meta: { title: 'Connector: [Log one]' } },
        ],
        warnings: [missingSecretsWarning],
      },
    });
    const got = await server.api('GET', '/s/other/api/actions/connector/http-1');
    expect(got.body).toMatchObject({ id: 'http-1', name: 'HTTP one', is_missing_secrets: true });
    const run = await server.api('POST', '/s/other/api/actions/connector/http-1/_execute', { params: { body: 'x' } });
    expect(run.body).toMatchObject({ status: 'error', message: 'Unable to execute action because no secrets are defined for the "HTTP one" connector.' });
    expect((await server.api('GET', '/s/other/api/actions/connector/log-1')).body).toMatchObject({ is_missing_secrets: false });
    const fromOther = parseExport((await server.exportText({ type: 'action' }, '/s/other')).text);
    expect(fromOther.objects.map((o) => o.id)).toEqual(['http-1', 'log-1']);
    expect(fromOther.objects[0].attributes).toMatchObject({ isMissingSecrets: true, secrets: {} });
  });

  test('conflicts, overwrite and new copies', async () => {
    const { text } = await server.exportText({ type: 'action' });
    const conflicted = await server.upload('/api/saved_objects/_import', text);
    expect(conflicted.body).toMatchObject({
      success: false,
      successCount: 0,
      errors: [
        { type: 'action', id: 'http-1', meta: {}, error: { type: 'conflict' } },
        { type: 'action', id: 'log-1', meta: {}, error: { type: 'conflict' } },
      ],
      warnings: [],
    });
    const overwritten = await server.upload('/api/saved_objects/_import?overwrite=true', connectorLine('log-1', 'Log renamed'));
    expect(overwritten.body).toMatchObject({ success: true, successCount: 1, successResults: [{ type: 'action', id: 'log-1', overwrite: true, meta: { title: 'Connector: [Log renamed]' } }] });
    expect((await server.api('GET', '/api/actions/connector/log-1')).body).toMatchObject({ name: 'Log renamed' });

    const copies = (await server.upload('/api/saved_objects/_import?createNewCopies=true', text)).body as { successResults: Array<{ id: string; destinationId: string }> };
    expect(copies).toMatchObject({ success: true, successCount: 2, warnings: [missingSecretsWarning] });
    for (const result of copies.successResults) {
      expect(result.destinationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(result.destinationId).not.toBe(result.id);
      expect((await server.api('GET', `/api/actions/connector/${result.destinationId}`)).status).toBe(200);
    }

    const both = await server.upload('/api/saved_objects/_import?overwrite=true&createNewCopies=true', text);
    expect(both).toEqual({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: '[request query]: cannot use [overwrite] with [createNewCopies]' } });
  });

  test('resolve import errors: overwrite one, copy one under a new id', async () => {
    const { text } = await server.exportText({ type: 'action' });
    const retries = [
      { type: 'action', id: 'http-1', overwrite: true, replaceReferences: [] },
      { type: 'action', id: 'log-1', overwrite: false, destinationId: 'log-1-copy', createNewCopy: true, replaceReferences: [] },
    ];
    const resolved = await server.upload('/api/saved_objects/_resolve_import_errors', text, { fields: { retries: JSON.stringify(retries) } });
    expect(resolved).toEqual({
      status: 200,
      body: {
        success: true,
        successCount: 2,
        successResults: [
          { type: 'action', id: 'http-1', overwrite: true, managed: false, meta: { title: 'Connector: [HTTP one]' } },
          { type: 'action', id: 'log-1', destinationId: 'log-1-copy', createNewCopy: true, managed: false, meta: { title: 'Connector: [Log renamed]' } },
        ],
        warnings: [missingSecretsWarning],
      },
    });
    expect((await server.api('GET', '/api/actions/connector/log-1-copy')).body).toMatchObject({ name: 'Log renamed' });
    const duplicated = await server.upload('/api/saved_objects/_resolve_import_errors', text, { fields: { retries: JSON.stringify([retries[0], retries[0]]) } });
    expect(duplicated.body).toMatchObject({ statusCode: 400, message: 'Non-unique retry objects: [action:http-1]' });
  });

  test('resolve import errors with retries after the file, as Kibana’s UI sends them', async () => {
    const { text } = await server.exportText({ type: 'action' });
    const retries = [{ type: 'action', id: 'log-1', overwrite: false, destinationId: 'log-1-second', createNewCopy: true, replaceReferences: [] }];
    const resolved = await server.upload('/s/other/api/saved_objects/_resolve_import_errors', text, { fieldsAfter: { retries: JSON.stringify(retries) } });
    expect(resolved.body).toEqual({
      success: true,
      successCount: 1,
      successResults: [{ type: 'action', id: 'log-1', destinationId: 'log-1-second', createNewCopy: true, managed: false, meta: { title: 'Connector: [Log renamed]' } }],
      warnings: [],
    });
    expect((await server.api('GET', '/s/other/api/actions/connector/log-1-second')).status).toBe(200);
    const none = await server.upload('/api/saved_objects/_resolve_import_errors', text);
    expect(none).toEqual({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: '[request body.retries]: expected value of type [array] but got [undefined]' } });
    const late = await server.upload('/api/saved_objects/_resolve_import_errors', text, { fieldsAfter: { retries: JSON.stringify([retries[0], retries[0]]) } });
    expect(late.body).toMatchObject({ statusCode: 400, message: 'Non-unique retry objects: [action:log-1]' });
  });

  test('a connector with a preconfigured id or an invalid id is left out with Kibana’s warnings', async () => {
    const file = [connectorLine('my-log'), connectorLine('Not Valid'), connectorLine('fine-one')].join('\n');
    const res = await server.upload('/s/other/api/saved_objects/_import', file);
    expect(res.body).toEqual({
      success: true,
      successCount: 1,
      successResults: [{ type: 'action', id: 'fine-one', managed: false, meta: { title: 'Connector: [fine-one]' } }],
      warnings: [
        { type: 'simple', message: 'Connector with ID [my-log] conflicts with a preconfigured connector and was removed. The preconfigured connector will be used instead.' },
        {
          type: 'simple',
          message:
            'Connectors with IDs [Not Valid] have invalid IDs and were removed. Connector IDs must contain only lowercase letters, numbers, and hyphens and be 36 characters or less.',
        },
      ],
    });
    expect((await server.api('GET', '/s/other/api/actions/connector/Not%20Valid')).status).toBe(404);
    const copied = await server.upload('/s/other/api/saved_objects/_import?createNewCopies=true', connectorLine('Not Valid'));
    expect(copied.body).toMatchObject({ success: true, successCount: 1, warnings: [] });
  });

  test('into a fresh server with another store and key', async () => {
    const { text } = await server.exportText({ type: 'action' });
    let postgres: TestPostgres | undefined;
    if (getStore().dialect === 'postgres') postgres = await startTestPostgres();
    const fresh = await startSavedObjectsTestServer(postgres?.url, { 'xpack.encryptedSavedObjects.encryptionKey': 'another-key-that-is-32-chars-long!!' });
    try {
      const res = await fresh.upload('/api/saved_objects/_import', text);
      expect(res.body).toMatchObject({ success: true, successCount: 5 });
      expect((await fresh.api('GET', '/api/actions/connector/http-1')).body).toMatchObject({ is_missing_secrets: true });
      const fixed = await fresh.api('PUT', '/api/actions/connector/http-1', { name: 'HTTP one', config: { url: 'https://example.com/a' }, secrets: { token: 'again' } });
      expect(fixed.body).toMatchObject({ is_missing_secrets: false });
    } finally {
      await fresh.stop();
      await postgres?.stop();
    }
  }, 60_000);
});
