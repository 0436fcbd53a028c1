import type { UserSort, UserSortField } from "../../adapter/contract";
import { normalizeEmail } from "../../core/email";
import { foldForSearch } from "../../core/foldText";
import type { RoleDefinition, User, UserStatus } from "../../core/types";
import { BackgroundWork, type Schedule } from "./backgroundWork";
import { OrderBuild } from "./orderBuild";
import { type CachedMatches, QueryCache } from "./queryCache";
import { type ListOrder, type RankedUsers, selectedList, sortedList } from "./rankedUsers";
import { SEARCH_CHUNK, SearchText } from "./searchText";
import { SlotHash } from "./slotHash";
import type { SlotOrder } from "./slotOrder";
import { SlotTable } from "./slotTable";
import { compareKeyed, type SortKeyOf, sortKeyHead, sortKeys } from "./sortKeys";

/** What one list query asks for, paging aside. */
export interface UserQuery {
  search?: string;
  sort?: UserSort;
  roleIds?: readonly string[];
  statuses?: readonly UserStatus[];
}

/** Tuning, for tests: a small account then takes the paths a large one takes. */
export interface UserIndexOptions {
  /** Where background steps run; tests pass their own to run them one by one. */
  schedule?: Schedule;
  /** Users per search chunk; an account of one chunk or less is searched without an index. */
  searchChunk?: number;
  /** Match lists up to this long are sorted when asked for, without building the column's order. */
  sortAtOnce?: number;
}

/** What has been built so far: for tests, which must not depend on timing. */
export interface IndexProgress {
  searchChunks: number;
  searchChunksBuilt: number;
  orders: UserSortField[];
}

const DEFAULT_SORT: UserSort = { field: "name", direction: "asc" };
/** A page reaching further than this into a list whose order is not built waits for the order. */
const PICK_REACH = 1000;
/**
 * A search is looked for among a cached shorter one's matches when they are at most this fraction
 * of the users (1 / REFINE_FROM); past it, the index's pass over every user is as quick.
 */
const REFINE_FROM = 16;

/**
 * The memory adapter's user table, indexed so that a search + sort + page over 100,000 users never
 * sorts or folds every user per call (R1), and so that the first page builds nothing it does not
 * need:
 * - the records stay the dataset's until a change; ids (and, on first use, emails) find slots
 *   through hash tables of slots;
 * - a column's order (a typed array of slots) is built in background steps when first asked for,
 *   then kept sorted on every change; until then a page is picked from the matches in one pass;
 * - searches read a folded text index built in background steps, falling back to the records for
 *   what is not built (or changed since) — same answer either way;
 * - results are cached per query until the next change.
 */
export class UserIndex {
  private readonly table: SlotTable;
  private readonly keyOf: SortKeyOf;
  private readonly search: SearchText;
  private readonly work: BackgroundWork;
  private readonly orders = new Map<UserSortField, SlotOrder>();
  private readonly builds = new Map<UserSortField, OrderBuild>();
  private readonly cache = new QueryCache();
  private emails: SlotHash | undefined;
  private isSearchWanted = false;
  private readonly searchChunk: number;
  private readonly sortAtOnce: number;

  constructor(users: readonly User[], roles: readonly RoleDefinition[], options: UserIndexOptions = {}) {
    this.table = new SlotTable(users);
    this.keyOf = sortKeys(roles);
    this.searchChunk = options.searchChunk ?? SEARCH_CHUNK;
    this.sortAtOnce = options.sortAtOnce ?? 2048;
    this.search = new SearchText(this.table, this.searchChunk);
    this.work = new BackgroundWork(options.schedule);
  }

  get size(): number {
    return this.table.size;
  }

  get(id: string): User | undefined {
    const slot = this.table.slotOf(id);
    return slot === undefined ? undefined : this.table.at(slot);
  }

  *values(): IterableIterator<User> {
    for (let slot = 0; slot < this.table.slotCount; slot++) {
      const user = this.table.at(slot);
      if (user) yield user;
    }
  }

