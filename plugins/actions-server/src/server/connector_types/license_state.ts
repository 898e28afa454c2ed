import { HttpError } from '@kbn/core-server';
import type { LicenseType } from '@kbn/connector-sdk';
import type { ILicense } from '@kbn/licensing/server';

export interface LicenseCheck {
  isValid: boolean;
  /** Kibana's message when the license does not cover the type. */
  reason?: string;
}

/** Whether the platform's license covers what a connector type needs. */
export class LicenseState {
  constructor(private readonly license: ILicense) {}

  public check(type: { id: string; minimumLicenseRequired: LicenseType }): LicenseCheck {
    if (this.license.hasAtLeast(type.minimumLicenseRequired)) return { isValid: true };
    return {
      isValid: false,
      reason: `Action type ${type.id} is disabled because your ${this.license.type} license does not support it. Please upgrade your license.`,
    };
  }

  /** Throws Kibana's 403 when the license does not cover the type. */
  public ensure(type: { id: string; minimumLicenseRequired: LicenseType }): void {
    const { isValid, reason } = this.check(type);
    if (!isValid) throw new HttpError(403, reason ?? 'Forbidden');
  }
}
