import type { User } from "../../core/types";
import { SlotHash } from "./slotHash";

/**
 * The user records, each at a slot (its position) that indexes refer to, and found by id. Starts on
 * the dataset's own array, copied only at the first change: the dataset is never mutated, and an
 * account that is only read keeps no second array of its users.
 */
export class SlotTable {
  private records: readonly (User | undefined)[];
  private isOwned = false;
  private live: number;
  private readonly ids: SlotHash;

  constructor(users: readonly User[]) {
    this.records = users;
    this.live = users.length;
    this.ids = new SlotHash((slot) => this.records[slot]?.id ?? "", users.length);
    for (let slot = 0; slot < users.length; slot++) this.ids.add(slot, (users[slot] as User).id);
  }

  /** Slots in use or emptied by a deletion: every slot is below this. */
  get slotCount(): number {
    return this.records.length;
  }

  /** Users stored. */
  get size(): number {
    return this.live;
  }

  at(slot: number): User | undefined {
    return this.records[slot];
  }

  slotOf(id: string): number | undefined {
    const slot = this.ids.find(id);
    return slot < 0 ? undefined : slot;
  }

  /** Stores a user at its slot, or at a new one when its id is new; returns the slot. */
  set(user: User): number {
    const records = this.writable();
    const slot = this.slotOf(user.id);
    if (slot !== undefined) {
      records[slot] = user;
      return slot;
    }
    records.push(user);
    this.live++;
    this.ids.add(records.length - 1, user.id);
    return records.length - 1;
  }

  /** Empties the user's slot (slots are never reused); returns it. */
  remove(id: string): number | undefined {
    const slot = this.slotOf(id);
    if (slot === undefined) return undefined;
    this.ids.remove(slot, id);
    this.writable()[slot] = undefined;
    this.live--;
    return slot;
  }

  private writable(): (User | undefined)[] {
    if (!this.isOwned) {
      this.records = [...this.records];
      this.isOwned = true;
    }
    return this.records as (User | undefined)[];
  }
}