  /** R2: the id of the user holding this email, compared normalised. */
  idByEmail(email: string): string | undefined {
    if (!this.emails) {
      // Built on first use (an invitation, an email change), not for the first page.
      const table = this.table;
      this.emails = new SlotHash((slot) => normalizeEmail(table.at(slot)?.email ?? ""), table.size);
      for (let slot = 0; slot < table.slotCount; slot++) {
        const user = table.at(slot);
        if (user) this.emails.add(slot, normalizeEmail(user.email));
      }
    }
    const slot = this.emails.find(normalizeEmail(email));
    return slot < 0 ? undefined : this.table.at(slot)?.id;
  }

  /** Adds or replaces a user; every built index and the cache reflect it at once. */
  put(user: User): void {
    const slot = this.table.slotOf(user.id);
    const previous = slot === undefined ? undefined : this.table.at(slot);
    if (slot !== undefined && previous) this.unindex(slot, previous);
    const at = this.table.set(user);
    for (const [field, order] of this.orders) order.insert(at, this.isPast(field, user));
    this.emails?.add(at, normalizeEmail(user.email));
    this.changed(at);
  }

  delete(id: string): void {
    const slot = this.table.slotOf(id);
    const previous = slot === undefined ? undefined : this.table.at(slot);
    if (slot === undefined || !previous) return;
    this.unindex(slot, previous);
    this.table.remove(id);
    this.changed(slot);
  }

  /**
   * The users matching the query, in order, ready to cut a page from. `reach`: how far into the
   * list an offset page goes (0 for a cursor page).
   */
  ranked(query: UserQuery, reach = 0): RankedUsers {
    const sort = query.sort ?? DEFAULT_SORT;
    this.wantSearch();
    const entry = this.matches(query);
    const order: ListOrder = {
      at: (slot) => this.table.at(slot),
      keyOf: (user, fold) => this.keyOf(user, sort.field, fold),
      headOf: (user, fold) => sortKeyHead(user, sort.field, fold),
      direction: sort.direction,
    };
    const sorted = this.sorted(entry, sort.field, reach > PICK_REACH);
    if (sorted) return sortedList(sorted, order);
    return selectedList(entry.count, (visit) => this.eachMatch(entry, visit), order);
  }

  /** Every user matching the query, in order. */
  query(query: UserQuery): readonly User[] {
    return this.ranked(query, Number.POSITIVE_INFINITY).atOffset(0, this.table.slotCount).users;
  }

  /** The string whose plain comparison (then the id's) gives `field`'s order: what a cursor holds. */
  sortKeyOf(user: User, field: UserSortField): string {
    return this.keyOf(user, field);
  }

  progress(): IndexProgress {
    return {
      searchChunks: this.search.chunkCount,
      searchChunksBuilt: this.search.builtCount,
      orders: [...this.orders.keys()],
    };
  }

  /** The search index is built in the background once the list is first read, if large enough to need it. */
  private wantSearch(): void {
    this.isSearchWanted = true;
    if (this.table.slotCount > this.searchChunk && this.search.builtCount < this.search.chunkCount) {
      this.work.add(this.search);
    }
  }

  private matches(query: UserQuery): CachedMatches {
    const needle = foldForSearch(query.search?.trim() ?? "");
    const roleIds = query.roleIds && query.roleIds.length > 0 ? new Set(query.roleIds) : undefined;
    const statuses = query.statuses && query.statuses.length > 0 ? new Set<string>(query.statuses) : undefined;
    const filters = JSON.stringify([[...(roleIds ?? [])].sort(), [...(statuses ?? [])].sort()]);
    return this.cache.get(JSON.stringify([needle, filters]), () => {
      const found = (slots: number[] | undefined) => ({
        matches: slots && Int32Array.from(slots),
        count: slots?.length ?? this.size,
        sorted: new Map(),
        needle,
        filters,
      });
      if (needle === "" && !roleIds && !statuses) return found(undefined);
      const slots: number[] = [];
      // Typing on from a cached search: its matches, already filtered, hold all of this one's.
      const narrower = needle === "" ? undefined : this.cache.narrowest(filters, needle);
      if (narrower?.matches && narrower.count <= this.table.slotCount / REFINE_FROM) {
        this.search.findAmong(needle, narrower.matches, (slot) => slots.push(slot));
        return found(slots);
      }
      const keep = (slot: number) => {
        const user = this.table.at(slot) as User;
        if ((!roleIds || roleIds.has(user.roleId)) && (!statuses || statuses.has(user.status))) slots.push(slot);
      };
      if (needle === "") this.eachLive(keep);
      else this.search.find(needle, keep);
      return found(slots);
    });
  }

