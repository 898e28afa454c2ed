import { locationOf, summarizeProfile, type CpuProfile } from './cpu_profile';

test('locationOf names workspace projects, packages and node itself', () => {
  expect(locationOf('file:///work/main/plugins/task-manager/dist/server/store/task_claimer.js')).toBe('plugins/task-manager');
  expect(locationOf('file:///work/main/node_modules/better-sqlite3/lib/methods/wrappers.js')).toBe('better-sqlite3');
  expect(locationOf('/work/main/node_modules/@kbn/config-schema/dist/index.js')).toBe('/work/main/node_modules/@kbn/config-schema/dist/index.js');
  expect(locationOf('node:internal/http')).toBe('node');
  expect(locationOf('')).toBe('(native)');
});

test('self time per function and per location, from sample gaps, largest first', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('claim', 'file:///r/plugins/task-manager/dist/claim.js') },
      { id: 3, callFrame: frame('prepare', 'file:///r/node_modules/better-sqlite3/lib/w.js') },
    ],
    samples: [2, 3, 3, 2],
    timeDeltas: [0, 1000, 3000, 1000],
    startTime: 0,
    endTime: 5000,
  };
  expect(summarizeProfile(profile, 'function')).toEqual([
    { name: 'prepare better-sqlite3:10', selfMs: 4, percent: 80 },
    { name: 'claim plugins/task-manager:10', selfMs: 1, percent: 20 },
  ]);
  expect(summarizeProfile(profile, 'location', 1)).toEqual([{ name: 'better-sqlite3', selfMs: 4, percent: 80 }]);
});
