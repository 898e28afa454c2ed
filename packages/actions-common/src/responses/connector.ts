import * as t from 'io-ts';

const connectorConfigCodec = t.record(t.string, t.unknown, 'Record<string, unknown>');

/**
 * A connector as `GET /api/actions/connector/{id}`, create and update return it. Secrets are never
 * part of it. A preconfigured connector comes without `config` and `is_missing_secrets` unless its
 * `exposeConfig` is set. Keys this codec does not know are kept, not refused, so a client keeps
 * working against a newer server.
 */
export const connectorResponseCodec = t.intersection(
  [
    t.type({
      id: t.string,
      name: t.string,
      connector_type_id: t.string,
      is_preconfigured: t.boolean,
      is_deprecated: t.boolean,
      is_system_action: t.boolean,
    }),
    t.partial({
      config: connectorConfigCodec,
      is_missing_secrets: t.boolean,
      /** Always sent by Kibana 9.x; missing from older servers. */
      is_connector_type_deprecated: t.boolean,
      /** Newest Kibana: whose credentials the connector uses (`'shared'`). */
      auth_mode: t.string,
    }),
  ],
  'ConnectorResponse'
);

export type ConnectorResponse = t.TypeOf<typeof connectorResponseCodec>;

/**
 * One item of `GET /api/actions/connectors` (and of the internal list, which adds system actions):
 * a connector and how many saved objects reference it (not counted for preconfigured ones: 0).
 */
export const connectorListItemResponseCodec = t.intersection(
  [
    connectorResponseCodec,
    t.type({ referenced_by_count: t.number }),
    t.partial({
      /** Newest Kibana, on the list only: whether the connector receives inbound events. */
      inbound_events_enabled: t.boolean,
    }),
  ],
  'ConnectorListItemResponse'
);

export type ConnectorListItemResponse = t.TypeOf<typeof connectorListItemResponseCodec>;

export const getAllConnectorsResponseCodec = t.array(
  connectorListItemResponseCodec,
  'GetAllConnectorsResponse'
);

export type GetAllConnectorsResponse = t.TypeOf<typeof getAllConnectorsResponseCodec>;
