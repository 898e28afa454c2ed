import { type ConcreteTaskInstance, TaskRunResult, TaskStatus } from '../task';
import { createRetryableError, throwUnrecoverableError } from './errors';
import { decideOutcome, nextRunAt } from './run_outcome';

const NOW = 1_000_000_000;

function task(overrides: Partial<ConcreteTaskInstance> = {}): ConcreteTaskInstance {
  return {
    id: 't',
    taskType: 'type',
    version: '2',
    params: {},
    state: { kept: true },
    status: TaskStatus.Running,
    runAt: new Date(NOW - 1000),
    scheduledAt: new Date(NOW - 5000),
    startedAt: new Date(NOW - 500),
    retryAt: new Date(NOW + 60_000),
    attempts: 1,
    ownerId: 'me',
    enabled: true,
    lastError: null,
    createdAt: new Date(NOW - 5000),
    updatedAt: new Date(NOW - 500),
    ...overrides,
  };
}

const unrecoverable = () => {
  try {
    throwUnrecoverableError(new Error('never'));
  } catch (error) {
    return error;
  }
};

describe('decideOutcome', () => {
  test('a one-off success is deleted; shouldDeleteTask deletes a recurring one', () => {
    expect(decideOutcome(task(), { ok: true, value: undefined }, 3, NOW)).toEqual({ action: 'delete', result: TaskRunResult.Success });
    expect(decideOutcome(task({ schedule: { interval: '1m' } }), { ok: true, value: { shouldDeleteTask: true } }, 3, NOW)).toEqual({ action: 'delete', result: TaskRunResult.Success });
  });

  test('a recurring success goes back to idle one interval after it started, with the new state and attempts reset', () => {
    const outcome = decideOutcome(task({ schedule: { interval: '1m' } }), { ok: true, value: { state: { n: 1 } } }, 3, NOW);
    expect(outcome).toEqual({
      action: 'update',
      result: TaskRunResult.Success,
      update: { status: TaskStatus.Idle, runAt: NOW - 500 + 60_000, state: { n: 1 }, schedule: { interval: '1m' }, attempts: 0, lastError: null },
    });
  });

  test('a returned runAt or schedule keeps even a one-off task', () => {
    const runAt = new Date(NOW + 5000);
    expect(decideOutcome(task(), { ok: true, value: { runAt } }, 3, NOW)).toMatchObject({ action: 'update', update: { status: TaskStatus.Idle, runAt: NOW + 5000, state: { kept: true } } });
    expect(decideOutcome(task(), { ok: true, value: { schedule: { interval: '10s' } } }, 3, NOW)).toMatchObject({ action: 'update', update: { schedule: { interval: '10s' } } });
  });

  test('a thrown error retries a one-off task with backoff while attempts remain, then fails it', () => {
    const error = { ok: false as const, error: new Error('boom'), timedOut: false };
    expect(decideOutcome(task({ attempts: 1 }), error, 3, NOW)).toMatchObject({
      result: TaskRunResult.RetryScheduled,
      update: { status: TaskStatus.Idle, runAt: NOW + 30_000, attempts: 1, lastError: 'boom', state: { kept: true } },
    });
    expect(decideOutcome(task({ attempts: 3 }), error, 3, NOW)).toMatchObject({ result: TaskRunResult.Failed, update: { status: TaskStatus.Failed, attempts: 3, lastError: 'boom' } });
  });

  test('a retryable date is used as is; false and unrecoverable fail at once', () => {
    const at = new Date(NOW + 42);
    expect(decideOutcome(task(), { ok: false, error: createRetryableError(new Error('x'), at), timedOut: false }, 3, NOW)).toMatchObject({ update: { runAt: NOW + 42 } });
    expect(decideOutcome(task(), { ok: false, error: createRetryableError(new Error('x'), false), timedOut: false }, 3, NOW)).toMatchObject({ result: TaskRunResult.Failed });
    expect(decideOutcome(task(), { ok: false, error: unrecoverable(), timedOut: false }, 3, NOW)).toMatchObject({ result: TaskRunResult.Failed, update: { lastError: 'never' } });
  });

  test('a failing recurring task runs again at its next interval (or at the retry date), never exhausting attempts', () => {
    const recurring = task({ schedule: { interval: '1m' }, attempts: 10 });
    expect(decideOutcome(recurring, { ok: false, error: new Error('x'), timedOut: false }, 3, NOW)).toMatchObject({
      result: TaskRunResult.RetryScheduled,
      update: { status: TaskStatus.Idle, runAt: NOW - 500 + 60_000, attempts: 10 },
    });
    expect(decideOutcome(recurring, { ok: false, error: unrecoverable(), timedOut: false }, 3, NOW)).toMatchObject({ result: TaskRunResult.Failed });
  });

  test('RunResult.error counts as Failed: a one-off task fails, a recurring one stays scheduled', () => {
    const value = { error: new Error('bad'), state: { s: 1 } };
    expect(decideOutcome(task(), { ok: true, value }, 3, NOW)).toMatchObject({ result: TaskRunResult.Failed, update: { status: TaskStatus.Failed, lastError: 'bad', state: { s: 1 } } });
    expect(decideOutcome(task({ schedule: { interval: '1m' } }), { ok: true, value }, 3, NOW)).toMatchObject({
      result: TaskRunResult.Failed,
      update: { status: TaskStatus.Idle, lastError: 'bad', state: { s: 1 } },
    });
  });

  test('nextRunAt never lies in the past', () => {
    expect(nextRunAt(task({ startedAt: new Date(NOW - 3_600_000) }), { interval: '1m' }, NOW)).toBe(NOW);
  });
});
