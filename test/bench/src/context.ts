import type { Figures } from './figures';

export interface BenchContext {
  quick: boolean;
  store: 'sqlite' | 'postgres';
  /** A fresh database for one server (PostgreSQL), or undefined (SQLite in a temp folder). */
  storeUrl(): Promise<string | undefined>;
  figures: Figures;
  /** What a reader needs to interpret the figures: conditions, substitutions, skipped parts. */
  notes: string[];
  log(message: string): void;
  /** Task manager capacity for the queued runs, and the baseline's concurrency. */
  capacity: number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
