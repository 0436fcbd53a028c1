import { type Fold, rememberingFold } from "../../core/foldText";
import type { User } from "../../core/types";
import type { Job } from "./backgroundWork";
import type { SlotRecords } from "./searchText";
import { SlicedSort } from "./slicedSort";
import { SlotOrder } from "./slotOrder";
import { compareKeyed } from "./sortKeys";

/** Records whose keys one step computes. */
const KEYS_PER_STEP = 1024;
/** Items one step sorts or merges. */
const SORTS_PER_STEP = 4096;

/**
 * Builds a column's order in bounded steps: the keys of every record, then a sliced merge sort;
 * the order is published only when complete. A change to the records meanwhile restarts it, so what
 * is published always matches the records.
 */
export class OrderBuild implements Job {
  private keys: string[] = [];
  private live: number[] = [];
  private fold: Fold | undefined;
  private sort: SlicedSort | undefined;
  private isPublished = false;

  constructor(
    private readonly records: SlotRecords,
    private readonly keyOf: (user: User, fold?: Fold) => string,
    private readonly publish: (order: SlotOrder) => void,
  ) {}

  /** The records changed: what was computed so far may be stale. Harmless once published. */
  restart(): void {
    this.keys = [];
    this.live = [];
    this.sort = undefined;
  }

  step(): boolean {
    // Done for good: a published order is kept current by its owner, never rebuilt by this job.
    if (this.isPublished) return true;
    if (!this.sort) {
      this.fold ??= rememberingFold();
      const { slotCount } = this.records;
      const to = Math.min(slotCount, this.keys.length + KEYS_PER_STEP);
      for (let slot = this.keys.length; slot < to; slot++) {
        const user = this.records.at(slot);
        this.keys.push(user ? this.keyOf(user, this.fold) : "");
        if (user) this.live.push(slot);
      }
      if (to < slotCount) return false;
      const { keys } = this;
      const idOf = (slot: number) => (this.records.at(slot) as User).id;
      this.sort = new SlicedSort(Int32Array.from(this.live), (a, b) =>
        compareKeyed(keys[a] as string, idOf(a), keys[b] as string, idOf(b)),
      );
      this.fold = undefined;
      this.live = [];
    }
    if (!this.sort.step(SORTS_PER_STEP)) return false;
    const sorted = this.sort.sorted;
    this.restart();
    this.isPublished = true;
    this.publish(new SlotOrder(sorted));
    return true;
  }

  /** Runs to the end now, for a call that cannot wait. */
  finish(): void {
    while (!this.step()) {
      // Each step does a bounded part; nothing else runs in between.
    }
  }
}
