import * as t from 'io-ts';

/** `GET /api/actions/connector/{id}/_check_availability`: may a new connector take this id? */
export const connectorIdAvailabilityResponseCodec = t.type(
  { connectorIdAvailable: t.boolean },
  'ConnectorIdAvailabilityResponse'
);

export type ConnectorIdAvailabilityResponse = t.TypeOf<typeof connectorIdAvailabilityResponseCodec>;
