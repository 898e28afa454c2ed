export type ByteSizeValueUnit = 'b' | 'kb' | 'mb' | 'gb';

const MULTIPLIERS: Record<ByteSizeValueUnit, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
const PATTERN = /^(\d+)(b|kb|mb|gb)$/i;

export const BYTE_SIZE_FORMAT_MESSAGE =
  "Failed to parse value as byte value. Value must be either number of bytes, or follow the format <count>[b|kb|mb|gb] (e.g., '1024kb', '200mb', '1gb'), where the number is a safe positive integer.";

/** A size in bytes, read from `'10mb'`, `'1024kb'` or a number of bytes (as Kibana's ByteSizeValue). */
export class ByteSizeValue {
  public static parse(text: string): ByteSizeValue {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed)) return new ByteSizeValue(Number(trimmed));
    const match = PATTERN.exec(trimmed);
    if (!match) throw new Error(BYTE_SIZE_FORMAT_MESSAGE);
    const bytes = Number(match[1]) * MULTIPLIERS[match[2].toLowerCase() as ByteSizeValueUnit];
    if (!Number.isSafeInteger(bytes)) throw new Error(BYTE_SIZE_FORMAT_MESSAGE);
    return new ByteSizeValue(bytes);
  }

  constructor(private readonly valueInBytes: number) {
    if (!Number.isSafeInteger(valueInBytes) || valueInBytes < 0) {
      throw new Error(`Value in bytes is expected to be a safe positive integer.`);
    }
  }

  public getValueInBytes(): number {
    return this.valueInBytes;
  }

  public isGreaterThan(other: ByteSizeValue): boolean {
    return this.valueInBytes > other.valueInBytes;
  }

  public isLessThan(other: ByteSizeValue): boolean {
    return this.valueInBytes < other.valueInBytes;
  }

  public isEqualTo(other: ByteSizeValue): boolean {
    return this.valueInBytes === other.valueInBytes;
  }

  /** The largest unit that keeps a whole number (`1048576` -> `1mb`), or the given unit. */
  public toString(unit?: ByteSizeValueUnit): string {
    const chosen =
      unit ?? (['gb', 'mb', 'kb'] as const).find((u) => this.valueInBytes >= MULTIPLIERS[u] && this.valueInBytes % MULTIPLIERS[u] === 0) ?? 'b';
    const value = this.valueInBytes / MULTIPLIERS[chosen];
    return `${Number.isInteger(value) ? value : value.toFixed(2)}${chosen}`;
  }
}

export function ensureByteSizeValue(value: ByteSizeValue | string | number): ByteSizeValue {
  if (value instanceof ByteSizeValue) return value;
  if (typeof value === 'string') return ByteSizeValue.parse(value);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(BYTE_SIZE_FORMAT_MESSAGE);
  return new ByteSizeValue(value);
}
