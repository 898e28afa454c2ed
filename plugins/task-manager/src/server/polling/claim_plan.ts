import type { TaskDefinition } from '../task';

export interface ClaimGroup {
  types: string[];
  limit: number;
  /** A `maxConcurrency` type, claimed on its own. */
  capped: boolean;
}

/** A config pattern like `alerting:*` as a test of a task type. */
function matcher(patterns: readonly string[]): (type: string) => boolean {
  if (patterns.length === 0) return () => false;
  const escaped = patterns.map((pattern) => pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*'));
  const regex = new RegExp(`^(?:${escaped.join('|')})$`);
  return (type) => regex.test(type);
}

/** The claimable types, split once per registration change: free-for-all, and capped per type. */
export class ClaimPlanner {
  private readonly excluded: (type: string) => boolean;
  private unlimited: string[] = [];
  private limited: Array<{ type: string; max: number }> = [];

  constructor(excludePatterns: readonly string[]) {
    this.excluded = matcher(excludePatterns);
  }

  public update(definitions: readonly TaskDefinition[]): void {
    const claimable = definitions.filter((definition) => !this.excluded(definition.type));
    this.unlimited = claimable.filter((d) => d.maxConcurrency === undefined).map((d) => d.type);
    this.limited = claimable.filter((d) => d.maxConcurrency !== undefined).map((d) => ({ type: d.type, max: d.maxConcurrency! }));
  }

  /**
   * One claim for every uncapped type up to the free workers; then one per capped type (as
   * Kibana polls `maxConcurrency` types separately) for what its cap and the workers still allow.
   * `activeOf` is how many runs of a type this process has going.
   */
  public plan(free: number, activeOf: (type: string) => number): ClaimGroup[] {
    const groups: ClaimGroup[] = [];
    if (free > 0 && this.unlimited.length > 0) groups.push({ types: this.unlimited, limit: free, capped: false });
    for (const { type, max } of this.limited) {
      const limit = Math.min(free, max - activeOf(type));
      if (limit > 0) groups.push({ types: [type], limit, capped: true });
    }
    return groups;
  }
}