  /** The matches in `field`'s order, or `undefined` when a page should be picked from them instead. */
  private sorted(entry: CachedMatches, field: UserSortField, mustSort: boolean): Int32Array | undefined {
    const cached = entry.sorted.get(field);
    if (cached) return cached;
    let order = this.orders.get(field);
    if (!order && entry.count <= this.sortAtOnce) {
      const sorted = this.sortMatches(entry, field);
      this.cache.addSorted(entry, field, sorted);
      return sorted;
    }
    if (!order) {
      const build = this.buildOrder(field);
      if (!mustSort) return undefined;
      build.finish();
      order = this.orders.get(field) as SlotOrder;
    }
    const sorted = entry.matches ? keepMatches(order.view, entry.matches, this.table.slotCount) : order.view;
    this.cache.addSorted(entry, field, sorted);
    return sorted;
  }

  private sortMatches(entry: CachedMatches, field: UserSortField): Int32Array {
    const rows: { slot: number; user: User; key: string }[] = [];
    this.eachMatch(entry, (slot) => {
      const user = this.table.at(slot) as User;
      rows.push({ slot, user, key: this.keyOf(user, field) });
    });
    rows.sort((a, b) => compareKeyed(a.key, a.user.id, b.key, b.user.id));
    return Int32Array.from(rows, (row) => row.slot);
  }

  private buildOrder(field: UserSortField): OrderBuild {
    let build = this.builds.get(field);
    if (!build) {
      build = new OrderBuild(
        this.table,
        (user, fold) => this.keyOf(user, field, fold),
        (order) => {
          this.orders.set(field, order);
          this.builds.delete(field);
        },
      );
      this.builds.set(field, build);
      this.work.add(build);
    }
    return build;
  }

  private eachMatch(entry: CachedMatches, visit: (slot: number) => void): void {
    if (entry.matches) for (const slot of entry.matches) visit(slot);
    else this.eachLive(visit);
  }

  private eachLive(visit: (slot: number) => void): void {
    for (let slot = 0; slot < this.table.slotCount; slot++) if (this.table.at(slot)) visit(slot);
  }

  /** Takes a user's slot out of every built index, while the record is still the one indexed. */
  private unindex(slot: number, user: User): void {
    for (const [field, order] of this.orders) order.remove(slot, this.isPast(field, user));
    this.emails?.remove(slot, normalizeEmail(user.email));
  }

  /** Whether a slot sorts at or after `user` in `field`'s order: what the binary searches ask. */
  private isPast(field: UserSortField, user: User): (other: number) => boolean {
    const key = this.keyOf(user, field);
    return (other) => {
      const record = this.table.at(other) as User;
      return compareKeyed(this.keyOf(record, field), record.id, key, user.id) >= 0;
    };
  }

  private changed(slot: number): void {
    this.cache.clear();
    this.search.touch(slot);
    // An order being built read records that may have changed: it starts over.
    for (const build of this.builds.values()) build.restart();
    if (this.isSearchWanted) this.wantSearch();
  }
}

/** The slots of `order` that are among `matches`, in the order's order. */
function keepMatches(order: Int32Array, matches: Int32Array, slotCount: number): Int32Array {
  const isMatch = new Uint8Array(slotCount);
  for (const slot of matches) isMatch[slot] = 1;
  const kept = new Int32Array(matches.length);
  let count = 0;
  for (const slot of order) if (isMatch[slot]) kept[count++] = slot;
  return kept;
}
