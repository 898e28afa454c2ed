import { schema } from '@kbn/config-schema';
import { INTERNAL_BASE_ACTION_API_PATH } from '@kbn/actions-common';
import type { IRouter, KibanaRequest } from '@kbn/core-server';
import type { IEventLogClient } from '@kbn/event-log/server';

const statuses = schema.oneOf([schema.literal('success'), schema.literal('failure'), schema.literal('warning'), schema.literal('unknown'), schema.literal('running')]);

/**
 * Kibana's filter is a KQL string; here it is the structured match the connector logs UI builds:
 * statuses, connector ids and types, and a text search.
 */
const filterSchema = schema.maybe(
  schema.object({
    outcome: schema.maybe(schema.arrayOf(statuses)),
    connector_id: schema.maybe(schema.arrayOf(schema.string())),
    connector_type_id: schema.maybe(schema.arrayOf(schema.string())),
    message: schema.maybe(schema.string()),
  })
);

const scope = {
  date_start: schema.string(),
  date_end: schema.maybe(schema.string()),
  filter: filterSchema,
  namespaces: schema.maybe(schema.arrayOf(schema.string())),
};

const logsBodySchema = schema.object({
  ...scope,
  page: schema.number({ defaultValue: 1, min: 1 }),
  per_page: schema.number({ defaultValue: 10, min: 1 }),
  sort: schema.arrayOf(schema.recordOf(schema.string(), schema.object({ order: schema.oneOf([schema.literal('asc'), schema.literal('desc')]) })), {
    defaultValue: [{ timestamp: { order: 'desc' } }],
  }),
});

const kpiBodySchema = schema.object(scope);

/** The connector logs UI's queries: executions a page at a time, and counts by status. */
export function executionLogsRoutes({ router, getEventLogClient }: { router: IRouter; getEventLogClient(request: KibanaRequest): Promise<IEventLogClient> }): void {
  router.post(
    { path: `${INTERNAL_BASE_ACTION_API_PATH}/_global_connector_execution_logs`, validate: { body: logsBodySchema }, options: { access: 'internal' } },
    async (_context, request, response) => {
      const { date_start: start, date_end: end, filter, namespaces, page, per_page: perPage, sort } = request.body;
      const client = await getEventLogClient(request);
      return response.ok({ body: { ...(await client.getExecutionLogs({ start, end, filter, namespaces, page, perPage, sort })) } });
    }
  );
  router.post(
    { path: `${INTERNAL_BASE_ACTION_API_PATH}/_global_connector_execution_kpi`, validate: { body: kpiBodySchema }, options: { access: 'internal' } },
    async (_context, request, response) => {
      const { date_start: start, date_end: end, filter, namespaces } = request.body;
      const client = await getEventLogClient(request);
      return response.ok({ body: { ...(await client.getExecutionKpi({ start, end, filter, namespaces })) } });
    }
  );
}
