import { EuiProvider } from '@elastic/eui';
import { type ToastsApi, createHttpClient } from '@kbn/core-public';
import { render } from '@testing-library/react';
import { createConnectorTypeRegistry } from '../connector_type_registry';
import { ConnectorsApp } from './connectors_app';

export const connectorTypes = [
  { id: '.server-log', name: 'Server log', enabled: true, enabled_in_config: true, enabled_in_license: true, minimum_license_required: 'basic', supported_feature_ids: ['alerting'], is_system_action_type: false, is_deprecated: false },
  { id: '.index', name: 'Index', enabled: false, enabled_in_config: true, enabled_in_license: false, minimum_license_required: 'gold', supported_feature_ids: ['alerting'], is_system_action_type: false, is_deprecated: false },
  { id: '.cases', name: 'Cases', enabled: true, enabled_in_config: true, enabled_in_license: true, minimum_license_required: 'platinum', supported_feature_ids: ['alerting'], is_system_action_type: true, is_deprecated: false },
];

const connector = (id: string, name: string, type: string, extra: Record<string, unknown> = {}) => ({
  id, name, connector_type_id: type, is_preconfigured: false, is_deprecated: false, is_system_action: false, referenced_by_count: 0, ...extra,
});

export const connectors = [
  connector('ops-log', 'Ops log', '.server-log'),
  connector('my-index', 'My index', '.index', { is_missing_secrets: true }),
  connector('preconfigured-log', 'Preconfigured log', '.server-log', { is_preconfigured: true }),
];

export interface Route {
  status: number;
  body?: unknown;
}

/** A fake server: answers by "METHOD path" and records every request. */
export function renderConnectorsApp(routes: Record<string, Route | ((body: unknown) => Route)>) {
  const requests: Array<{ method: string; url: string; body?: unknown }> = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ method, url, body });
    const path = url.split('?')[0];
    const route = routes[`${method} ${path}`];
    const answer = typeof route === 'function' ? route(body) : (route ?? { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not Found' } });
    return { ok: answer.status < 300, status: answer.status, text: async () => (answer.body === undefined ? '' : JSON.stringify(answer.body)) } as Response;
  }) as unknown as typeof fetch;
  const toasts: jest.Mocked<ToastsApi> = {
    addSuccess: jest.fn(), addWarning: jest.fn(), addDanger: jest.fn(), addError: jest.fn(), remove: jest.fn(),
  } as unknown as jest.Mocked<ToastsApi>;
  const registry = createConnectorTypeRegistry();
  registry.register({ id: '.server-log', actionTypeTitle: 'Server log', iconClass: 'logsApp', selectMessage: 'Add a message to a Kibana log.' });
  registry.register({ id: '.index', actionTypeTitle: 'Index', iconClass: 'indexOpen', selectMessage: 'Index data into Elasticsearch.' });
  registry.register({ id: '.cases', actionTypeTitle: 'Cases', iconClass: 'casesApp', selectMessage: 'Create a case.' });
  const http = createHttpClient('/s/ops', fetchImpl);
  const result = render(
    <EuiProvider>
      <ConnectorsApp http={http} toasts={toasts} connectorTypeRegistry={registry} />
    </EuiProvider>
  );
  return { unmount: result.unmount, requests, toasts };
}

export const listRoutes = (list: unknown[] = connectors) => ({
  'GET /s/ops/api/actions/connectors': { status: 200, body: list },
  'GET /s/ops/api/actions/connector_types': { status: 200, body: connectorTypes },
});
