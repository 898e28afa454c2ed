import type { ActionExecutionSourceType } from '@kbn/connector-sdk';
import type { EncryptedSavedObjectsClient } from '@kbn/encrypted-saved-objects/server';
import type { ISavedObjectsRepository, Logger } from '@kbn/core-server';
import { throwRetryableError, throwUnrecoverableError, type CancellableTask, type RunContext } from '@kbn/task-manager/server';
import { ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE, type RawActionTaskParams } from '../saved_objects/action_task_params_type';
import type { ActionExecutor } from './action_executor';

export interface TaskRunnerDeps {
  executor: ActionExecutor;
  encryptedClient: EncryptedSavedObjectsClient;
  /** The internal repository, to remove a run's params once it will not run again. */
  repository: ISavedObjectsRepository;
  logger: Logger;
  /** Attempts the task type allows (as registered with the task manager). */
  maxAttempts(taskType: string): number;
}

interface ActionTaskParams {
  spaceId: string;
  actionTaskParamsId: string;
}

/**
 * Runs one queued execution: reads its params (decrypted), executes, then tells the task manager
 * what Kibana's runner does: `retry: true` or a Date retries while attempts remain, anything else
 * ends the task (a failed run counts as a failure in health). Params are removed once the run is final.
 */
export function createActionTaskRunner(deps: TaskRunnerDeps, { taskInstance, abortController }: RunContext): CancellableTask {
  return {
    run: async () => {
      const { spaceId, actionTaskParamsId } = taskInstance.params as unknown as ActionTaskParams;
      let stored: RawActionTaskParams;
      try {
        stored = (await deps.encryptedClient.getDecryptedAsInternalUser<RawActionTaskParams>(ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE, actionTaskParamsId, { namespace: spaceId })).attributes;
      } catch (error) {
        deps.logger.error(`Failed to load the params of queued action task ${taskInstance.id}: ${(error as Error).message}`);
        throwUnrecoverableError(error as Error);
      }
      const maxAttempts = deps.maxAttempts(taskInstance.taskType);
      const isLastAttempt = taskInstance.attempts >= maxAttempts;
      let result;
      try {
        result = await deps.executor.execute({
          actionId: stored.actionId,
          params: stored.params,
          spaceId,
          executionId: stored.executionId,
          consumer: stored.consumer,
          relatedSavedObjects: stored.relatedSavedObjects,
          source: stored.source ? { type: stored.source as ActionExecutionSourceType, source: {} } : { type: 'BACKGROUND_TASK', source: {} },
          signal: abortController.signal,
          taskInfo: { scheduledAt: taskInstance.runAt, attempts: taskInstance.attempts, isLastAttempt },
        });
      } catch (error) {
        // The connector is gone or its type disabled: retrying cannot help.
        deps.logger.error(`Action '${stored.actionId}' failed: ${(error as Error).message}`);
        await removeParams(deps, actionTaskParamsId, spaceId);
        throwUnrecoverableError(error as Error);
      }
      const wantsRetry = result.status === 'error' && (result.retry === true || result.retry instanceof Date);
      if (wantsRetry && !isLastAttempt) throwRetryableError(new Error(result.message ?? 'action execution failure'), result.retry as Date | boolean);
      await removeParams(deps, actionTaskParamsId, spaceId);
      return result.status === 'error' ? { error: new Error(result.message ?? 'action execution failure') } : {};
    },
  };
}

async function removeParams(deps: TaskRunnerDeps, id: string, spaceId: string): Promise<void> {
  try {
    await deps.repository.delete(ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE, id, { namespace: spaceId });
  } catch (error) {
    deps.logger.warn(`Could not remove the params of a finished queued action (${id}): ${(error as Error).message}`);
  }
}
