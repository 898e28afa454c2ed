import type { ReactElement } from 'react';
import type { HttpSetup } from '../http/http_client';
import type { ToastsApi } from '../toasts/toasts_service';

/** The Stack Management sections of Kibana's side navigation. */
export type ManagementSectionId = 'insightsAndAlerting' | 'kibana';

/** What an app gets when the shell shows it. */
export interface AppMountParams {
  http: HttpSetup;
  toasts: ToastsApi;
  spaceId: string;
  /** The path below the app's own, e.g. `/` or `/logs`. */
  appPath: string;
}

/** A Stack Management app, at `/app/management/<section>/<id>`. */
export interface ManagementApp {
  id: string;
  title: string;
  section: ManagementSectionId;
  /** Lower comes first in its section. */
  order?: number;
  render(params: AppMountParams): ReactElement;
}

export interface CoreSetup {
  http: HttpSetup;
  application: { registerManagementApp(app: ManagementApp): void };
}

export interface CoreStart {
  http: HttpSetup;
  notifications: { toasts: ToastsApi };
}

/** A browser plugin, as in Kibana: `setup` registers things, `start` may use what others registered. */
export interface BrowserPlugin<Setup = void, SetupDeps extends object = object> {
  setup(core: CoreSetup, deps: SetupDeps): Setup;
  start?(core: CoreStart): void;
}
