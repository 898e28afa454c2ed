import { RunningWindow } from './running_window';

describe('RunningWindow', () => {
  test('keeps only the last values and reports nearest-rank percentiles', () => {
    const window = new RunningWindow(10);
    for (let i = 1; i <= 15; i++) window.push(i);
    expect(window.size).toBe(10);
    expect(window.percentiles()).toEqual({ p50: 10, p90: 14, p95: 15, p99: 15 });
  });

  test('an empty window reports zeros', () => {
    expect(new RunningWindow(5).percentiles()).toEqual({ p50: 0, p90: 0, p95: 0, p99: 0 });
    expect(new RunningWindow(5).frequencies(['a', 'b'])).toEqual({ a: 0, b: 0 });
  });

  test('frequencies are percentages of label indexes', () => {
    const window = new RunningWindow(4);
    [0, 0, 1, 2].forEach((value) => window.push(value));
    expect(window.frequencies(['Success', 'RetryScheduled', 'Failed'])).toEqual({ Success: 50, RetryScheduled: 25, Failed: 25 });
  });
});
