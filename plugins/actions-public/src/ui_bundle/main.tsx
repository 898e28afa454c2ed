/*
 * The one browser bundle the platform serves: the shell plus every browser plugin, set up in
 * dependency order. Add a plugin here when its package gains a `./public` entry.
 */
import { plugin as connectorsElasticStack } from '@kbn/connectors-elastic-stack/public';
import { createCoreSystem } from '@kbn/core-public';
import { plugin as actions } from '../public';
// The charts' own tooltip and legend styles (EUI styles itself with emotion).
import '@elastic/charts/dist/theme_only_light.css';

const serverBasePath = document.querySelector<HTMLMetaElement>('meta[name="kbn-base-path"]')?.content ?? '';
const core = createCoreSystem({
  rootElement: document.getElementById('kibana-body') as HTMLElement,
  serverBasePath,
  pathname: window.location.pathname,
});

const actionsSetup = actions().setup(core.setup);
connectorsElasticStack().setup(core.setup, { actions: actionsSetup });
core.start();
