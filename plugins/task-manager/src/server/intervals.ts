const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const INTERVAL = /^([1-9][0-9]*)([smhd])$/;

/** A duration like `30s`, `5m`, `1h` or `2d` in milliseconds; Kibana's message otherwise. */
export function parseIntervalAsMillisecond(interval: string): number {
  const match = INTERVAL.exec(interval);
  if (!match) throw new Error(`Invalid interval "${interval}". Intervals must be of the form {number}m. Example: 5m.`);
  return Number(match[1]) * UNITS[match[2]];
}

export function isValidInterval(interval: string): boolean {
  return INTERVAL.test(interval);
}
