import * as t from 'io-ts';

/** The license levels a connector type can require, lowest first. */
export const licenseTypeCodec = t.keyof({
  basic: null,
  standard: null,
  gold: null,
  platinum: null,
  enterprise: null,
  trial: null,
});

export type LicenseType = t.TypeOf<typeof licenseTypeCodec>;

/**
 * One item of `GET /api/actions/connector_types`. `supported_feature_ids` stays a list of strings,
 * as Kibana's schema has it, so a type declaring a feature this client does not know still decodes.
 */
export const connectorTypeResponseCodec = t.intersection(
  [
    t.type({
      id: t.string,
      name: t.string,
      enabled: t.boolean,
      enabled_in_config: t.boolean,
      enabled_in_license: t.boolean,
      minimum_license_required: licenseTypeCodec,
      supported_feature_ids: t.array(t.string),
      is_system_action_type: t.boolean,
      is_deprecated: t.boolean,
    }),
    t.partial({
      /** Types grouped under a sub-feature privilege (SentinelOne, CrowdStrike, Defender). */
      sub_feature: t.literal('endpointSecurity'),
      /** System action types only: may a rule use several actions of this type? */
      allow_multiple_system_actions: t.boolean,
      /** Newest Kibana: where the type is defined (kibana.yml, a connector spec, or the stack). */
      source: t.keyof({ yml: null, spec: null, stack: null }),
    }),
  ],
  'ConnectorTypeResponse'
);

export type ConnectorTypeResponse = t.TypeOf<typeof connectorTypeResponseCodec>;

export const getAllConnectorTypesResponseCodec = t.array(
  connectorTypeResponseCodec,
  'GetAllConnectorTypesResponse'
);

export type GetAllConnectorTypesResponse = t.TypeOf<typeof getAllConnectorTypesResponseCodec>;
