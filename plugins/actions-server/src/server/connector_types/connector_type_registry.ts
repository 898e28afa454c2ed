import { HttpError } from '@kbn/core-server';
import { isConnectorFeatureId, type ConnectorType, type LicenseType } from '@kbn/connector-sdk';
import type { LicenseState } from './license_state';

/** Kibana's cap on a feature id's length. */
export const MAX_FEATURE_ID_LENGTH = 100;

/** What the registry tells about one type (the routes turn it into Kibana's snake_case body). */
export interface ConnectorTypeInfo {
  id: string;
  name: string;
  minimumLicenseRequired: LicenseType;
  enabled: boolean;
  enabledInConfig: boolean;
  enabledInLicense: boolean;
  supportedFeatureIds: string[];
  isSystemActionType: boolean;
  isDeprecated: boolean;
}

export interface ConnectorTypeRegistryDeps {
  /** `xpack.actions.enabledActionTypes`: ids, or `*` for all. */
  enabledActionTypes: string[];
  licenseState: LicenseState;
  /** Attempts for a queued run of the type (the `xpack.actions.run` settings win over the type's own). */
  maxAttempts(typeId: string, typeMaxAttempts?: number): number;
  /** Registers the task that runs queued executions of the type (`actions:<id>`). */
  registerTask(task: { type: string; title: string; maxAttempts: number }): void;
}

/** The connector types that plugins registered, with Kibana's rules for registering and enabling them. */
export class ConnectorTypeRegistry {
  private readonly types = new Map<string, ConnectorType>();

  constructor(private readonly deps: ConnectorTypeRegistryDeps) {}

  public register<Config, Secrets, Params, Data>(type: ConnectorType<Config, Secrets, Params, Data>): void {
    if (this.types.has(type.id)) throw new Error(`Action type "${type.id}" is already registered.`);
    if (!type.supportedFeatureIds?.length) {
      throw new Error(`At least one "supportedFeatureId" value must be supplied for connector type "${type.id}".`);
    }
    if (type.supportedFeatureIds.some((id) => id.length > MAX_FEATURE_ID_LENGTH)) {
      throw new Error(`Feature IDs for connector type "${type.id}" must not exceed ${MAX_FEATURE_ID_LENGTH} characters.`);
    }
    if (!type.supportedFeatureIds.every(isConnectorFeatureId)) {
      throw new Error(`Invalid feature ids "${type.supportedFeatureIds.join(',')}" for connector type "${type.id}".`);
    }
    if (!type.isSystemActionType && type.getKibanaPrivileges) {
      throw new Error('Kibana privilege authorization is only supported for system actions and action types that are registered under a sub-feature');
    }
    this.types.set(type.id, type as unknown as ConnectorType);
    this.deps.registerTask({ type: `actions:${type.id}`, title: type.name, maxAttempts: this.deps.maxAttempts(type.id, type.maxAttempts) });
  }

  public has(id: string): boolean {
    return this.types.has(id);
  }

  /** The type, or Kibana's 400 `Action type "<id>" is not registered.` */
  public get(id: string): ConnectorType {
    const type = this.types.get(id);
    if (!type) throw new HttpError(400, `Action type "${id}" is not registered.`);
    return type;
  }

  public isSystemActionType(id: string): boolean {
    return this.types.get(id)?.isSystemActionType === true;
  }

  public isEnabledInConfig(id: string): boolean {
    const { enabledActionTypes } = this.deps;
    return enabledActionTypes.includes('*') || enabledActionTypes.includes(id);
  }

  public isActionTypeEnabled(id: string): boolean {
    return this.isEnabledInConfig(id) && this.deps.licenseState.check(this.get(id)).isValid;
  }

  /** Throws Kibana's 403 when the config or the license does not allow the type. */
  public ensureActionTypeEnabled(id: string): void {
    const type = this.get(id);
    if (!this.isEnabledInConfig(id)) {
      throw new HttpError(403, `action type "${id}" is not enabled in the Kibana config xpack.actions.enabledActionTypes`);
    }
    this.deps.licenseState.ensure(type);
  }

  /**
   * A connector may run when its type is enabled; preconfigured and system connectors also when
   * the config disables the type (never when the license does not cover it), as in Kibana.
   */
  public isActionExecutable(typeId: string, connector?: { isPreconfigured: boolean; isSystemAction: boolean }): boolean {
    const type = this.get(typeId);
    if (!this.deps.licenseState.check(type).isValid) return false;
    return this.isEnabledInConfig(typeId) || connector?.isPreconfigured === true || connector?.isSystemAction === true;
  }

  /** Every type, in registration order, optionally only those supporting a feature. */
  public list(featureId?: string): ConnectorTypeInfo[] {
    return [...this.types.values()]
      .filter((type) => !featureId || type.supportedFeatureIds.includes(featureId))
      .map((type) => {
        const enabledInConfig = this.isEnabledInConfig(type.id);
        const enabledInLicense = this.deps.licenseState.check(type).isValid;
        return {
          id: type.id,
          name: type.name,
          minimumLicenseRequired: type.minimumLicenseRequired,
          enabled: enabledInConfig && enabledInLicense,
          enabledInConfig,
          enabledInLicense,
          supportedFeatureIds: type.supportedFeatureIds,
          isSystemActionType: type.isSystemActionType === true,
          isDeprecated: false,
        };
      });
  }
}
