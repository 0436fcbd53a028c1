import { firstPast } from "./firstPast";

/**
 * A column's order: slots in ascending (key, id) order, packed in a typed array (4 bytes a user),
 * kept sorted by binary-search insert and remove on every change. Keys are not stored: the caller
 * compares with the records, and with the record as it was when removing.
 */
export class SlotOrder {
  private slots: Int32Array;
  private length: number;

  constructor(sorted: Int32Array) {
    this.slots = sorted;
    this.length = sorted.length;
  }

  /** The slots in order; valid until the next change. */
  get view(): Int32Array {
    return this.slots.subarray(0, this.length);
  }

  /** `isPast(other)`: whether `other` sorts at or after the slot being placed. */
  insert(slot: number, isPast: (other: number) => boolean): void {
    const at = this.find(isPast);
    if (this.length === this.slots.length) {
      const grown = new Int32Array(Math.max(16, Math.ceil(this.length * 1.25)));
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots.copyWithin(at + 1, at, this.length);
    this.slots[at] = slot;
    this.length++;
  }

  /** `isPast` as for {@link insert}, comparing with the slot's key before its change. */
  remove(slot: number, isPast: (other: number) => boolean): void {
    let at = this.find(isPast);
    // Keys are pure functions of the record, so the search finds it; the scan is a safety net.
    if (at >= this.length || this.slots[at] !== slot) at = this.view.indexOf(slot);
    if (at < 0) return;
    this.slots.copyWithin(at, at + 1, this.length);
    this.length--;
  }

  private find(isPast: (other: number) => boolean): number {
    return firstPast(this.length, (at) => isPast(this.slots[at] as number));
  }
}
