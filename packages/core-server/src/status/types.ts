/** Kibana's service status levels, from best to worst. */
export type ServiceStatusLevel = 'available' | 'degraded' | 'unavailable' | 'critical';

export interface ServiceStatus {
  level: ServiceStatusLevel;
  summary: string;
  detail?: string;
  meta?: Record<string, unknown>;
}

export interface StatusServiceSetup {
  /** A plugin reports its own status; until it does, its status is derived from its dependencies. */
  set(status: ServiceStatus): void;
}
