import { createRetryableError, isRetryableError, isUnrecoverableError, throwRetryableError, throwUnrecoverableError } from './errors';
import { calculateDelayBasedOnAttempts, getRetryDate } from './retry_at';

describe('task errors', () => {
  test('a plain error is neither retryable nor unrecoverable', () => {
    expect(isRetryableError(new Error('x'))).toBeNull();
    expect(isUnrecoverableError(new Error('x'))).toBe(false);
    expect(isRetryableError(undefined)).toBeNull();
  });

  test('createRetryableError tags the same error object with a date or a flag', () => {
    const at = new Date(Date.now() + 1000);
    const error = new Error('later');
    expect(createRetryableError(error, at)).toBe(error);
    expect(isRetryableError(error)).toBe(at);
    expect(isRetryableError(createRetryableError(new Error('no'), false))).toBe(false);
  });

  test('throw helpers throw the error they were given', () => {
    const error = new Error('boom');
    expect(() => throwRetryableError(error, true)).toThrow(error);
    expect(isRetryableError(error)).toBe(true);
    const fatal = new Error('fatal');
    expect(() => throwUnrecoverableError(fatal)).toThrow(fatal);
    expect(isUnrecoverableError(fatal)).toBe(true);
  });
});

describe('retry dates', () => {
  test("Kibana's backoff: 30s first, then up to 5m * 2^(n-2), capped at 1h", () => {
    expect(calculateDelayBasedOnAttempts(1)).toBe(30_000);
    expect(calculateDelayBasedOnAttempts(2, () => 1)).toBe(300_000);
    expect(calculateDelayBasedOnAttempts(3, () => 1)).toBe(600_000);
    expect(calculateDelayBasedOnAttempts(10, () => 1)).toBe(3_600_000);
    expect(calculateDelayBasedOnAttempts(3, () => 0.5)).toBe(300_000);
  });

  test('a retryable date wins, false means no retry, anything else backs off', () => {
    const at = new Date(Date.now() + 5000);
    expect(getRetryDate(createRetryableError(new Error('x'), at), 1)).toBe(at);
    expect(getRetryDate(createRetryableError(new Error('x'), false), 1)).toBeUndefined();
    expect(getRetryDate(createRetryableError(new Error('x'), true), 1, 1000)).toEqual(new Date(31_000));
    expect(getRetryDate(new Error('plain'), 1, 1000)).toEqual(new Date(31_000));
  });
});
