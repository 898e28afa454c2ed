import { errorResult, messageOf, successResult, type ConnectorTypeExecutor } from '@kbn/connector-sdk';
import type { KibanaRequest, Logger } from '@kbn/core-server';

/** One run of a system action, as its handler gets it. */
export interface SystemActionRun<Params> {
  actionId: string;
  params: Params;
  /** The request of the rule run (or the API call) that triggered it, when there is one. */
  request?: KibanaRequest;
  logger: Logger;
  signal?: AbortSignal;
}

/** Does the work of a system action (open a case, ask the assistant); what it returns is the result's `data`. */
export type SystemActionHandler<Params> = (run: SystemActionRun<Params>) => Promise<unknown>;

/**
 * The one handler of a system action type. The plugin that owns the feature (cases, the AI
 * assistant) registers it in its setup; until then runs fail with a result that says so.
 */
export class SystemActionHandlerSlot<Params> {
  private handler?: SystemActionHandler<Params>;

  constructor(
    private readonly typeName: string,
    private readonly registerFunction: string
  ) {}

  public register(handler: SystemActionHandler<Params>): void {
    if (this.handler) throw new Error(`A handler for the ${this.typeName} system action is already registered`);
    this.handler = handler;
  }

  /** The executor of the type: hands each run to the handler. */
  public executor<Config, Secrets>(): ConnectorTypeExecutor<Config, Secrets, Params, unknown> {
    return async ({ actionId, params, request, logger, signal }) => {
      if (!this.handler) {
        return errorResult(actionId, `No handler is registered for the ${this.typeName} system action: the plugin that provides it must call ${this.registerFunction} in its setup.`, {
          errorSource: 'framework',
        });
      }
      try {
        return successResult(actionId, await this.handler({ actionId, params, request, logger, signal }));
      } catch (error) {
        return errorResult(actionId, `error running the ${this.typeName} system action`, { serviceMessage: messageOf(error) });
      }
    };
  }
}
