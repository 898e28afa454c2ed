import type { ComponentType } from 'react';

/** What a connector form edits: Kibana's connector shape, with config and secrets left to each type. */
export interface ConnectorFormValues {
  id: string;
  name: string;
  connector_type_id: string;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

export interface ConnectorFieldsProps {
  /** True when editing: some fields (and secrets already stored) behave differently. */
  isEdit: boolean;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
  onChange(values: { config?: Record<string, unknown>; secrets?: Record<string, unknown> }): void;
}

export interface ActionParamsProps {
  params: Record<string, unknown>;
  onChange(params: Record<string, unknown>): void;
}

/** How a connector type looks in the UI; connector-type packages register one per type. */
export interface ConnectorTypeModel {
  id: string;
  actionTypeTitle: string;
  /** An EUI icon name. */
  iconClass: string;
  /** Shown under the title on the type's card. */
  selectMessage: string;
  /** The config and secrets fields; types without any leave it out. */
  connectorFields?: ComponentType<ConnectorFieldsProps>;
  /** The params of a test run. */
  actionParamsFields?: ComponentType<ActionParamsProps>;
}

export interface ConnectorTypeRegistry {
  register(model: ConnectorTypeModel): void;
  has(id: string): boolean;
  get(id: string): ConnectorTypeModel;
  list(): ConnectorTypeModel[];
}

export interface ActionsPublicSetup {
  connectorTypeRegistry: Pick<ConnectorTypeRegistry, 'register' | 'has' | 'get' | 'list'>;
}
