import { sql } from 'kysely';
import { TaskStatus } from '../task';
import { TASK_TABLE, type TaskDb, toBoolean } from '../store/task_table';
import type { StorageDialect } from '@kbn/core-server';

export interface WorkloadValue {
  count: number;
  task_types: Record<string, { count: number; status: Record<string, number> }>;
  non_recurring: number;
  /** `[interval, count]` pairs of recurring tasks, most frequent interval first. */
  schedule: Array<[string, number]>;
  /** Enabled idle tasks past their runAt, and claims past their lease. */
  overdue: number;
  overdue_non_recurring: number;
  /** Distinct processes holding claims right now. */
  owner_ids: number;
}

/** The tasks in the store, counted in two grouped queries (Kibana's workload section). */
export async function readWorkload(db: TaskDb, dialect: StorageDialect, now = Date.now()): Promise<WorkloadValue> {
  const enabled = toBoolean(dialect, true);
  const overdue = sql<number>`sum(case when enabled = ${enabled} and ((status = ${TaskStatus.Idle} and run_at <= ${now}) or (status in (${TaskStatus.Claiming}, ${TaskStatus.Running}) and retry_at <= ${now})) then 1 else 0 end)`;
  const groups = await db
    .selectFrom(TASK_TABLE)
    .select(['task_type', 'status', 'schedule_interval'])
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), overdue.as('overdue')])
    .groupBy(['task_type', 'status', 'schedule_interval'])
    .execute();
  const owners = await db
    .selectFrom(TASK_TABLE)
    .select((eb) => eb.fn.count<number | string>('owner_id').distinct().as('owners'))
    .where('owner_id', 'is not', null)
    .executeTakeFirst();

  const value: WorkloadValue = { count: 0, task_types: {}, non_recurring: 0, schedule: [], overdue: 0, overdue_non_recurring: 0, owner_ids: Number(owners?.owners ?? 0) };
  const schedules = new Map<string, number>();
  for (const group of groups) {
    const count = Number(group.count);
    const late = Number(group.overdue ?? 0);
    value.count += count;
    value.overdue += late;
    const type = (value.task_types[group.task_type] ??= { count: 0, status: {} });
    type.count += count;
    type.status[group.status] = (type.status[group.status] ?? 0) + count;
    if (group.schedule_interval === null) {
      value.non_recurring += count;
      value.overdue_non_recurring += late;
    } else {
      schedules.set(group.schedule_interval, (schedules.get(group.schedule_interval) ?? 0) + count);
    }
  }
  value.schedule = [...schedules.entries()].sort((a, b) => b[1] - a[1]);
  return value;
}
