import * as t from 'io-ts';
import { isoDateStringCodec } from './iso_date_string';

/**
 * What `POST /api/actions/connector/{id}/_execute` returns with status 200. A connector that failed
 * still answers 200, with `status: 'error'`: `message` says what failed, `service_message` what the
 * outside service said, `retry` whether (true), not (false or null) or when (the date) it is worth
 * trying again, and `errorSource` (camelCase, as Kibana sends it) whose fault it was.
 */
export const connectorExecuteResponseCodec = t.intersection(
  [
    t.type({
      connector_id: t.string,
      status: t.keyof({ ok: null, error: null }),
    }),
    t.partial({
      data: t.unknown,
      message: t.string,
      service_message: t.string,
      retry: t.union([t.boolean, isoDateStringCodec, t.null], 'boolean | IsoDateString | null'),
      errorSource: t.keyof({ user: null, framework: null }),
    }),
  ],
  'ConnectorExecuteResponse'
);

export type ConnectorExecuteResponse = t.TypeOf<typeof connectorExecuteResponseCodec>;
