import { schema, type TypeOf } from '@kbn/config-schema';

/** Kibana's bounds on how many cases one run may open. */
export const MAX_OPEN_CASES = 20;
export const DEFAULT_MAX_OPEN_CASES = 5;
const TIME_WINDOW = /^[1-9][0-9]*[dwhm]$/;

/** An alert to attach: any document that says where it lives. */
const alertSchema = schema.recordOf(schema.string(), schema.any(), {
  validate: (alert) => {
    if (!Object.hasOwn(alert, '_id') || !Object.hasOwn(alert, '_index')) return 'Alert ID and index must be defined';
  },
});

const ruleSchema = schema.object({
  id: schema.string(),
  name: schema.string(),
  tags: schema.arrayOf(schema.string(), { defaultValue: [] }),
  ruleUrl: schema.nullable(schema.string()),
});

/** How long a grouped case stays the one alerts are added to: `7d`, `2w`, `12h`, at least `5m`. */
const timeWindowSchema = schema.string({
  defaultValue: '7d',
  validate: (value) => {
    if (!TIME_WINDOW.test(value)) return 'Not a valid time window';
    if (value.endsWith('m') && Number(value.slice(0, -1)) < 5) return 'Time window should be at least 5 minutes';
  },
});

const groupedAlertsSchema = schema.object({
  alerts: schema.arrayOf(alertSchema),
  comments: schema.maybe(schema.arrayOf(schema.string())),
  grouping: schema.recordOf(schema.string(), schema.any()),
  title: schema.maybe(schema.string()),
});

/** The case connector has no config and no secrets. */
export const configSchema = schema.object({});
export const secretsSchema = schema.object({});

/** Kibana's `CasesConnectorParamsSchema`: the one sub-action `run`, with what the rule hands it. */
export const paramsSchema = schema.object({
  subAction: schema.literal('run'),
  subActionParams: schema.object({
    alerts: schema.arrayOf(alertSchema),
    groupedAlerts: schema.nullable(schema.arrayOf(groupedAlertsSchema, { defaultValue: [], minSize: 0, maxSize: MAX_OPEN_CASES })),
    /** One field at most, for now (Kibana's limit). */
    groupingBy: schema.arrayOf(schema.string(), { minSize: 0, maxSize: 1 }),
    owner: schema.string(),
    rule: ruleSchema,
    timeWindow: timeWindowSchema,
    reopenClosedCases: schema.boolean({ defaultValue: false }),
    maximumCasesToOpen: schema.number({ defaultValue: DEFAULT_MAX_OPEN_CASES, min: 1, max: MAX_OPEN_CASES }),
    templateId: schema.nullable(schema.string()),
    autoPushCase: schema.maybe(schema.nullable(schema.boolean())),
    internallyManagedAlerts: schema.nullable(schema.boolean({ defaultValue: false })),
  }),
});

export type CasesConfig = TypeOf<typeof configSchema>;
export type CasesSecrets = TypeOf<typeof secretsSchema>;
export type CasesParams = TypeOf<typeof paramsSchema>;
