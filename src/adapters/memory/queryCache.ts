import type { UserSortField } from "../../adapter/contract";

/** What one filter (search, roles, statuses) matched, and the matches in each order asked for. */
export interface CachedMatches {
  /** Matching slots, ascending; `undefined` when nothing is filtered out (every user). */
  matches: Int32Array | undefined;
  count: number;
  /** Matching slots by (key, id), ascending, per sort column. */
  sorted: Map<UserSortField, Int32Array>;
  /** The folded search text, and the other filters (roles, statuses) as one string. */
  needle: string;
  filters: string;
}

const MAX_ENTRIES = 32;
/** Slots the cache may hold in all (1 MiB): a few lists of every user, many short ones. */
const MAX_SLOTS = 1 << 18;

/**
 * Query results by filter, so that the next page of a search, or the same search sorted another way,
 * neither searches nor sorts again. Least recently used first out; emptied on every change.
 */
export class QueryCache {
  private readonly entries = new Map<string, CachedMatches>();

  get(signature: string, compute: () => CachedMatches): CachedMatches {
    let entry = this.entries.get(signature);
    if (entry) this.entries.delete(signature);
    else entry = compute();
    this.entries.set(signature, entry);
    this.trim(entry);
    return entry;
  }

  addSorted(entry: CachedMatches, field: UserSortField, slots: Int32Array): void {
    entry.sorted.set(field, slots);
    this.trim(entry);
  }

  /**
   * Of the cached searches with the same `filters` whose text `needle` contains (so whose matches
   * hold all of `needle`'s), the one with the fewest matches: what a search typed on from there is
   * looked for in.
   */
  narrowest(filters: string, needle: string): CachedMatches | undefined {
    let best: CachedMatches | undefined;
    for (const entry of this.entries.values()) {
      if (entry.filters !== filters || entry.needle === "" || !entry.matches || !needle.includes(entry.needle))
        continue;
      if (!best || entry.count < best.count) best = entry;
    }
    return best;
  }

  clear(): void {
    this.entries.clear();
  }

  /** Drops the least recently used entries but `keep` until within bounds. */
  private trim(keep: CachedMatches): void {
    for (const [signature, entry] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.held() <= MAX_SLOTS) return;
      if (entry !== keep) this.entries.delete(signature);
    }
  }

  private held(): number {
    let slots = 0;
    for (const entry of this.entries.values()) {
      slots += entry.matches?.length ?? 0;
      for (const sorted of entry.sorted.values()) slots += sorted.length;
    }
    return slots;
  }
}
