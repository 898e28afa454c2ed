import type { TaskDefinition } from '../task';
import { ClaimPlanner } from './claim_plan';

const definition = (type: string, maxConcurrency?: number): TaskDefinition => ({
  type,
  title: type,
  timeout: '5m',
  timeoutMs: 300_000,
  maxConcurrency,
  createTaskRunner: () => ({ run: async () => undefined }),
});

describe('ClaimPlanner', () => {
  test('uncapped types share one claim; capped types get their own, within their cap', () => {
    const planner = new ClaimPlanner([]);
    planner.update([definition('a'), definition('b'), definition('report', 2)]);
    expect(planner.plan(10, () => 0)).toEqual([
      { types: ['a', 'b'], limit: 10, capped: false },
      { types: ['report'], limit: 2, capped: true },
    ]);
    expect(planner.plan(10, (type) => (type === 'report' ? 2 : 0))).toEqual([{ types: ['a', 'b'], limit: 10, capped: false }]);
    expect(planner.plan(1, () => 0)).toEqual([
      { types: ['a', 'b'], limit: 1, capped: false },
      { types: ['report'], limit: 1, capped: true },
    ]);
  });

  test('unsafe.exclude_task_types patterns are never claimed', () => {
    const planner = new ClaimPlanner(['alerting:*', 'b']);
    planner.update([definition('alerting:rule'), definition('b'), definition('c')]);
    expect(planner.plan(5, () => 0)).toEqual([{ types: ['c'], limit: 5, capped: false }]);
  });
});
