import { newEventId } from './event_id';
import type { Logger } from '@kbn/core-server';
import type { IValidatedEvent } from '../event/event_schema';
import { toEventRows, type EventRows } from './event_rows';
import { insertEvents } from './insert_events';
import type { EventStore } from './tables';

export interface EventWriterOptions {
  log: Logger;
  /** A batch is written as soon as this many events wait. */
  maxEvents: number;
  /** ...or this long after the first of them arrived. */
  flushIntervalMs: number;
  /** Events held while the store is slow or down; beyond this, new events are dropped (and logged). */
  maxQueued: number;
  /** Attempts after the first failed write of a batch, `retryDelayMs` apart (doubling), before it is dropped. */
  retries: number;
  retryDelayMs: number;
}

export const DEFAULT_WRITER_OPTIONS = { maxEvents: 100, flushIntervalMs: 250, maxQueued: 100_000, retries: 3, retryDelayMs: 200 };

/**
 * Buffers events in memory and stores them in batches, one transaction each, so logging an event
 * costs its caller a push onto an array. Events logged before `attach` (during setup) wait for the
 * store; `stop` writes what is left.
 */
export class EventWriter {
  private readonly queue: IValidatedEvent[] = [];
  private store: EventStore | undefined;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private stopped = false;
  private droppedSinceLastWarning = 0;

  constructor(private readonly options: EventWriterOptions) {}

  /** The store to write to, once core's storage has started. */
  public attach(store: EventStore): void {
    this.store = store;
    if (this.queue.length > 0) this.schedule();
  }

  public write(event: IValidatedEvent): void {
    if (this.stopped) {
      this.options.log.debug('An event was logged after the event log stopped; it is not stored');
      return;
    }
    if (this.queue.length >= this.options.maxQueued) {
      if (this.droppedSinceLastWarning++ === 0) this.options.log.error(`The event log holds ${this.queue.length} unwritten events; dropping new ones until the store catches up`);
      return;
    }
    // Rows and JSON are made when the batch is written, off the caller's path.
    this.queue.push(event);
    this.schedule();
  }

  /** Resolves once every event logged so far is stored (or dropped after its retries). */
  public async flush(): Promise<void> {
    while (this.store && (this.queue.length > 0 || this.draining)) await this.drain();
  }

  /** Writes what is buffered; later events are not stored. */
  public async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.flush();
  }

  private schedule(): void {
    if (!this.store || this.draining) return;
    const full = this.queue.length >= this.options.maxEvents;
    if (full) this.clearTimer();
    if (this.timer) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.drain();
      },
      full ? 0 : this.options.flushIntervalMs
    );
    // A pending batch must not keep the process alive; stop() writes it.
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private drain(): Promise<void> {
    this.clearTimer();
    this.draining ??= this.writeAll().finally(() => {
      this.draining = undefined;
      if (this.queue.length > 0 && !this.stopped) this.schedule();
    });
    return this.draining;
  }

  private async writeAll(): Promise<void> {
    while (this.store && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxEvents);
      await this.writeBatch(this.store, batch.map((event) => toEventRows(newEventId(), event)));
    }
    if (this.droppedSinceLastWarning > 0) {
      this.options.log.error(`The event log dropped ${this.droppedSinceLastWarning} events while its buffer was full`);
      this.droppedSinceLastWarning = 0;
    }
  }

  private async writeBatch(store: EventStore, batch: EventRows[]): Promise<void> {
    const { retries, retryDelayMs, log } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        await insertEvents(store, batch);
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (attempt >= retries) {
          log.error(`Unable to store ${batch.length} events after ${attempt + 1} attempts, dropping them: ${message}`);
          return;
        }
        log.warn(`Unable to store ${batch.length} events (attempt ${attempt + 1} of ${retries + 1}), retrying: ${message}`);
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** attempt).unref());
      }
    }
  }
}
