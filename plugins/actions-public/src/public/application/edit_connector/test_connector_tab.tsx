import { EuiButton, EuiCallOut, EuiCodeBlock, EuiFormRow, EuiSpacer, EuiTextArea } from '@elastic/eui';
import { BASE_ACTION_API_PATH, type ConnectorExecuteResponse, connectorExecuteResponseCodec } from '@kbn/actions-common';
import type { HttpSetup } from '@kbn/core-public';
import { useState } from 'react';
import type { ConnectorTypeModel } from '../../types';

export const PARAMS_NOT_AN_OBJECT_MESSAGE = 'Params must be a JSON object.';

function parseParams(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the connector with params: the type's params form when it has one, JSON otherwise. The
 * result is shown as Kibana does: success, or the error with the service's message.
 */
export function TestConnectorTab({ http, connectorId, model }: { http: HttpSetup; connectorId: string; model: ConnectorTypeModel }) {
  const [params, setParams] = useState<Record<string, unknown>>({});
  const [json, setJson] = useState('{}');
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ConnectorExecuteResponse | { status: 'error'; message: string; connector_id: string }>();
  const ParamsFields = model.actionParamsFields;
  const parsed = ParamsFields ? params : parseParams(json);

  const run = async () => {
    if (!parsed) return;
    setRunning(true);
    try {
      setResult(
        await http.post(`${BASE_ACTION_API_PATH}/connector/${encodeURIComponent(connectorId)}/_execute`, {
          body: { params: parsed },
          codec: connectorExecuteResponseCodec,
        })
      );
    } catch (error) {
      setResult({ status: 'error', connector_id: connectorId, message: (error as Error).message });
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      {ParamsFields ? (
        <ParamsFields params={params} onChange={setParams} />
      ) : (
        <EuiFormRow label="Action params" helpText="The params of one run, as JSON." isInvalid={!parsed} error={parsed ? undefined : PARAMS_NOT_AN_OBJECT_MESSAGE} fullWidth>
          <EuiTextArea fullWidth rows={6} value={json} onChange={(event) => setJson(event.target.value)} isInvalid={!parsed} data-test-subj="testConnectorParams" />
        </EuiFormRow>
      )}
      <EuiSpacer size="m" />
      <EuiButton iconType="play" onClick={run} isLoading={running} isDisabled={!parsed} data-test-subj="executeActionButton">
        Run
      </EuiButton>
      <EuiSpacer size="m" />
      {result?.status === 'ok' && (
        <EuiCallOut title="Test was successful" color="success" iconType="check" data-test-subj="executionSuccessfulResult">
          {result.data !== undefined && <EuiCodeBlock language="json">{JSON.stringify(result.data, null, 2)}</EuiCodeBlock>}
        </EuiCallOut>
      )}
      {result?.status === 'error' && (
        <EuiCallOut title="Test failed to run" color="danger" iconType="error" role="alert" data-test-subj="executionFailedResult">
          <p>The following error was found:</p>
          <p>{result.message}</p>
          {'service_message' in result && result.service_message && <p>Details: {result.service_message}</p>}
        </EuiCallOut>
      )}
    </>
  );
}
