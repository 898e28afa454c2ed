import {
  EuiButton,
  EuiButtonEmpty,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiIcon,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { BASE_ACTION_API_PATH, type ConnectorTypeResponse, connectorResponseCodec } from '@kbn/actions-common';
import type { HttpSetup, ToastsApi } from '@kbn/core-public';
import { useCallback, useState } from 'react';
import type { ConnectorFormValues, ConnectorTypeRegistry } from '../../types';
import { ConnectorForm, type IdAvailability, validateConnectorForm } from './connector_form';
import { ConnectorTypeCards, type SelectableConnectorType } from './connector_type_cards';

export interface CreateConnectorFlyoutProps {
  http: HttpSetup;
  toasts: ToastsApi;
  connectorTypes: ConnectorTypeResponse[];
  connectorTypeRegistry: ConnectorTypeRegistry;
  onClose(): void;
  onCreated(): void;
}

/** Pick a type on its card, then fill in the type's form and save. */
export function CreateConnectorFlyout({ http, toasts, connectorTypes, connectorTypeRegistry, onClose, onCreated }: CreateConnectorFlyoutProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'createConnectorFlyoutTitle' });
  const [selected, setSelected] = useState<SelectableConnectorType>();
  const [values, setValues] = useState<ConnectorFormValues>();
  const [showErrors, setShowErrors] = useState(false);
  const [availability, setAvailability] = useState<IdAvailability>('unknown');
  const [saving, setSaving] = useState(false);
  const onIdAvailability = useCallback((next: IdAvailability) => setAvailability(next), []);

  // Kibana lists the types that have a UI model, and never system action types here.
  const selectable = connectorTypes
    .filter((type) => !type.is_system_action_type && connectorTypeRegistry.has(type.id))
    .map((type) => ({ type, model: connectorTypeRegistry.get(type.id) }))
    .sort((a, b) => a.type.name.localeCompare(b.type.name));

  const select = (type: SelectableConnectorType) => {
    setSelected(type);
    setValues({ id: '', name: '', connector_type_id: type.type.id, config: {}, secrets: {} });
    setShowErrors(false);
  };

  const save = async () => {
    if (!values || !selected) return;
    setShowErrors(true);
    const errors = validateConnectorForm(values, availability);
    if (errors.name || errors.id) return;
    setSaving(true);
    try {
      const created = await http.post(`${BASE_ACTION_API_PATH}/connector/${encodeURIComponent(values.id)}`, {
        body: { name: values.name, connector_type_id: values.connector_type_id, config: values.config, secrets: values.secrets },
        codec: connectorResponseCodec,
      });
      toasts.addSuccess(`Created '${created.name}'`);
      onCreated();
    } catch (error) {
      toasts.addError(error as Error, { title: 'Unable to create a connector.' });
      setSaving(false);
    }
  };

  return (
    <EuiFlyout onClose={onClose} aria-labelledby={titleId} size="m" data-test-subj="createConnectorFlyout">
      <EuiFlyoutHeader hasBorder>
        <EuiFlexGroup gutterSize="m" alignItems="center" responsive={false}>
          {selected && (
            <EuiFlexItem grow={false}>
              <EuiIcon type={selected.model.iconClass} size="xl" />
            </EuiFlexItem>
          )}
          <EuiFlexItem>
            <EuiTitle size="s">
              <h2 id={titleId}>{selected ? `${selected.type.name} connector` : 'Select a connector'}</h2>
            </EuiTitle>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {selected && values ? (
          <ConnectorForm
            http={http}
            model={selected.model}
            isEdit={false}
            values={values}
            onChange={setValues}
            showErrors={showErrors}
            onIdAvailability={onIdAvailability}
          />
        ) : (
          <ConnectorTypeCards types={selectable} onSelect={select} />
        )}
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween">
          <EuiFlexItem grow={false}>
            {selected ? (
              <EuiButtonEmpty iconType="chevronSingleLeft" onClick={() => setSelected(undefined)}>
                Back
              </EuiButtonEmpty>
            ) : (
              <EuiButtonEmpty onClick={onClose}>Cancel</EuiButtonEmpty>
            )}
          </EuiFlexItem>
          {selected && (
            <EuiFlexItem grow={false}>
              <EuiButton fill onClick={save} isLoading={saving} data-test-subj="create-connector-flyout-save-btn">
                Save
              </EuiButton>
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
