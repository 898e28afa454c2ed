import type { ActionExecutionSource, ConnectorTypeExecutorResult, ConnectorUsage } from '@kbn/connector-sdk';
import type { IEvent } from '@kbn/event-log/server';
import type { ExecutableConnector } from './connector_loader';

export const EVENT_LOG_PROVIDER = 'actions';
export const EVENT_LOG_ACTIONS = { execute: 'execute', executeStart: 'execute-start', executeTimeout: 'execute-timeout' } as const;

export interface ExecutionEventContext {
  connector: ExecutableConnector;
  spaceId: string;
  executionId: string;
  source?: ActionExecutionSource;
  /** For queued runs: when the task was due. */
  taskScheduledAt?: Date;
  relatedSavedObjects?: Array<{ id: string; type: string; typeId?: string; namespace?: string }>;
  consumer?: string;
  user?: { name?: string; id?: string };
}

const label = ({ connector }: ExecutionEventContext) => `${connector.actionTypeId}:${connector.id}: ${connector.name}`;

/** The fields the `execute-start` and `execute` events share, as Kibana writes them. */
function baseEvent(context: ExecutionEventContext, action: string): IEvent {
  const { connector, spaceId, executionId, source, taskScheduledAt, relatedSavedObjects, consumer } = context;
  const inMemory = connector.isPreconfigured || connector.isSystemAction;
  const now = Date.now();
  return {
    event: { action, kind: 'action' },
    kibana: {
      saved_objects: [
        {
          rel: 'primary',
          type: 'action',
          id: connector.id,
          type_id: connector.actionTypeId,
          ...(inMemory ? { space_agnostic: true } : spaceId !== 'default' ? { namespace: spaceId } : {}),
        },
        ...(relatedSavedObjects ?? []).map((related) => ({ rel: 'primary', type: related.type, id: related.id, type_id: related.typeId, namespace: related.namespace })),
      ],
      space_ids: [spaceId],
      action: {
        name: connector.name,
        id: connector.id,
        type_id: connector.actionTypeId,
        execution: { uuid: executionId, ...(source ? { source: source.type.toLowerCase() } : {}) },
      },
      ...(taskScheduledAt
        ? { task: { scheduled: taskScheduledAt.toISOString(), schedule_delay: (BigInt(Math.max(0, now - taskScheduledAt.getTime())) * 1_000_000n).toString() } }
        : {}),
      ...(consumer ? { alert: { rule: { consumer } } } : {}),
    },
    ...(context.user ? { user: context.user } : {}),
  };
}

export function executeStartEvent(context: ExecutionEventContext): IEvent {
  return { ...baseEvent(context, EVENT_LOG_ACTIONS.executeStart), message: `action started: ${label(context)}` };
}

/** `message[: serviceMessage][; retry at <date>|; retry: <bool>]`, as Kibana puts it in `error.message`. */
function errorMessage(result: ConnectorTypeExecutorResult): string {
  let message = result.message ?? 'action execution failure';
  if (result.serviceMessage) message += `: ${result.serviceMessage}`;
  if (result.retry instanceof Date) message += `; retry at ${result.retry.toISOString()}`;
  else if (result.retry !== undefined && result.retry !== null) message += `; retry: ${JSON.stringify(result.retry)}`;
  return message;
}

/** The `execute` event: outcome, the error and what the connector sent (timing is added by the logger). */
export function executeEvent(context: ExecutionEventContext, result: ConnectorTypeExecutorResult, usage: ConnectorUsage): IEvent {
  const event = baseEvent(context, EVENT_LOG_ACTIONS.execute);
  const ok = result.status === 'ok';
  const execution = event.kibana!.action!.execution!;
  execution.usage = { request_body_bytes: usage.requestBodyBytes };
  if (usage.genAi.totalTokens > 0) {
    execution.gen_ai = { usage: { prompt_tokens: usage.genAi.promptTokens, completion_tokens: usage.genAi.completionTokens, total_tokens: usage.genAi.totalTokens } };
  }
  return {
    ...event,
    event: { ...event.event, outcome: ok ? 'success' : 'failure' },
    message: ok ? `action executed: ${label(context)}` : `action execution failure: ${label(context)}`,
    ...(ok ? {} : { error: { message: errorMessage(result) } }),
  };
}

/** The `execute` event of a queued run whose connector could not be loaded (deleted meanwhile). */
export function connectorNotLoadedEvent(actionId: string, spaceId: string, executionId: string, error: unknown): IEvent {
  return {
    event: { action: EVENT_LOG_ACTIONS.execute, kind: 'action', outcome: 'failure' },
    kibana: {
      saved_objects: [{ rel: 'primary', type: 'action', id: actionId, ...(spaceId !== 'default' ? { namespace: spaceId } : {}) }],
      space_ids: [spaceId],
      action: { id: actionId, execution: { uuid: executionId } },
    },
    message: `action execution failure: ${actionId}`,
    error: { message: error instanceof Error ? error.message : String(error) },
  };
}
