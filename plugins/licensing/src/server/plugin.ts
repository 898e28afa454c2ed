import type { CoreSetup, Plugin, PluginInitializerContext } from '@kbn/core-server';
import type { LicensingConfig } from './config';
import { createLicense, type ILicense } from './license';

export interface LicensingServerSetup {
  readonly license: ILicense;
}

export type LicensingServerStart = LicensingServerSetup;

export class LicensingServerPlugin implements Plugin<LicensingServerSetup, LicensingServerStart> {
  private readonly license: ILicense;

  constructor(context: PluginInitializerContext<LicensingConfig>) {
    this.license = createLicense(context.config.get<LicensingConfig>().type);
  }

  public setup(core: CoreSetup): LicensingServerSetup {
    const license = this.license;
    // Kibana's `GET /api/licensing/info`, for clients that check what the platform allows.
    core.http.createRouter().get(
      { path: '/api/licensing/info', validate: false, options: { access: 'public', summary: 'Get the license in force' } },
      async (_context, _request, response) =>
        response.ok({ body: { license: { type: license.type, mode: license.type, status: license.isActive ? 'active' : 'expired' } } })
    );
    return { license };
  }

  public start(): LicensingServerStart {
    return { license: this.license };
  }
}
