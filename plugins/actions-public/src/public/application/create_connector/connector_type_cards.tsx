import { EuiCard, EuiFieldSearch, EuiFlexGrid, EuiFlexItem, EuiIcon, EuiSpacer, EuiToolTip } from '@elastic/eui';
import type { ConnectorTypeResponse } from '@kbn/actions-common';
import { useState } from 'react';
import type { ConnectorTypeModel } from '../../types';

export interface SelectableConnectorType {
  type: ConnectorTypeResponse;
  model: ConnectorTypeModel;
}

/** Why a type cannot be picked, in Kibana's words; undefined when it can. */
export function disabledReason(type: ConnectorTypeResponse): string | undefined {
  if (!type.enabled_in_config) return 'This connector is disabled in the Kibana configuration.';
  if (!type.enabled_in_license) {
    const license = type.minimum_license_required;
    return `This connector requires a ${license[0].toUpperCase()}${license.slice(1)} license.`;
  }
  if (!type.enabled) return 'This connector is disabled.';
  return undefined;
}

export function ConnectorTypeCards({ types, onSelect }: { types: SelectableConnectorType[]; onSelect(type: SelectableConnectorType): void }) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = types.filter(
    ({ type, model }) => !needle || type.name.toLowerCase().includes(needle) || model.selectMessage.toLowerCase().includes(needle)
  );
  return (
    <>
      <EuiFieldSearch placeholder="Search" aria-label="Search connector types" value={query} onChange={(event) => setQuery(event.target.value)} fullWidth incremental />
      <EuiSpacer size="m" />
      <EuiFlexGrid columns={3} gutterSize="m">
        {shown.map((selectable) => {
          const reason = disabledReason(selectable.type);
          const card = (
            <EuiCard
              titleSize="xs"
              title={selectable.type.name}
              description={selectable.model.selectMessage}
              icon={<EuiIcon size="xl" type={selectable.model.iconClass} />}
              isDisabled={reason !== undefined}
              onClick={() => onSelect(selectable)}
              data-test-subj={`${selectable.type.id}-card`}
            />
          );
          return (
            <EuiFlexItem key={selectable.type.id}>
              {reason ? (
                <EuiToolTip position="top" content={reason}>
                  {card}
                </EuiToolTip>
              ) : (
                card
              )}
            </EuiFlexItem>
          );
        })}
      </EuiFlexGrid>
    </>
  );
}
