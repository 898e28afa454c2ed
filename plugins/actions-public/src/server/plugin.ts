import type { CoreSetup, KibanaResponseFactory, Plugin } from '@kbn/core-server';
import { UI_DIST_DIR, UI_URL_PATH, readAppPage } from './render_app_page';

/**
 * Serves the browser bundle (built by Vite into dist/ui) and answers every `/app/...` page, in
 * every space, with its index.html: the shell in the browser picks the app from the URL.
 */
export class TriggersActionsUiServerPlugin implements Plugin<void, void> {
  constructor(private readonly uiDir: string = UI_DIST_DIR) {}

  public setup(core: CoreSetup): void {
    const { http } = core;
    http.registerStaticDir(UI_URL_PATH, this.uiDir);
    const router = http.createRouter();
    const options = { access: 'public' as const, authRequired: 'optional' as const, xsrfRequired: false };
    const handler = async (_context: unknown, _request: unknown, response: KibanaResponseFactory) => {
      const page = await readAppPage(this.uiDir, http.basePath.serverBasePath);
      if (page === undefined) {
        return response.customError({ statusCode: 503, body: { message: 'The UI is not built: run `npm run build` (or `npm start`).' } });
      }
      return response.ok({ body: page, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } });
    };
    router.get({ path: '/app', validate: false, options }, handler);
    router.get({ path: '/app/{path*}', validate: false, options }, handler);
  }

  public start(): void {}
}
