import { getRetryAfterDate, getRetryAfterSeconds, getRetryResultForResponse, isThrottled } from './retry_after';

const now = Date.parse('2026-01-01T00:00:00Z');

describe('Retry-After', () => {
  it('reads seconds, case-insensitively, as Kibana does', () => {
    expect(getRetryAfterSeconds({ 'retry-after': '120' })).toBe(120);
    expect(getRetryAfterSeconds({ 'Retry-After': ['30'] })).toBe(30);
    expect(getRetryAfterSeconds({ 'retry-after': 'soon' })).toBeUndefined();
    expect(getRetryAfterSeconds(undefined)).toBeUndefined();
  });

  it('turns seconds or an HTTP date into the time to retry at', () => {
    expect(getRetryAfterDate({ 'retry-after': '120' }, now)?.toISOString()).toBe('2026-01-01T00:02:00.000Z');
    expect(getRetryAfterDate({ 'retry-after': 'Thu, 01 Jan 2026 00:05:00 GMT' }, now)?.toISOString()).toBe('2026-01-01T00:05:00.000Z');
    expect(getRetryAfterDate({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(getRetryAfterDate({}, now)).toBeUndefined();
  });

  it('retries a 5xx with backoff and a 429 at Retry-After', () => {
    expect(isThrottled(429)).toBe(true);
    expect(getRetryResultForResponse('a1', { status: 503 }, 'error calling x, retry later', 'down')).toEqual({
      actionId: 'a1',
      status: 'error',
      message: 'error calling x, retry later',
      serviceMessage: 'down',
      retry: true,
    });
    const throttled = getRetryResultForResponse('a1', { status: 429, headers: { 'retry-after': '60' } }, 'slow down');
    expect(throttled?.retry).toBeInstanceOf(Date);
    expect(getRetryResultForResponse('a1', { status: 429 }, 'slow down')?.retry).toBe(true);
    expect(getRetryResultForResponse('a1', { status: 400 }, 'bad')).toBeUndefined();
  });
});
