const EMPTY = -1;
const REMOVED = -2;

/**
 * Slots found by a string key (an id, a normalised email): an open-addressing hash table of slots in
 * one typed array, 4 to 8 bytes a user. Keys are not stored but read from the records through
 * `keyOf`; a key is passed in when adding or removing, as the record may be changing.
 */
export class SlotHash {
  private table: Int32Array;
  private live = 0;
  private used = 0;

  constructor(
    private readonly keyOf: (slot: number) => string,
    expected = 0,
  ) {
    this.table = new Int32Array(capacityFor(expected)).fill(EMPTY);
  }

  /** The slot whose key this is, or -1. */
  find(key: string): number {
    const mask = this.table.length - 1;
    for (let at = hashOf(key) & mask; ; at = (at + 1) & mask) {
      const slot = this.table[at] as number;
      if (slot === EMPTY) return -1;
      if (slot >= 0 && this.keyOf(slot) === key) return slot;
    }
  }

  add(slot: number, key: string): void {
    if ((this.used + 1) * 2 > this.table.length) this.rehash();
    const mask = this.table.length - 1;
    let at = hashOf(key) & mask;
    while ((this.table[at] as number) >= 0) at = (at + 1) & mask;
    if (this.table[at] === EMPTY) this.used++;
    this.table[at] = slot;
    this.live++;
  }

  remove(slot: number, key: string): void {
    const mask = this.table.length - 1;
    for (let at = hashOf(key) & mask; this.table[at] !== EMPTY; at = (at + 1) & mask) {
      if (this.table[at] === slot) {
        this.table[at] = REMOVED;
        this.live--;
        return;
      }
    }
  }

  private rehash(): void {
    const old = this.table;
    // Room for twice as many: growing stays rare, and a table full of removals is cleaned.
    this.table = new Int32Array(capacityFor(2 * (this.live + 1))).fill(EMPTY);
    this.live = 0;
    this.used = 0;
    for (const slot of old) if (slot >= 0) this.add(slot, this.keyOf(slot));
  }
}

/** A power of two at least twice the count: at most half full, probes stay short. */
function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return capacity;
}

/** FNV-1a over UTF-16 code units. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
