import type { FigureKey, Figures } from './figures';

export interface BenchContext {
  quick: boolean;
  store: 'sqlite' | 'postgres';
  /** A fresh database for one server (PostgreSQL), or undefined (SQLite in a temp folder). */
  storeUrl(): Promise<string | undefined>;
  figures: Figures;
  /** Figures whose measurement failed, with why (reported as FAIL, null in the JSON). */
  errors: Partial<Record<FigureKey, string>>;
  /** What a reader needs to interpret the figures: conditions, substitutions, skipped parts. */
  notes: string[];
  log(message: string): void;
  /** Task manager capacity for the queued runs, and the baseline's concurrency. */
  capacity: number;
  /** Where to write a CPU profile of the queued throughput phase (`--profile`). */
  profileFile?: string;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs one measurement; a failure is recorded against its figures and the others go on. */
export async function attempt(ctx: BenchContext, keys: FigureKey[], what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    for (const key of keys) ctx.errors[key] = message;
    ctx.notes.push(`${what} failed: ${message}`);
    ctx.log(`${what} failed: ${message}`);
  }
}
