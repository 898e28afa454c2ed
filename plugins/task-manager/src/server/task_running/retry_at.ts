import { isRetryableError } from './errors';

const FIRST_RETRY_DELAY_MS = 30_000;
const BACKOFF_PER_FAILURE_MS = 5 * 60_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * Kibana's backoff: 30s after the first attempt, then a random delay up to 5m * 2^(attempts - 2),
 * capped at one hour (the jitter spreads retries of many tasks that failed together).
 */
export function calculateDelayBasedOnAttempts(attempts: number, random: () => number = Math.random): number {
  if (attempts <= 1) return FIRST_RETRY_DELAY_MS;
  const ceiling = Math.min(MAX_DELAY_MS, BACKOFF_PER_FAILURE_MS * Math.pow(2, attempts - 2));
  return Math.round(random() * ceiling);
}

/**
 * When the next attempt of a failed run may start, or undefined when the error says not to retry
 * (`createRetryableError(error, false)`). `attempts` counts the attempt that just failed.
 */
export function getRetryDate(error: unknown, attempts: number, now = Date.now()): Date | undefined {
  const retry = isRetryableError(error) ?? true;
  if (retry instanceof Date) return retry;
  return retry ? new Date(now + calculateDelayBasedOnAttempts(attempts)) : undefined;
}
