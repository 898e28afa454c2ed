import type { Type } from '@kbn/config-schema';
import type {
  ActionExecutionSourceType,
  LicenseType,
  PostDeleteConnectorHookParams,
  PostSaveConnectorHookParams,
  PreSaveConnectorHookParams,
  RenderParameterTemplates,
  ValidatorType,
} from '../connector_type/connector_type';
import type { ServiceParams, SubActionConnector } from './sub_action_connector';

/** The params of every sub-action connector. */
export interface SubActionParams {
  subAction: string;
  subActionParams?: Record<string, unknown> | null;
}

export type ValidateFn<T> = NonNullable<ValidatorType<T>['customValidator']>;

/** A custom validator of config or of secrets, beyond their schemas. */
export type SubActionValidator<Config, Secrets> =
  | { type: 'config'; validator: ValidateFn<Config> }
  | { type: 'secrets'; validator: ValidateFn<Secrets> };

/**
 * A connector type made of sub-actions (Kibana's `SubActionConnectorType`): `getService` builds the
 * connector for one execution, and `createSubActionConnectorType` turns this into a `ConnectorType`.
 */
export interface SubActionConnectorType<Config, Secrets> {
  id: string;
  name: string;
  minimumLicenseRequired: LicenseType;
  supportedFeatureIds: string[];
  schema: {
    config: Type<Config>;
    secrets: Type<Secrets>;
  };
  validators?: Array<SubActionValidator<Config, Secrets>>;
  getService: (params: ServiceParams<Config, Secrets>) => SubActionConnector<Config, Secrets>;
  renderParameterTemplates?: RenderParameterTemplates<SubActionParams>;
  isSystemActionType?: boolean;
  maxAttempts?: number;
  getKibanaPrivileges?: (args?: { params?: SubActionParams; source?: ActionExecutionSourceType }) => string[];
  preSaveHook?: (params: PreSaveConnectorHookParams<Config, Secrets>) => Promise<void>;
  postSaveHook?: (params: PostSaveConnectorHookParams<Config, Secrets>) => Promise<void>;
  postDeleteHook?: (params: PostDeleteConnectorHookParams<Config>) => Promise<void>;
}
