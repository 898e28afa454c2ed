import { randomBytes } from 'node:crypto';

let lastMillis = 0;
let sequence = 0;

/**
 * A UUID version 7: 48 bits of Unix milliseconds, a 12-bit counter within the millisecond, then
 * random bits. Ids made later sort later (within one process), so new rows land at the end of the
 * primary-key index instead of all over it, which keeps batched inserts fast, and they break
 * `@timestamp` ties in write order.
 */
export function newEventId(now = Date.now()): string {
  if (now > lastMillis) {
    lastMillis = now;
    sequence = 0;
  } else {
    sequence = (sequence + 1) & 0xfff;
    // 4096 ids in one millisecond: borrow the next one, so order holds.
    if (sequence === 0) lastMillis++;
  }
  const random = randomBytes(8);
  const hex = lastMillis.toString(16).padStart(12, '0') + '7' + sequence.toString(16).padStart(3, '0');
  random[0] = (random[0] & 0x3f) | 0x80; // RFC 9562 variant
  const tail = random.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${tail.slice(0, 4)}-${tail.slice(4, 16)}`;
}
