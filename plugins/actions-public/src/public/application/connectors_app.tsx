import { EuiButton, EuiCallOut, EuiEmptyPrompt, EuiLoadingSpinner, EuiPageTemplate } from '@elastic/eui';
import { BASE_ACTION_API_PATH, type ConnectorListItemResponse } from '@kbn/actions-common';
import type { HttpSetup, ToastsApi } from '@kbn/core-public';
import { useState } from 'react';
import type { ConnectorTypeRegistry } from '../types';
import { ConnectorLogs } from './connector_logs/connector_logs';
import { ConnectorsList } from './connectors_list/connectors_list';
import { DeleteConnectorsModal } from './connectors_list/delete_connectors_modal';
import { CreateConnectorFlyout } from './create_connector/create_connector_flyout';
import { EditConnectorFlyout } from './edit_connector/edit_connector_flyout';
import { useConnectors } from './use_connectors';

export interface ConnectorsAppProps {
  http: HttpSetup;
  toasts: ToastsApi;
  connectorTypeRegistry: ConnectorTypeRegistry;
  /** The path below the app: `/` for the list, `/logs` for the Logs tab. */
  appPath?: string;
}

export const CONNECTORS_APP_PATH = '/app/management/insightsAndAlerting/triggersActionsConnectors';

const plural = (count: number) => `${count} ${count === 1 ? 'connector' : 'connectors'}`;

/** Stack Management > Connectors. */
export function ConnectorsApp({ http, toasts, connectorTypeRegistry, appPath = '/' }: ConnectorsAppProps) {
  const [tab, setTab] = useState<'connectors' | 'logs'>(appPath.startsWith('/logs') ? 'logs' : 'connectors');
  const showTab = (next: 'connectors' | 'logs') => {
    setTab(next);
    // Keep the URL in step so a reload or a shared link opens the same tab.
    window.history.pushState(null, '', http.prepend(`${CONNECTORS_APP_PATH}${next === 'logs' ? '/logs' : ''}`));
  };
  const { state, reload } = useConnectors(http);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<ConnectorListItemResponse>();
  const [toDelete, setToDelete] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);

  const deleteConnectors = async () => {
    setDeleting(true);
    const results = await Promise.allSettled(toDelete.map((id) => http.delete(`${BASE_ACTION_API_PATH}/connector/${encodeURIComponent(id)}`)));
    const failed = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    const deleted = results.length - failed.length;
    if (deleted > 0) toasts.addSuccess(`Deleted ${plural(deleted)}`);
    if (failed.length > 0) toasts.addError(failed[0].reason as Error, { title: `Failed to delete ${plural(failed.length)}` });
    setDeleting(false);
    setToDelete([]);
    reload();
  };

  const createButton = (
    <EuiButton fill iconType="plusCircle" onClick={() => setCreating(true)} data-test-subj="createConnectorButton" isDisabled={state.status !== 'loaded'}>
      Create connector
    </EuiButton>
  );

  let body;
  if (state.status === 'loading') {
    body = <EuiEmptyPrompt icon={<EuiLoadingSpinner size="xl" />} title={<h2>Loading connectors…</h2>} data-test-subj="connectorsLoading" />;
  } else if (state.status === 'error') {
    body = (
      <EuiCallOut title="Unable to load connectors" color="danger" iconType="error" role="alert" data-test-subj="connectorsError">
        <p>{state.error.message}</p>
        <EuiButton color="danger" onClick={reload}>
          Try again
        </EuiButton>
      </EuiCallOut>
    );
  } else if (state.connectors.length === 0) {
    body = (
      <EuiEmptyPrompt
        iconType="plugs"
        title={<h2>Create your first connector</h2>}
        body={<p>Use connectors to send notifications and call outside services from rules, cases and AI assistants.</p>}
        actions={createButton}
        data-test-subj="createFirstConnectorEmptyPrompt"
      />
    );
  } else {
    body = (
      <ConnectorsList
        connectors={state.connectors}
        connectorTypes={state.connectorTypes}
        connectorTypeRegistry={connectorTypeRegistry}
        onDelete={setToDelete}
        onEdit={setEditing}
      />
    );
  }

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Connectors"
        description="Connect third-party software with your alerting data."
        rightSideItems={tab === 'connectors' && state.status === 'loaded' && state.connectors.length > 0 ? [createButton] : []}
        tabs={[
          { label: 'Connectors', isSelected: tab === 'connectors', onClick: () => showTab('connectors'), 'data-test-subj': 'connectorsTab' },
          { label: 'Logs', isSelected: tab === 'logs', onClick: () => showTab('logs'), 'data-test-subj': 'logsTab' },
        ]}
        bottomBorder
      />
      <EuiPageTemplate.Section>{tab === 'logs' ? <ConnectorLogs http={http} /> : body}</EuiPageTemplate.Section>
      {creating && state.status === 'loaded' && (
        <CreateConnectorFlyout
          http={http}
          toasts={toasts}
          connectorTypes={state.connectorTypes}
          connectorTypeRegistry={connectorTypeRegistry}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
      {editing && (
        <EditConnectorFlyout
          http={http}
          toasts={toasts}
          connector={editing}
          connectorTypeRegistry={connectorTypeRegistry}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
        />
      )}
      {toDelete.length > 0 && (
        <DeleteConnectorsModal count={toDelete.length} isDeleting={deleting} onCancel={() => setToDelete([])} onConfirm={deleteConnectors} />
      )}
    </>
  );
}
