import { EuiEmptyPrompt, EuiPageTemplate, EuiProvider } from '@elastic/eui';
import { createRoot, type Root } from 'react-dom/client';
import { createHttpClient, type HttpSetup } from '../http/http_client';
import { parseBrowserLocation } from '../http/space_url';
import { ManagementLayout, managementAppPath } from '../management/management_layout';
import { savedObjectsPlaceholderApp } from '../management/saved_objects_placeholder';
import { GlobalToastList } from '../toasts/global_toast_list';
import { ToastsService } from '../toasts/toasts_service';
import type { CoreSetup, CoreStart, ManagementApp } from './types';

export interface CoreSystemOptions {
  rootElement: HTMLElement;
  /** `server.basePath`, which the server writes into the page. */
  serverBasePath: string;
  pathname: string;
  /** Tests pass a fake; the browser's own by default. */
  fetch?: typeof fetch;
}

export interface CoreSystem {
  setup: CoreSetup;
  /** Renders the app the URL names; call once every plugin's setup has run. */
  start(): CoreStart;
  unmount(): void;
}

/** The browser shell: one per page. */
export function createCoreSystem({ rootElement, serverBasePath, pathname, fetch }: CoreSystemOptions): CoreSystem {
  const location = parseBrowserLocation(pathname, serverBasePath);
  const http: HttpSetup = createHttpClient(location.spaceBasePath, fetch);
  const toasts = new ToastsService();
  const apps: ManagementApp[] = [savedObjectsPlaceholderApp];
  let root: Root | undefined;

  return {
    setup: { http, application: { registerManagementApp: (app) => void apps.push(app) } },
    start() {
      const app = apps.find((candidate) => {
        const base = managementAppPath(candidate);
        return location.appPath === base || location.appPath.startsWith(`${base}/`);
      });
      const appPath = app ? location.appPath.slice(managementAppPath(app).length) || '/' : '/';
      root = createRoot(rootElement);
      root.render(
        <EuiProvider colorMode="light">
          <ManagementLayout apps={apps} selectedAppId={app?.id} prepend={http.prepend}>
            {app ? (
              app.render({ http, toasts, spaceId: location.spaceId, appPath })
            ) : (
              <EuiPageTemplate.Section>
                <EuiEmptyPrompt iconType="search" title={<h2>Application not found</h2>} body={<p>No app is registered at {location.appPath}.</p>} />
              </EuiPageTemplate.Section>
            )}
          </ManagementLayout>
          <GlobalToastList toasts={toasts} />
        </EuiProvider>
      );
      return { http, notifications: { toasts } };
    },
    unmount: () => root?.unmount(),
  };
}
