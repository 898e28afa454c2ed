import { HttpError } from '@kbn/core-server';
import type { ConnectorType, ValidatorServices, ValidatorType } from '@kbn/connector-sdk';

/** Kibana's names for what failed, as they appear in `error validating <name>: ...`. */
const NAMES = { config: 'connector type config', secrets: 'connector type secrets', params: 'action params' } as const;

function validateWith<T>(validator: ValidatorType<T>, name: keyof typeof NAMES, value: unknown, services: ValidatorServices): T {
  try {
    const validated = validator.schema.validate(value);
    validator.customValidator?.(validated, services);
    return validated;
  } catch (error) {
    throw new HttpError(400, `error validating ${NAMES[name]}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The type's config, validated and defaulted, or Kibana's 400. */
export function validateConfig(type: ConnectorType, value: unknown, services: ValidatorServices): Record<string, unknown> {
  return validateWith(type.validate.config, 'config', value, services);
}

export function validateSecrets(type: ConnectorType, value: unknown, services: ValidatorServices): Record<string, unknown> {
  return validateWith(type.validate.secrets, 'secrets', value, services);
}

export function validateParams(type: ConnectorType, value: unknown, services: ValidatorServices): Record<string, unknown> {
  return validateWith(type.validate.params, 'params', value, services);
}

/** Rules across config and secrets, for types that have them. */
export function validateConnectorRules(type: ConnectorType, config: Record<string, unknown>, secrets: Record<string, unknown>): void {
  const message = type.validate.connector?.(config, secrets);
  if (message) throw new HttpError(400, `error validating action type connector: ${message}`);
}

/** Whether the type needs secrets: validating none fails (what export and import go by). */
export function secretsRequired(type: ConnectorType, services: ValidatorServices): boolean {
  try {
    validateSecrets(type, {}, services);
    return false;
  } catch {
    return true;
  }
}
