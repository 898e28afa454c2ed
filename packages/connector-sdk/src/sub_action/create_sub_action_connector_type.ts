import { schema } from '@kbn/config-schema';
import type { ConnectorType, ConnectorTypeExecutor, ValidatorType } from '../connector_type/connector_type';
import { createTaskRunError } from '../errors/error_source';
import type { SubActionConnectorType, SubActionParams, SubActionValidator, ValidateFn } from './sub_action_connector_type';

/*
 * subActionParams is only checked to be an object here: each sub-action has its own schema,
 * applied by the executor once the sub-action is known.
 */
const subActionParamsSchema = schema.object({
  subAction: schema.string(),
  subActionParams: schema.maybe(schema.nullable(schema.object({}, { unknowns: 'allow' }))),
});

function combineValidators<T>(validators: Array<ValidateFn<T>>): ValidateFn<T> | undefined {
  if (validators.length === 0) return undefined;
  return (value, services) => validators.forEach((validate) => validate(value, services));
}

function validatorFor<T>(schemaOfPart: ValidatorType<T>['schema'], validators: Array<ValidateFn<T>>): ValidatorType<T> {
  const customValidator = combineValidators(validators);
  return customValidator ? { schema: schemaOfPart, customValidator } : { schema: schemaOfPart };
}

function buildExecutor<Config, Secrets>(
  definition: SubActionConnectorType<Config, Secrets>
): ConnectorTypeExecutor<Config, Secrets, SubActionParams, unknown> {
  const describeConnector = (actionId: string) =>
    `Connector id: ${actionId}. Connector name: ${definition.name}. Connector type: ${definition.id}`;

  return async ({ actionId, params, config, secrets, services, logger, configurationUtilities, request, signal, connectorUsageCollector }) => {
    const { subAction, subActionParams } = params;
    const service = definition.getService({
      connector: { id: actionId, type: definition.id },
      config,
      secrets,
      logger,
      configurationUtilities,
      services,
      request,
      signal,
    });

    const subActions = service.getSubActions();
    if (subActions.size === 0) {
      throw new Error('You should register at least one subAction for your connector type');
    }
    const action = subActions.get(subAction);
    if (!action) {
      throw new Error(`Sub action "${subAction}" is not registered. ${describeConnector(actionId)}`);
    }
    const method = (service as unknown as Record<string, unknown>)[action.method];
    if (method === undefined) {
      throw new Error(`Method "${action.method}" does not exists in service. Sub action: "${subAction}". ${describeConnector(actionId)}`);
    }
    if (typeof method !== 'function') {
      throw new Error(`Method "${action.method}" must be a function. ${describeConnector(actionId)}`);
    }
    if (action.schema) {
      try {
        action.schema.validate(subActionParams);
      } catch (validationError) {
        // "Error: ..." as Kibana's message shows it; bad params are the user's to fix
        throw createTaskRunError(new Error(`Request validation failed (Error: ${(validationError as Error).message})`), 'user');
      }
    }

    const data: unknown = await method.call(service, subActionParams, connectorUsageCollector);
    return { status: 'ok', data: data ?? {}, actionId };
  };
}

/**
 * Turns a sub-action connector type into a plain connector type whose params are
 * `{ subAction, subActionParams }` and whose executor runs the sub-action's method.
 */
export function createSubActionConnectorType<Config, Secrets>(
  definition: SubActionConnectorType<Config, Secrets>
): ConnectorType<Config, Secrets, SubActionParams, unknown> {
  const validators: Array<SubActionValidator<Config, Secrets>> = definition.validators ?? [];
  const configValidators = validators.flatMap((v) => (v.type === 'config' ? [v.validator] : []));
  const secretsValidators = validators.flatMap((v) => (v.type === 'secrets' ? [v.validator] : []));

  return {
    id: definition.id,
    name: definition.name,
    minimumLicenseRequired: definition.minimumLicenseRequired,
    supportedFeatureIds: definition.supportedFeatureIds,
    ...(definition.maxAttempts !== undefined ? { maxAttempts: definition.maxAttempts } : {}),
    validate: {
      config: validatorFor(definition.schema.config, configValidators),
      secrets: validatorFor(definition.schema.secrets, secretsValidators),
      params: { schema: subActionParamsSchema },
    },
    executor: buildExecutor(definition),
    renderParameterTemplates: definition.renderParameterTemplates,
    isSystemActionType: definition.isSystemActionType,
    getKibanaPrivileges: definition.getKibanaPrivileges,
    preSaveHook: definition.preSaveHook,
    postSaveHook: definition.postSaveHook,
    postDeleteHook: definition.postDeleteHook,
  };
}
