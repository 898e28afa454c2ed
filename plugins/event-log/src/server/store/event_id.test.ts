import { newEventId } from './event_id';

describe('newEventId', () => {
  test('is a version 7 UUID', () => {
    expect(newEventId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('ids made later sort later, also within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newEventId(1_700_000_000_000));
    ids.push(newEventId(1_700_000_000_001), newEventId(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
