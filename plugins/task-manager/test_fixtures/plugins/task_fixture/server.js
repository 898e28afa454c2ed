// Registers task types for the taskManager tests. What a run does is chosen by the task's params:
//   outcome: 'ok' (default) | 'throw' | 'retry-date' | 'retry-true' | 'retry-false' | 'unrecoverable'
//            | 'result-error' | 'sync-throw' | 'create-throw' | 'reject-string' | 'hang' | 'sleep'
//   failTimes: fail only while attempts <= failTimes (then succeed); default: always
//   retryInMs: the retry date of 'retry-date'; sleepMs: how long 'sleep' takes
//   stopAfter: a recurring task deletes itself after this many runs
// Every run is recorded in the start contract, per server (two servers in one process each have theirs).
const { throwRetryableError, throwUnrecoverableError } = require('@kbn/task-manager/server');

function createRunner(record) {
  return ({ taskInstance, abortController }) => {
    const { params, state, attempts } = taskInstance;
    const outcome = params.outcome ?? 'ok';
    const failing = params.failTimes === undefined || attempts <= params.failTimes;
    if (outcome === 'create-throw' && failing) throw new Error('could not create the runner');
    const entry = { id: taskInstance.id, taskType: taskInstance.taskType, attempts, params, state, at: Date.now(), aborted: false, cancelled: false };
    record.runs.push(entry);
    abortController.signal.addEventListener('abort', () => (entry.aborted = true));
    return {
      async cancel() {
        entry.cancelled = true;
      },
      run() {
        if (outcome === 'sync-throw' && failing) throw new Error('thrown synchronously');
        const work = async () => {
          if (failing) {
            switch (outcome) {
              case 'throw':
                throw new Error(`failed attempt ${attempts}`);
              case 'reject-string':
                throw 'not an error object';
              case 'retry-date':
                throwRetryableError(new Error(`retry at a date, attempt ${attempts}`), new Date(Date.now() + (params.retryInMs ?? 50)));
              case 'retry-true':
                throwRetryableError(new Error(`retry with backoff, attempt ${attempts}`), true);
              case 'retry-false':
                throwRetryableError(new Error('do not retry'), false);
              case 'unrecoverable':
                throwUnrecoverableError(new Error('cannot ever work'));
              case 'result-error':
                return { error: new Error('the run failed'), state: { failedAt: attempts } };
              case 'hang':
                // Ignores the abort signal on purpose: the task manager must not wait for it.
                return new Promise(() => undefined);
              case 'sleep':
                await new Promise((resolve) => setTimeout(resolve, params.sleepMs ?? 100));
                break;
            }
          }
          if (taskInstance.schedule) {
            const count = (state.count ?? 0) + 1;
            if (params.stopAfter !== undefined && count >= params.stopAfter) return { shouldDeleteTask: true };
            return { state: { count } };
          }
          return undefined;
        };
        return work().finally(() => (entry.finishedAt = Date.now()));
      },
    };
  };
}

exports.plugin = () => {
  const record = { runs: [] };
  return {
    setup(_core, { taskManager }) {
      const createTaskRunner = createRunner(record);
      taskManager.registerTaskDefinitions({
        'fixture:task': { title: 'Fixture task', description: 'Does what its params say', createTaskRunner },
        'fixture:limited': { title: 'Fixture task with two attempts', maxAttempts: 2, createTaskRunner },
        'fixture:quick-timeout': { title: 'Fixture task with a 1s timeout', timeout: '1s', createTaskRunner },
        'fixture:single': { title: 'Fixture task, one at a time', maxConcurrency: 1, createTaskRunner },
      });
      return {};
    },
    start() {
      return record;
    },
  };
};
