/**
 * What a counter the backend never issued is sent as: 0, which no record's version is (versions
 * start at 1, and the HTTP contract accepts 0 as a whole number), so it can only be a `conflict`.
 */
export const UNISSUED_VERSION = 0;

/**
 * Both directions between a backend's opaque versions and the per-record counters the checks speak
 * (`versions: "opaque"` in `ConformanceOptions`), for one test. Records are told apart by the
 * backend's id (users and external users share one space of ids).
 */
export interface VersionCounters {
  /**
   * The counter of a version the backend returned for a record: the counter it was given when the
   * backend first returned it (so a version that comes back, A → B → A, gets its earlier counter),
   * or else the record's next one (1 for a record never seen).
   */
  out(recordId: string, version: number): number;
  /**
   * The backend's version a counter of the record stands for; a counter never issued for it (0, 99)
   * is sent as {@link UNISSUED_VERSION}, so that it never matches by accident.
   */
  in(recordId: string, counter: number): number;
}

/** Fresh counters: every record starts unseen. */
export function createVersionCounters(): VersionCounters {
  // Per backend record id: the backend's versions in the order first seen; counter n is index n-1.
  const issued = new Map<string, number[]>();
  return {
    out(recordId, version) {
      const versions = issued.get(recordId) ?? [];
      issued.set(recordId, versions);
      const known = versions.indexOf(version);
      if (known >= 0) return known + 1;
      versions.push(version);
      return versions.length;
    },
    in(recordId, counter) {
      const versions = issued.get(recordId) ?? [];
      return Number.isInteger(counter) && counter >= 1 && counter <= versions.length
        ? (versions[counter - 1] as number)
        : UNISSUED_VERSION;
    },
  };
}
