import { renderMustacheObject, type ConnectorType } from '@kbn/connector-sdk';
import type { Logger } from '@kbn/core-server';

/**
 * Fills the mustache templates of params with the caller's variables (a rule's context, say):
 * the type's own renderer when it has one (it knows how to escape its fields), otherwise every
 * string, as Kibana's alerting does before it queues or runs connectors.
 */
export function renderParams(type: ConnectorType, logger: Logger, params: Record<string, unknown>, variables: Record<string, unknown> | undefined, actionId: string) {
  if (!variables) return params;
  return type.renderParameterTemplates ? type.renderParameterTemplates(logger, params, variables, actionId) : renderMustacheObject(logger, params, variables);
}
