/**
 * Which records contain a piece of text: for every three-character sequence, the slots whose text
 * holds it. A search of three characters or more reads a few posting lists instead of testing
 * every record (R1: 100,000 users). Stale entries are tolerated — callers verify candidates — so
 * an update only appends, and the index never has to be rebuilt.
 */
export class TrigramIndex {
  private readonly postings = new Map<number, number[]>();

  /** Records every trigram of `text` for `slot`. */
  add(slot: number, text: string): void {
    for (let i = 0; i + 2 < text.length; i++) {
      const key = trigramKey(text, i);
      let list = this.postings.get(key);
      if (!list) {
        list = [];
        this.postings.set(key, list);
      }
      if (list[list.length - 1] !== slot) list.push(slot);
    }
  }

  /**
   * Marks in the returned array the slots that may contain `needle` (every trigram present);
   * `undefined` when the needle is too short for trigrams. Candidates must still be verified.
   */
  candidates(needle: string, slotCount: number): Uint8Array | undefined {
    if (needle.length < 3) return undefined;
    const keys = new Set<number>();
    for (let i = 0; i + 2 < needle.length; i++) keys.add(trigramKey(needle, i));
    const lists: number[][] = [];
    for (const key of keys) {
      const list = this.postings.get(key);
      if (!list) return new Uint8Array(slotCount);
      lists.push(list);
    }
    // Intersect starting from the shortest list, so the work is bounded by the rarest trigram.
    lists.sort((a, b) => a.length - b.length);
    let marks = new Uint8Array(slotCount);
    for (const slot of lists[0] ?? []) marks[slot] = 1;
    for (let l = 1; l < lists.length; l++) {
      const next = new Uint8Array(slotCount);
      for (const slot of lists[l] ?? []) if (marks[slot]) next[slot] = 1;
      marks = next;
    }
    return marks;
  }
}

function trigramKey(text: string, at: number): number {
  // Three UTF-16 code units in one exact integer (48 bits < 2^53).
  return (text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)) * 65536 + text.charCodeAt(at + 2);
}
