import {
  EuiBadge,
  EuiButton,
  EuiFlexGroup,
  EuiFlexItem,
  EuiIcon,
  EuiInMemoryTable,
  EuiLink,
  type EuiBasicTableColumn,
  type EuiSearchBarProps,
} from '@elastic/eui';
import type { ConnectorListItemResponse, ConnectorTypeResponse } from '@kbn/actions-common';
import { useMemo, useState } from 'react';
import type { ConnectorTypeRegistry } from '../../types';

export interface ConnectorsListProps {
  connectors: ConnectorListItemResponse[];
  connectorTypes: ConnectorTypeResponse[];
  connectorTypeRegistry: ConnectorTypeRegistry;
  onDelete(ids: string[]): void;
  onEdit(connector: ConnectorListItemResponse): void;
}

interface Row extends ConnectorListItemResponse {
  typeName: string;
}

/** The table of the space's connectors: search, type filter, sorting, paging and selection to delete. */
export function ConnectorsList({ connectors, connectorTypes, connectorTypeRegistry, onDelete, onEdit }: ConnectorsListProps) {
  const [selection, setSelection] = useState<Row[]>([]);
  const typeNames = useMemo(() => new Map(connectorTypes.map((type) => [type.id, type.name])), [connectorTypes]);
  const rows: Row[] = useMemo(
    () => connectors.map((connector) => ({ ...connector, typeName: typeNames.get(connector.connector_type_id) ?? connector.connector_type_id })),
    [connectors, typeNames]
  );

  const columns: Array<EuiBasicTableColumn<Row>> = [
    {
      field: 'name',
      name: 'Name',
      sortable: true,
      truncateText: true,
      render: (name: string, row: Row) => (
        <EuiFlexGroup gutterSize="s" alignItems="center" wrap responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiLink onClick={() => onEdit(row)} data-test-subj={`edit${row.id}`} aria-label={`Edit ${name}`}>
              {name}
            </EuiLink>
          </EuiFlexItem>
          {row.is_preconfigured && (
            <EuiFlexItem grow={false}>
              <EuiBadge color="hollow" data-test-subj="preConfiguredTitleMessage">
                Preconfigured
              </EuiBadge>
            </EuiFlexItem>
          )}
          {(row.is_deprecated || row.is_connector_type_deprecated) && (
            <EuiFlexItem grow={false}>
              <EuiBadge color="warning">Deprecated</EuiBadge>
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
      ),
    },
    {
      field: 'typeName',
      name: 'Type',
      sortable: true,
      render: (typeName: string, row: Row) => {
        const model = connectorTypeRegistry.has(row.connector_type_id) ? connectorTypeRegistry.get(row.connector_type_id) : undefined;
        return (
          <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
            <EuiFlexItem grow={false}>
              <EuiIcon type={model?.iconClass ?? 'plugs'} aria-hidden />
            </EuiFlexItem>
            <EuiFlexItem grow={false}>{typeName}</EuiFlexItem>
          </EuiFlexGroup>
        );
      },
    },
    {
      name: '',
      width: '80px',
      render: (row: Row) =>
        row.is_missing_secrets ? (
          <EuiButton size="s" color="warning" iconType="warning" onClick={() => onEdit(row)} data-test-subj="fixButton" aria-label={`Fix ${row.name}`}>
            Fix
          </EuiButton>
        ) : null,
    },
    {
      name: 'Actions',
      width: '80px',
      actions: [
        {
          name: 'Delete',
          description: 'Delete this connector',
          icon: 'trash',
          color: 'danger',
          type: 'icon',
          available: (row: Row) => !row.is_preconfigured,
          onClick: (row: Row) => onDelete([row.id]),
          'data-test-subj': 'deleteConnector',
        },
      ],
    },
  ];

  const typeCounts = new Map<string, number>();
  for (const row of rows) typeCounts.set(row.connector_type_id, (typeCounts.get(row.connector_type_id) ?? 0) + 1);

  const search: EuiSearchBarProps = {
    box: { incremental: true, placeholder: 'Search', 'aria-label': 'Search connectors', schema: { strict: false, fields: { name: { type: 'string' }, typeName: { type: 'string' } } } },
    filters: [
      {
        type: 'field_value_selection',
        field: 'connector_type_id',
        name: 'Type',
        multiSelect: 'or',
        options: [...typeCounts.keys()].sort().map((id) => ({
          value: id,
          name: typeNames.get(id) ?? id,
          view: `${typeNames.get(id) ?? id} (${typeCounts.get(id)})`,
        })),
      },
    ],
    toolsLeft:
      selection.length > 0
        ? [
            <EuiButton key="delete" color="danger" iconType="trash" onClick={() => onDelete(selection.map((row) => row.id))} data-test-subj="bulkDelete">
              {`Delete ${selection.length} ${selection.length === 1 ? 'connector' : 'connectors'}`}
            </EuiButton>,
          ]
        : undefined,
  };

  return (
    <EuiInMemoryTable<Row>
      items={rows}
      itemId="id"
      columns={columns}
      search={search}
      sorting={{ sort: { field: 'name', direction: 'asc' } }}
      pagination={{ initialPageSize: 10, pageSizeOptions: [10, 20, 50] }}
      selection={{
        selectable: (row) => !row.is_preconfigured,
        selectableMessage: (selectable) => (selectable ? '' : 'Preconfigured connectors cannot be deleted'),
        onSelectionChange: setSelection,
      }}
      tableCaption="Connectors"
      data-test-subj="actionsTable"
      rowProps={(row) => ({ 'data-test-subj': `connectors-row-${row.id}` })}
    />
  );
}
