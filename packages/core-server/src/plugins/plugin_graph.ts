import type { PluginManifest } from './types';

/**
 * Setup order: each plugin after every plugin it requires or optionally uses (when present).
 * A missing required plugin or a cycle stops start with a message naming them.
 */
export function orderPlugins(manifests: PluginManifest[]): PluginManifest[] {
  const byId = new Map(manifests.map((manifest) => [manifest.id, manifest]));
  for (const manifest of manifests) {
    const missing = manifest.requiredPlugins.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      throw new Error(`Plugin "${manifest.id}" requires plugin(s) [${missing.join(', ')}], which are not installed or are disabled.`);
    }
  }
  const ordered: PluginManifest[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (manifest: PluginManifest, trail: string[]) => {
    if (state.get(manifest.id) === 'done') return;
    if (state.get(manifest.id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(manifest.id)), manifest.id];
      throw new Error(`Plugins have a dependency cycle: [${cycle.join(' -> ')}]`);
    }
    state.set(manifest.id, 'visiting');
    for (const dependency of [...manifest.requiredPlugins, ...manifest.optionalPlugins]) {
      const next = byId.get(dependency);
      if (next) visit(next, [...trail, manifest.id]);
    }
    state.set(manifest.id, 'done');
    ordered.push(manifest);
  };
  for (const manifest of [...manifests].sort((a, b) => a.id.localeCompare(b.id))) visit(manifest, []);
  return ordered;
}

/** Plugins whose required dependencies are disabled cannot run either: drops them, transitively. */
export function withoutDisabled(manifests: PluginManifest[], isEnabled: (manifest: PluginManifest) => boolean): PluginManifest[] {
  let enabled = manifests.filter(isEnabled);
  for (;;) {
    const ids = new Set(enabled.map((m) => m.id));
    const kept = enabled.filter((m) => m.requiredPlugins.every((id) => ids.has(id) || !manifests.some((x) => x.id === id)));
    if (kept.length === enabled.length) return enabled;
    enabled = kept;
  }
}
