export interface KnownSpacesOptions {
  /** Whether a space exists, asked of the store on a miss or once an answer is stale. */
  lookup: (spaceId: string) => Promise<boolean>;
  /** How long "exists" is trusted before it is re-checked in the background. */
  knownTtlMs?: number;
  /** How long "does not exist" is trusted; short, so a space created by another process shows up soon. */
  unknownTtlMs?: number;
  /** At most this many "does not exist" answers are kept (requests may name any id). */
  maxUnknown?: number;
  /** Errors of background re-checks (the request they ran for was already answered). */
  onRefreshError?: (error: unknown) => void;
  now?: () => number;
}

interface Entry {
  known: boolean;
  checkedAt: number;
}

export const KNOWN_TTL_MS = 60_000;
export const UNKNOWN_TTL_MS = 5_000;
export const MAX_UNKNOWN = 10_000;

/**
 * Which space ids exist, for a check that runs on every request into a space. A fresh answer is
 * given at once from memory; the store is asked only on a miss, when a "does not exist" has aged
 * out, or (in the background, without making the request wait) when an "exists" has aged out.
 * Concurrent misses for one id share a single lookup. Creates and deletes made by this process
 * update the cache at once; those made by other processes are seen once the TTLs run out.
 */
export class KnownSpaces {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<boolean>>();
  private readonly knownTtlMs: number;
  private readonly unknownTtlMs: number;
  private readonly maxUnknown: number;
  private readonly now: () => number;
  private unknownCount = 0;

  constructor(private readonly options: KnownSpacesOptions) {
    this.knownTtlMs = options.knownTtlMs ?? KNOWN_TTL_MS;
    this.unknownTtlMs = options.unknownTtlMs ?? UNKNOWN_TTL_MS;
    this.maxUnknown = options.maxUnknown ?? MAX_UNKNOWN;
    this.now = options.now ?? Date.now;
  }

  /** A boolean when memory has a usable answer, else the pending lookup. */
  public isKnown(spaceId: string): boolean | Promise<boolean> {
    const entry = this.entries.get(spaceId);
    if (entry?.known) {
      if (this.now() - entry.checkedAt >= this.knownTtlMs) {
        this.lookup(spaceId).catch((error: unknown) => this.options.onRefreshError?.(error));
      }
      return true;
    }
    if (entry && this.now() - entry.checkedAt < this.unknownTtlMs) return false;
    return this.lookup(spaceId);
  }

  /** This process created the space (or saw it in the store). */
  public markKnown(spaceId: string): void {
    this.inFlight.delete(spaceId);
    this.set(spaceId, true);
  }

  /** This process deleted the space. */
  public markUnknown(spaceId: string): void {
    this.inFlight.delete(spaceId);
    this.set(spaceId, false);
  }

  private lookup(spaceId: string): Promise<boolean> {
    const pending = this.inFlight.get(spaceId);
    if (pending) return pending;
    const promise = this.options.lookup(spaceId).then(
      (known) => {
        // A create or delete in this process while the store was read is newer than this answer.
        if (this.inFlight.get(spaceId) !== promise) return this.entries.get(spaceId)?.known ?? known;
        this.inFlight.delete(spaceId);
        this.set(spaceId, known);
        return known;
      },
      (error: unknown) => {
        if (this.inFlight.get(spaceId) === promise) this.inFlight.delete(spaceId);
        throw error;
      }
    );
    this.inFlight.set(spaceId, promise);
    return promise;
  }

  private set(spaceId: string, known: boolean): void {
    const previous = this.entries.get(spaceId);
    if (previous && !previous.known) this.unknownCount -= 1;
    // Re-inserting keeps the map in age order, so the oldest "unknown" entries are evicted first.
    this.entries.delete(spaceId);
    this.entries.set(spaceId, { known, checkedAt: this.now() });
    if (known) return;
    this.unknownCount += 1;
    if (this.unknownCount <= this.maxUnknown) return;
    for (const [id, entry] of this.entries) {
      if (entry.known) continue;
      this.entries.delete(id);
      this.unknownCount -= 1;
      break;
    }
  }
}
