import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { describeEachStore } from '@kbn/test';
import { startActionsTestServer, type ActionsTestServer } from '../test_support/actions_test_server.mock';

/** Kibana's published connectors OpenAPI (shared/reference, beside the repository). */
const REFERENCE = join(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'reference', 'kibana-connectors-openapi.yaml');

interface Operation {
  parameters?: Array<{ name?: string; in?: string; $ref?: string }>;
  requestBody?: unknown;
}
type Paths = Record<string, Record<string, Operation>>;

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];
/** Kibana's spec names the path parameter `connectorId`; the routes call it `id`. */
const normalise = (path: string) => path.replace('{connectorId}', '{id}');

function operations(paths: Paths): string[] {
  return Object.entries(paths).flatMap(([path, item]) => METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${normalise(path)}`));
}

describeEachStore('GET /api/oas against Kibana’s connectors OpenAPI', (getStore) => {
  let server: ActionsTestServer;
  let reference: Paths;

  beforeAll(async () => {
    if (!existsSync(REFERENCE)) throw new Error(`Kibana's connectors OpenAPI is expected at ${REFERENCE}`);
    const all = (yaml.load(readFileSync(REFERENCE, 'utf8')) as { paths: Paths }).paths;
    // The current API: no space prefix (every route is served under /s/<id> too) and no legacy /api/actions/action routes.
    reference = Object.fromEntries(Object.entries(all).filter(([path]) => path.startsWith('/api/actions/connector')));
    server = await startActionsTestServer(getStore());
  }, 60_000);
  afterAll(() => server?.stop());

  test('every connectors operation Kibana documents is served and documented', async () => {
    const document = (await server.api('GET', '/api/oas?pathStartsWith=/api/actions')).body as { paths: Paths };
    const ours = operations(document.paths);
    expect(operations(reference).length).toBeGreaterThanOrEqual(7);
    for (const operation of operations(reference)) expect(ours).toContain(operation);
  });

  test('path parameters and bodies match', async () => {
    const document = (await server.api('GET', '/api/oas?pathStartsWith=/api/actions')).body as { paths: Paths };
    for (const [path, item] of Object.entries(reference)) {
      for (const method of METHODS.filter((m) => item[m])) {
        const ours = document.paths[normalise(path)][method];
        const pathParams = (operation: Operation) => (operation.parameters ?? []).filter((p) => p.in === 'path' || p.$ref?.includes('connector_id')).length;
        expect([`${method} ${path}`, (ours.parameters ?? []).filter((p) => p.in === 'path').length]).toEqual([`${method} ${path}`, pathParams(item[method])]);
        expect([`${method} ${path}`, ours.requestBody !== undefined]).toEqual([`${method} ${path}`, item[method].requestBody !== undefined]);
      }
    }
  });
});
