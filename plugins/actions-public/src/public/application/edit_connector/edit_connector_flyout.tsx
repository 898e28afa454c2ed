import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiSpacer,
  EuiTab,
  EuiTabs,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { BASE_ACTION_API_PATH, type ConnectorListItemResponse, connectorResponseCodec } from '@kbn/actions-common';
import type { HttpSetup, ToastsApi } from '@kbn/core-public';
import { useCallback, useState } from 'react';
import type { ConnectorFormValues, ConnectorTypeModel, ConnectorTypeRegistry } from '../../types';
import { ConnectorForm, validateConnectorForm } from '../create_connector/connector_form';
import { TestConnectorTab } from './test_connector_tab';

export interface EditConnectorFlyoutProps {
  http: HttpSetup;
  toasts: ToastsApi;
  connector: ConnectorListItemResponse;
  connectorTypeRegistry: ConnectorTypeRegistry;
  onClose(): void;
  onSaved(): void;
}

const FALLBACK_MODEL: Omit<ConnectorTypeModel, 'id'> = { actionTypeTitle: '', iconClass: 'plugs', selectMessage: '' };

/** Edit a connector (Configuration tab) or run it (Test tab). Preconfigured ones are read only but can be tested. */
export function EditConnectorFlyout({ http, toasts, connector, connectorTypeRegistry, onClose, onSaved }: EditConnectorFlyoutProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'editConnectorFlyoutTitle' });
  const model = connectorTypeRegistry.has(connector.connector_type_id)
    ? connectorTypeRegistry.get(connector.connector_type_id)
    : { ...FALLBACK_MODEL, id: connector.connector_type_id };
  const [values, setValues] = useState<ConnectorFormValues>({
    id: connector.id,
    name: connector.name,
    connector_type_id: connector.connector_type_id,
    config: (connector.config as Record<string, unknown> | undefined) ?? {},
    secrets: {},
  });
  const [saving, setSaving] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [tab, setTab] = useState<'configuration' | 'test'>('configuration');
  const ignoreAvailability = useCallback(() => undefined, []);

  const save = async () => {
    setShowErrors(true);
    if (validateConnectorForm(values, 'unknown').name) return;
    setSaving(true);
    try {
      const saved = await http.put(`${BASE_ACTION_API_PATH}/connector/${encodeURIComponent(connector.id)}`, {
        body: { name: values.name, config: values.config, secrets: values.secrets },
        codec: connectorResponseCodec,
      });
      toasts.addSuccess(`Updated '${saved.name}'`);
      onSaved();
    } catch (error) {
      toasts.addError(error as Error, { title: 'Unable to update the connector.' });
      setSaving(false);
    }
  };

  return (
    <EuiFlyout onClose={onClose} aria-labelledby={titleId} size="m" data-test-subj="edit-connector-flyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={titleId}>Edit connector</h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiTabs bottomBorder={false}>
          <EuiTab isSelected={tab === 'configuration'} onClick={() => setTab('configuration')} data-test-subj="configureConnectorTab">
            Configuration
          </EuiTab>
          <EuiTab isSelected={tab === 'test'} onClick={() => setTab('test')} data-test-subj="testConnectorTab">
            Test
          </EuiTab>
        </EuiTabs>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {tab === 'test' ? (
          <TestConnectorTab http={http} connectorId={connector.id} model={model} />
        ) : connector.is_preconfigured ? (
          <EuiCallOut title="This connector is preconfigured and cannot be edited" iconType="lock">
            <p>It is defined in the Kibana configuration (xpack.actions.preconfigured).</p>
          </EuiCallOut>
        ) : (
          <>
            {connector.is_missing_secrets && (
              <>
                <EuiCallOut title="Sensitive information is not imported" color="warning" iconType="warning">
                  <p>Enter the connector's secrets again and save to fix it.</p>
                </EuiCallOut>
                <EuiSpacer size="m" />
              </>
            )}
            <ConnectorForm http={http} model={model} isEdit values={values} onChange={setValues} showErrors={showErrors} onIdAvailability={ignoreAvailability} />
          </>
        )}
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween">
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose}>Close</EuiButtonEmpty>
          </EuiFlexItem>
          {tab === 'configuration' && !connector.is_preconfigured && (
            <EuiFlexItem grow={false}>
              <EuiButton fill onClick={save} isLoading={saving} data-test-subj="edit-connector-flyout-save-btn">
                Save
              </EuiButton>
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
