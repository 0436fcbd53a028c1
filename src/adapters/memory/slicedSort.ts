/** Items sorted at once before merging: small enough that one run is a short step. */
const RUN = 512;

/**
 * A merge sort of slots that runs in bounded steps, so ordering 100,000 users never blocks for
 * long: runs of {@link RUN} items are sorted first, then merged pairwise, pass after pass.
 */
export class SlicedSort {
  private source: Int32Array;
  private target: Int32Array;
  private sortedUpTo = 0;
  private width = RUN;
  // The pair being merged: source [i, middle) and [j, end) into target from `out`.
  private middle = 0;
  private end = 0;
  private i = 0;
  private j = 0;
  private out = 0;

  constructor(
    items: Int32Array,
    private readonly compare: (a: number, b: number) => number,
  ) {
    this.source = items;
    this.target = new Int32Array(items.length);
    this.startPair(0);
  }

  /** Sorts about `budget` more items; true once {@link sorted} is in order. */
  step(budget: number): boolean {
    const n = this.source.length;
    while (budget > 0 && this.sortedUpTo < n) {
      const to = Math.min(n, this.sortedUpTo + RUN);
      this.source.subarray(this.sortedUpTo, to).sort(this.compare);
      budget -= to - this.sortedUpTo;
      this.sortedUpTo = to;
    }
    while (budget > 0 && this.width < n) budget = this.merge(budget);
    return this.sortedUpTo >= n && this.width >= n;
  }

  /** The items in order, once {@link step} said so. */
  get sorted(): Int32Array {
    return this.source;
  }

  private merge(budget: number): number {
    const { source, target, compare } = this;
    while (budget > 0 && this.out < this.end) {
      const takeLeft =
        this.i < this.middle &&
        (this.j >= this.end || compare(source[this.i] as number, source[this.j] as number) <= 0);
      target[this.out++] = takeLeft ? (source[this.i++] as number) : (source[this.j++] as number);
      budget--;
    }
    if (this.out < this.end) return budget;
    if (this.end < source.length) {
      this.startPair(this.end);
    } else {
      // A pass is done: the merged runs are twice as wide, and they become the source.
      this.source = target;
      this.target = source;
      this.width *= 2;
      this.startPair(0);
    }
    return budget;
  }

  private startPair(left: number): void {
    const n = this.source.length;
    this.middle = Math.min(n, left + this.width);
    this.end = Math.min(n, left + 2 * this.width);
    this.i = left;
    this.j = this.middle;
    this.out = left;
  }
}
