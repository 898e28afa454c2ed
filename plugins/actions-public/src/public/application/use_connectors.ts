import {
  BASE_ACTION_API_PATH,
  type ConnectorListItemResponse,
  type ConnectorTypeResponse,
  getAllConnectorTypesResponseCodec,
  getAllConnectorsResponseCodec,
} from '@kbn/actions-common';
import type { HttpSetup } from '@kbn/core-public';
import { useCallback, useEffect, useState } from 'react';

export type ConnectorsState =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'loaded'; connectors: ConnectorListItemResponse[]; connectorTypes: ConnectorTypeResponse[] };

/** The space's connectors and the connector types, fetched together; `reload` after a change. */
export function useConnectors(http: HttpSetup): { state: ConnectorsState; reload(): void } {
  const [state, setState] = useState<ConnectorsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    Promise.all([
      http.get(`${BASE_ACTION_API_PATH}/connectors`, { codec: getAllConnectorsResponseCodec }),
      http.get(`${BASE_ACTION_API_PATH}/connector_types`, { codec: getAllConnectorTypesResponseCodec }),
    ]).then(
      ([connectors, connectorTypes]) => current && setState({ status: 'loaded', connectors, connectorTypes }),
      (error: Error) => current && setState({ status: 'error', error })
    );
    return () => {
      current = false;
    };
  }, [http, generation]);

  return { state, reload: useCallback(() => setGeneration((n) => n + 1), []) };
}
