import { deepMerge } from './deep_merge';

describe('deepMerge', () => {
  test('merges nested objects, later sources win, undefined leaves a value alone', () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, d: 'x' }, { a: { c: 3 }, d: undefined }, { e: true })).toEqual({ a: { b: 1, c: 3 }, d: 'x', e: true });
  });

  test('arrays are replaced whole and copied', () => {
    const list = [{ id: '1' }];
    const merged = deepMerge({ l: [{ id: '0' }, { id: '9' }] }, { l: list });
    expect(merged).toEqual({ l: [{ id: '1' }] });
    (merged.l as Array<{ id: string }>)[0].id = 'changed';
    expect(list[0].id).toBe('1');
  });

  test('never changes its sources', () => {
    const initial = { event: { provider: 'actions' } };
    const merged = deepMerge(initial, { event: { action: 'execute' } });
    (merged.event as Record<string, string>).provider = 'other';
    expect(initial).toEqual({ event: { provider: 'actions' } });
  });
});
