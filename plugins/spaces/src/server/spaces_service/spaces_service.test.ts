import { type SpacesTestServer, startSpacesTestServer } from '../spaces_test_server.mock';
import type { SpacesPluginStart } from '../types';
import { namespaceToSpaceId, spaceIdToNamespace } from './namespace';

// The contracts as another plugin (the fixture) sees them, for requests in and out of spaces.
describe('spacesService contracts', () => {
  let server: SpacesTestServer;

  beforeAll(async () => {
    server = await startSpacesTestServer({ withFixture: true });
    await server.request('POST', '/api/spaces/space', { id: 'ops', name: 'Ops', color: '#112233' });
  });

  afterAll(() => server?.stop());

  test('for a request to the default space', async () => {
    expect(await server.request('GET', '/api/spaces_fixture/space')).toEqual({
      status: 200,
      body: {
        setupSpaceId: 'default',
        spaceId: 'default',
        isInDefaultSpace: true,
        namespace: null,
        namespaceToSpaceId: 'default',
        activeSpace: { id: 'default', name: 'Default', description: 'This is your default space!', color: '#00bfb3', disabledFeatures: [], _reserved: true },
        clientSees: ['default', 'ops'],
      },
    });
  });

  test('for a request under /s/<space>', async () => {
    expect(await server.request('GET', '/s/ops/api/spaces_fixture/space')).toEqual({
      status: 200,
      body: {
        setupSpaceId: 'ops',
        spaceId: 'ops',
        isInDefaultSpace: false,
        namespace: 'ops',
        namespaceToSpaceId: 'ops',
        activeSpace: { id: 'ops', name: 'Ops', color: '#112233', disabledFeatures: [] },
        clientSees: ['default', 'ops'],
      },
    });
  });

  test('the start contract is handed out under the plugin id `spaces`', async () => {
    const start = server.root.plugins.get('spaces') as SpacesPluginStart;
    expect(Object.keys(start.spacesService).sort()).toEqual([
      'createSpacesClient',
      'getActiveSpace',
      'getSpaceId',
      'isInDefaultSpace',
      'namespaceToSpaceId',
      'spaceIdToNamespace',
    ]);
  });
});

describe('space ids and namespaces', () => {
  test('the default space is the undefined namespace, as in Kibana', () => {
    expect(spaceIdToNamespace('default')).toBeUndefined();
    expect(spaceIdToNamespace('ops')).toBe('ops');
    expect(namespaceToSpaceId(undefined)).toBe('default');
    expect(namespaceToSpaceId('ops')).toBe('ops');
  });

  test('empty values are programming errors', () => {
    expect(() => spaceIdToNamespace('')).toThrow(new TypeError('spaceId is required'));
    expect(() => namespaceToSpaceId('')).toThrow(new TypeError('namespace cannot be an empty string'));
  });
});
