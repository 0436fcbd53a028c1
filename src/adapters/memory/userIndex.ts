import type { SortDirection, UserSort, UserSortField } from "../../adapter/contract";
import type { RoleDefinition, User, UserStatus } from "../../core/types";
import { firstPast } from "./firstPast";
import { TrigramIndex } from "./trigramIndex";

/** What one list query asks for, paging aside. */
export interface UserQuery {
  search?: string;
  sort?: UserSort;
  roleIds?: readonly string[];
  statuses?: readonly UserStatus[];
}

const STATUS_ORDER: Record<UserStatus, string> = { active: "0", suspended: "1", revoked: "2" };
const DEFAULT_SORT: UserSort = { field: "name", direction: "asc" };
const SEPARATOR = "\u0000";

/** Lower-cases and strips accents, so "jose" finds "José". */
export function foldForSearch(text: string): string {
  // Printable ASCII has no accents to strip; skipping NFKD there makes indexing 100,000 users faster.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const ASCII = /^[ -~]*$/;

interface Order {
  /** Sort key per slot. */
  keys: string[];
  /** Slots in ascending (key, id) order. */
  slots: number[];
}

/**
 * The memory adapter's user table, indexed so that a search + sort + page over 100,000 users never
 * sorts or tests every name per call (R1):
 * - each record has a slot; a column's order is an array of slots, built on first use and kept
 *   sorted by binary-search insert and remove on every change;
 * - searches of three characters or more start from a trigram index;
 * - the last match list is kept, so turning pages costs a slice.
 */
export class UserIndex {
  private readonly users: (User | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly orders = new Map<UserSortField, Order>();
  private readonly roleRank: Map<string, number>;
  private trigrams: TrigramIndex | undefined;
  private cached: { signature: string; matches: readonly User[] } | undefined;

  constructor(users: Iterable<User>, roles: readonly RoleDefinition[]) {
    this.roleRank = new Map(roles.map((role, rank) => [role.id, rank]));
    for (const user of users) this.add(user);
  }

  get size(): number {
    return this.slotOf.size;
  }

  get(id: string): User | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.users[slot];
  }

  *values(): IterableIterator<User> {
    for (const user of this.users) if (user) yield user;
  }

  /** Adds or replaces a user, keeping every built order and the search index correct. */
  put(user: User): void {
    const slot = this.slotOf.get(user.id);
    if (slot === undefined) {
      const added = this.add(user);
      for (const [field, order] of this.orders) this.insert(order, added, this.sortKey(user, field));
    } else {
      for (const order of this.orders.values()) this.remove(order, slot);
      this.users[slot] = user;
      this.trigrams?.add(slot, haystackOf(user));
      for (const [field, order] of this.orders) this.insert(order, slot, this.sortKey(user, field));
    }
    this.cached = undefined;
  }

  delete(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    for (const order of this.orders.values()) this.remove(order, slot);
    // The slot stays empty; stale trigram entries for it are skipped because the user is gone.
    this.users[slot] = undefined;
    this.slotOf.delete(id);
    this.cached = undefined;
  }

  /** Every user matching the query, in order. The result is reused until the next change. */
  query(query: UserQuery): readonly User[] {
    const sort = query.sort ?? DEFAULT_SORT;
    const needle = foldForSearch(query.search?.trim() ?? "");
    const roleIds = query.roleIds && query.roleIds.length > 0 ? new Set(query.roleIds) : undefined;
    const statuses = query.statuses && query.statuses.length > 0 ? new Set<string>(query.statuses) : undefined;
    const signature = JSON.stringify([sort, needle, [...(roleIds ?? [])].sort(), [...(statuses ?? [])].sort()]);
    if (this.cached?.signature === signature) return this.cached.matches;

    const candidates = needle === "" ? undefined : this.searchIndex().candidates(needle, this.users.length);
    const { slots } = this.order(sort.field);
    const matches: User[] = [];
    const visit = (slot: number) => {
      if (candidates && !candidates[slot]) return;
      const user = this.users[slot] as User;
      if (roleIds && !roleIds.has(user.roleId)) return;
      if (statuses && !statuses.has(user.status)) return;
      if (needle !== "" && !haystackOf(user).includes(needle)) return;
      matches.push(user);
    };
    walk(slots, sort.direction, visit);
    this.cached = { signature, matches };
    return matches;
  }

  /** The string whose plain comparison (then the id's) gives `field`'s order: what a cursor holds. */
  sortKeyOf(user: User, field: UserSortField): string {
    return this.sortKey(user, field);
  }

  private add(user: User): number {
    const slot = this.users.length;
    this.users.push(user);
    this.slotOf.set(user.id, slot);
    this.trigrams?.add(slot, haystackOf(user));
    return slot;
  }

  private searchIndex(): TrigramIndex {
    if (!this.trigrams) {
      this.trigrams = new TrigramIndex();
      for (let slot = 0; slot < this.users.length; slot++) {
        const user = this.users[slot];
        if (user) this.trigrams.add(slot, haystackOf(user));
      }
    }
    return this.trigrams;
  }

  private order(field: UserSortField): Order {
    let order = this.orders.get(field);
    if (!order) {
      const keys = this.users.map((user) => (user ? this.sortKey(user, field) : ""));
      const slots: number[] = [];
      for (const slot of this.slotOf.values()) slots.push(slot);
      slots.sort((a, b) => this.compare(keys, a, keys[b] as string, b));
      order = { keys, slots };
      this.orders.set(field, order);
    }
    return order;
  }

  private insert(order: Order, slot: number, key: string): void {
    order.keys[slot] = key;
    order.slots.splice(this.lowerBound(order, key, slot), 0, slot);
  }

  private remove(order: Order, slot: number): void {
    const at = this.lowerBound(order, order.keys[slot] as string, slot);
    if (order.slots[at] === slot) order.slots.splice(at, 1);
  }

  /** First position whose (key, id) is not below the given slot's. */
  private lowerBound(order: Order, key: string, slot: number): number {
    return firstPast(order.slots.length, (at) => this.compare(order.keys, order.slots[at] as number, key, slot) >= 0);
  }

  /** Orders by key, then by id so that every order is total and stable across runs. */
  private compare(keys: readonly string[], slotA: number, keyB: string, slotB: number): number {
    const keyA = keys[slotA] as string;
    if (keyA !== keyB) return keyA < keyB ? -1 : 1;
    if (slotA === slotB) return 0;
    const idA = (this.users[slotA] as User).id;
    const idB = (this.users[slotB] as User).id;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  }

  /** A string whose plain comparison gives the column's order. */
  private sortKey(user: User, field: UserSortField): string {
    switch (field) {
      case "name": {
        const haystack = haystackOf(user);
        return haystack.slice(0, haystack.indexOf(SEPARATOR)).trim() || user.email.toLowerCase();
      }
      case "email":
        return user.email.trim().toLowerCase();
      case "lastLoginAt":
        // Never logged in sorts as the oldest.
        return user.lastLoginAt ?? "";
      case "createdAt":
        return user.createdAt;
      case "role":
        return String(this.roleRank.get(user.roleId) ?? 9999).padStart(4, "0");
      case "status":
        return STATUS_ORDER[user.status];
    }
  }
}

const haystackCache = new WeakMap<User, string>();

/** Folded "first last" + separator + email; computed once per user object. */
function haystackOf(user: User): string {
  let haystack = haystackCache.get(user);
  if (haystack === undefined) {
    haystack = `${foldForSearch(`${user.firstName} ${user.lastName}`)}${SEPARATOR}${foldForSearch(user.email)}`;
    haystackCache.set(user, haystack);
  }
  return haystack;
}

function walk(slots: readonly number[], direction: SortDirection, visit: (slot: number) => void): void {
  if (direction === "asc") for (let i = 0; i < slots.length; i++) visit(slots[i] as number);
  else for (let i = slots.length - 1; i >= 0; i--) visit(slots[i] as number);
}
