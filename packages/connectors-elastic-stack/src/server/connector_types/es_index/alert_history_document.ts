/** The id the actions plugin gives its alert history connector (Kibana's `AlertHistoryEsIndexConnectorId`). */
export const ALERT_HISTORY_ES_INDEX_CONNECTOR_ID = 'preconfigured-alert-history-es-index';

type Variables = Record<string, unknown>;

const isFilled = (value: unknown): boolean => value !== undefined && value !== null && value !== '' && !(typeof value === 'object' && Object.keys(value).length === 0);
/** `{ key: value }` when the value is filled, `{}` otherwise, for spreading. */
const whenFilled = (key: string, value: unknown): Variables => (isFilled(value) ? { [key]: value } : {});

/**
 * The alert history document Kibana writes for a rule action on the alert history connector,
 * built from the rule's action variables (`date`, `rule`, `alert`, `context`, `params`, `tags`).
 * Rule params and context are keyed by the rule type (dots as `__`), so types do not clash in the
 * mapping. Null when the variables do not describe a rule's alert.
 */
export function buildAlertHistoryDocument(variables: Variables): Variables | null {
  const rule = variables.rule as Variables | undefined;
  const alert = variables.alert as Variables | undefined;
  if (!rule || !alert || typeof rule.type !== 'string' || rule.type === '') return null;

  const ruleType = rule.type.replace(/\./g, '__');
  const context = variables.context as Variables | undefined;
  const tags = variables.tags as unknown[] | undefined;
  const ruleFields = {
    ...whenFilled('id', rule.id),
    ...whenFilled('name', rule.name),
    ...(isFilled(variables.params) ? { params: { [ruleType]: variables.params } } : {}),
    ...whenFilled('space', rule.spaceId),
    type: rule.type,
  };
  const alertFields = {
    ...whenFilled('id', alert.id),
    ...(isFilled(context) ? { context: { [ruleType]: context } } : {}),
    ...whenFilled('actionGroup', alert.actionGroup),
    ...whenFilled('actionGroupName', alert.actionGroupName),
  };
  return {
    '@timestamp': typeof variables.date === 'string' && variables.date !== '' ? variables.date : new Date().toISOString(),
    ...(Array.isArray(tags) && tags.length > 0 ? { tags } : {}),
    ...whenFilled('message', context?.message),
    rule: ruleFields,
    ...(isFilled(alertFields) ? { kibana: { alert: alertFields } } : {}),
    event: { kind: 'alert' },
  };
}
