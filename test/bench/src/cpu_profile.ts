import { Session } from 'node:inspector';

/** The parts of V8's `.cpuprofile` the summary reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }>;
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileLine {
  name: string;
  selfMs: number;
  percent: number;
}

/** Where a script lives, shortened: `@kbn/<project>/...`, `node_modules/<package>`, or node's own. */
export function locationOf(url: string): string {
  if (url === '') return '(native)';
  if (url.startsWith('node:')) return 'node';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules && !/node_modules\/@kbn\//.test(url)) return modules[1];
  const workspace = /\/(packages|plugins|test|tools)\/([^/]+)\//.exec(url);
  if (workspace) return `${workspace[1]}/${workspace[2]}`;
  return url.replace(/^file:\/\//, '');
}

/** Self time per key (function or location), largest first, from the profile's samples. */
export function summarizeProfile(profile: CpuProfile, by: 'function' | 'location', top = 15): ProfileLine[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = nodes.get(samples[i]);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = by === 'location' ? locationOf(url) : `${functionName || '(anonymous)'} ${locationOf(url)}${url ? `:${lineNumber + 1}` : ''}`;
    // a sample's time is the gap to the next one
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((sum, ms) => sum + ms, 0) || 1;
  return [...self.entries()]
    .map(([name, selfMs]) => ({ name, selfMs, percent: (selfMs / total) * 100 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

/** Profiles this process (the in-process server included) while `fn` runs. */
export async function profile<T>(fn: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  const session = new Session();
  session.connect();
  const post = <R>(method: string, params?: object) =>
    new Promise<R>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as R))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  try {
    const result = await fn();
    const { profile: taken } = await post<{ profile: CpuProfile }>('Profiler.stop');
    return { result, profile: taken };
  } finally {
    session.disconnect();
  }
}
