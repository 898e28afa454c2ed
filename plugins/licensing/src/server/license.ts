/** Kibana's license levels, lowest first; a trial covers everything, as a fresh Kibana's does. */
export type LicenseType = 'basic' | 'standard' | 'gold' | 'platinum' | 'enterprise' | 'trial';

const LEVELS: Record<LicenseType, number> = { basic: 0, standard: 1, gold: 2, platinum: 3, enterprise: 4, trial: 5 };

/** The license in force. */
export interface ILicense {
  readonly type: LicenseType;
  readonly isActive: boolean;
  /** Whether this license covers what needs at least `minimum`. */
  hasAtLeast(minimum: LicenseType): boolean;
}

export function createLicense(type: LicenseType): ILicense {
  return { type, isActive: true, hasAtLeast: (minimum) => LEVELS[type] >= LEVELS[minimum] };
}
