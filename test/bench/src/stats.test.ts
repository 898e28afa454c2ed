import { percentile, round, summarize } from './stats';

describe('percentile', () => {
  test('nearest rank over unsorted samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 90)).toBe(9);
    expect(percentile(samples, 99)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(10);
  });

  test('p99 of 1000 samples is the 990th smallest', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    expect(percentile(samples, 99)).toBe(990);
  });

  test('no samples is NaN; an out of range p throws', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow('percentile must be between 0 and 100, got 101');
  });
});

test('summarize', () => {
  expect(summarize([3, 1, 2, 4])).toEqual({ count: 4, min: 1, p50: 2, p90: 4, p99: 4, max: 4, mean: 2.5 });
  expect(summarize([]).count).toBe(0);
});

test('round keeps more decimals for small values', () => {
  expect(round(1.23456)).toBe(1.235);
  expect(round(123.456)).toBe(123.5);
  expect(round(12345.6)).toBe(12346);
  expect(round(Number.NaN)).toBeNaN();
});
