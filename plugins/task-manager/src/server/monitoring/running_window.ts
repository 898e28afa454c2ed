export interface Percentiles {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
}

/** The last `size` numbers, in a preallocated ring: recording allocates nothing. */
export class RunningWindow {
  private readonly values: Float64Array;
  private next = 0;
  private count = 0;

  constructor(size: number) {
    this.values = new Float64Array(size);
  }

  public push(value: number): void {
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.values.length;
    if (this.count < this.values.length) this.count += 1;
  }

  public get size(): number {
    return this.count;
  }

  /** Nearest-rank percentiles of the window; zeros when it is empty. */
  public percentiles(): Percentiles {
    if (this.count === 0) return { p50: 0, p90: 0, p95: 0, p99: 0 };
    const sorted = Array.from(this.values.subarray(0, this.count)).sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
    return { p50: at(50), p90: at(90), p95: at(95), p99: at(99) };
  }

  /** How often each value occurs, in percent of the window (integers, as Kibana reports them). */
  public frequencies(labels: readonly string[]): Record<string, number> {
    const counts = labels.map(() => 0);
    for (let i = 0; i < this.count; i++) counts[this.values[i]] += 1;
    return Object.fromEntries(labels.map((name, i) => [name, this.count === 0 ? 0 : Math.round((counts[i] / this.count) * 100)]));
  }
}
