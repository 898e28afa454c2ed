import { HttpError } from '@kbn/core-server';
import type { LicenseType } from '@kbn/connector-sdk';

/** The license the platform runs under: one of Kibana's levels, or a trial (every type). */
export type PlatformLicense = LicenseType | 'trial';

const LEVELS: Record<LicenseType, number> = { basic: 0, standard: 1, gold: 2, platinum: 3, enterprise: 4 };

export interface LicenseCheck {
  isValid: boolean;
  /** Kibana's message when the license does not cover the type. */
  reason?: string;
}

/** Whether the platform's license covers what a connector type needs. */
export class LicenseState {
  constructor(public readonly license: PlatformLicense) {}

  public check(type: { id: string; minimumLicenseRequired: LicenseType }): LicenseCheck {
    if (this.license === 'trial' || LEVELS[this.license] >= LEVELS[type.minimumLicenseRequired]) return { isValid: true };
    return {
      isValid: false,
      reason: `Action type ${type.id} is disabled because your ${this.license} license does not support it. Please upgrade your license.`,
    };
  }

  /** Throws Kibana's 403 when the license does not cover the type. */
  public ensure(type: { id: string; minimumLicenseRequired: LicenseType }): void {
    const { isValid, reason } = this.check(type);
    if (!isValid) throw new HttpError(403, reason ?? 'Forbidden');
  }
}
