import { KnownSpaces } from './known_spaces';

/** A store of space ids that counts how often it is asked, and a clock the test moves. */
function setup(options: { maxUnknown?: number } = {}) {
  const stored = new Set<string>(['a']);
  const lookups: string[] = [];
  let now = 1_000;
  let release: (() => void) | undefined;
  let hold = false;
  const known = new KnownSpaces({
    lookup: async (id) => {
      lookups.push(id);
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      return stored.has(id);
    },
    knownTtlMs: 60_000,
    unknownTtlMs: 5_000,
    maxUnknown: options.maxUnknown,
    now: () => now,
  });
  return {
    known,
    stored,
    lookups,
    advance: (ms: number) => (now += ms),
    holdLookups: () => (hold = true),
    releaseLookup: () => {
      hold = false;
      release?.();
    },
  };
}

describe('KnownSpaces', () => {
  test('asks the store once per id, then answers from memory synchronously', async () => {
    const { known, lookups } = setup();
    expect(await known.isKnown('a')).toBe(true);
    expect(await known.isKnown('nope')).toBe(false);
    for (let i = 0; i < 1000; i++) {
      expect(known.isKnown('a')).toBe(true);
      expect(known.isKnown('nope')).toBe(false);
    }
    expect(lookups).toEqual(['a', 'nope']);
  });

  test('concurrent misses for one id share one lookup', async () => {
    const { known, lookups } = setup();
    const answers = await Promise.all(Array.from({ length: 50 }, () => known.isKnown('a')));
    expect(answers.every(Boolean)).toBe(true);
    expect(lookups).toEqual(['a']);
  });

  test('"does not exist" is trusted for a short while only (a space created by another process)', async () => {
    const { known, stored, lookups, advance } = setup();
    expect(await known.isKnown('b')).toBe(false);
    stored.add('b');
    advance(4_999);
    expect(known.isKnown('b')).toBe(false);
    advance(1);
    expect(await known.isKnown('b')).toBe(true);
    expect(lookups).toEqual(['b', 'b']);
  });

  test('a stale "exists" still answers at once and is re-checked in the background (a space deleted by another process)', async () => {
    const { known, stored, lookups, advance } = setup();
    expect(await known.isKnown('a')).toBe(true);
    stored.delete('a');
    advance(60_000);
    expect(known.isKnown('a')).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(known.isKnown('a')).toBe(false);
    expect(lookups).toEqual(['a', 'a']);
  });

  test('creates and deletes in this process apply at once, whatever is cached', async () => {
    const { known, lookups } = setup();
    expect(await known.isKnown('c')).toBe(false);
    known.markKnown('c');
    expect(known.isKnown('c')).toBe(true);
    known.markUnknown('c');
    expect(known.isKnown('c')).toBe(false);
    expect(lookups).toEqual(['c']);
  });

  test('a lookup that was under way when this process deleted the space does not bring it back', async () => {
    const { known, stored, holdLookups, releaseLookup } = setup();
    holdLookups();
    const pending = known.isKnown('a');
    known.markUnknown('a');
    stored.delete('a');
    releaseLookup();
    await pending;
    expect(known.isKnown('a')).toBe(false);
  });

  test('keeps at most maxUnknown "does not exist" answers, dropping the oldest', async () => {
    const { known, lookups } = setup({ maxUnknown: 2 });
    for (const id of ['x', 'y', 'z']) await known.isKnown(id);
    expect(known.isKnown('z')).toBe(false);
    expect(known.isKnown('y')).toBe(false);
    expect(await known.isKnown('x')).toBe(false);
    expect(lookups).toEqual(['x', 'y', 'z', 'x']);
    expect(await known.isKnown('a')).toBe(true);
  });

  test('a failed lookup is an error for the waiting request, and the next request asks again', async () => {
    let fail = true;
    const known = new KnownSpaces({ lookup: async () => (fail ? Promise.reject(new Error('store is down')) : true) });
    await expect(known.isKnown('a')).rejects.toThrow('store is down');
    fail = false;
    expect(await known.isKnown('a')).toBe(true);
  });

  test('a failed background re-check is reported and keeps the old answer', async () => {
    const errors: unknown[] = [];
    let now = 0;
    const known = new KnownSpaces({ lookup: async () => Promise.reject(new Error('store is down')), onRefreshError: (error) => errors.push(error), now: () => now });
    known.markKnown('a');
    now = 120_000;
    expect(known.isKnown('a')).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).toEqual([new Error('store is down')]);
    expect(known.isKnown('a')).toBe(true);
  });
});
