import type { SortDirection } from "../../adapter/contract";
import { type Fold, rememberingFold } from "../../core/foldText";
import type { User } from "../../core/types";
import { firstPast } from "./firstPast";
import { FirstRows, type KeyedRow } from "./firstRows";
import { compareHead, compareKeyed } from "./sortKeys";

/** Where a page starts in its list, and its rows. */
export interface PageWindow {
  start: number;
  users: User[];
}

/** The (sort key, id) of the row a cursor stands for. */
export interface RowPosition {
  key: string;
  id: string;
}

/** A list of users in list order that cuts out a page: by offset, or after or before a row. */
export interface RankedUsers {
  readonly total: number;
  atOffset(start: number, size: number): PageWindow;
  after(position: RowPosition, size: number): PageWindow;
  before(position: RowPosition, size: number): PageWindow;
}

/** How a list is ordered: one column's keys, one direction, over the records by slot. */
export interface ListOrder {
  at(slot: number): User | undefined;
  keyOf(user: User, fold?: Fold): string;
  /** A string the key starts with, cheaper than the key (sortKeyHead), or undefined. */
  headOf?(user: User, fold?: Fold): string | undefined;
  direction: SortDirection;
}

/** The list when its order is known: `ascending` holds every row's slot, by (key, id). */
export function sortedList(ascending: Int32Array, order: ListOrder): RankedUsers {
  const total = ascending.length;
  const userAt = (i: number) => order.at(ascending[order.direction === "asc" ? i : total - 1 - i] as number) as User;
  const rows = (start: number, end: number): PageWindow => {
    const users: User[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, total); i++) users.push(userAt(i));
    return { start, users };
  };
  const versus = (i: number, position: RowPosition) => {
    const user = userAt(i);
    return sign(order) * compareKeyed(order.keyOf(user), user.id, position.key, position.id);
  };
  return {
    total,
    atOffset: (start, size) => rows(start, start + size),
    after(position, size) {
      const start = firstPast(total, (i) => versus(i, position) > 0);
      return rows(start, start + size);
    },
    before(position, size) {
      const end = firstPast(total, (i) => versus(i, position) >= 0);
      return rows(Math.max(0, end - size), end);
    },
  };
}

/**
 * The list when its order is not built yet: each page is picked from the matches in one pass (the
 * first rows kept, the others counted), which gives exactly the page a full sort would. A row whose
 * key head already places it (before the cursor, or past the rows kept) is counted or turned away
 * without building its key: most of 100,000 are.
 */
export function selectedList(
  total: number,
  eachMatch: (visit: (slot: number) => void) => void,
  order: ListOrder,
): RankedUsers {
  const direction = sign(order);
  const idOf = (slot: number) => (order.at(slot) as User).id;
  const compare = (a: KeyedRow, b: KeyedRow) => direction * compareKeyed(a.key, idOf(a.slot), b.key, idOf(b.slot));
  const reversed = (a: KeyedRow, b: KeyedRow) => compare(b, a);
  /** Where a row with this key head stands against `key` in list order; 0 when the head cannot tell. */
  const side = (head: string, key: string) => direction * compareHead(head, key);
  /** `settled(head)` handles a row from its key head alone and says so; otherwise `visit` gets its key. */
  const eachRow = (visit: (row: KeyedRow) => void, settled: (head: string) => boolean) => {
    const fold = rememberingFold();
    eachMatch((slot) => {
      const user = order.at(slot) as User;
      const head = order.headOf?.(user, fold);
      if (head === undefined || !settled(head)) visit({ slot, key: order.keyOf(user, fold) });
    });
  };
  /** After the worst row kept (by its head): `first` would turn it away. */
  const pastKept = (head: string, first: FirstRows) => {
    const worst = first.worstKept;
    return worst !== undefined && side(head, worst.key) > 0;
  };
  const versus = (row: KeyedRow, position: RowPosition) =>
    direction * compareKeyed(row.key, idOf(row.slot), position.key, position.id);
  const users = (rows: readonly KeyedRow[]) => rows.map((row) => order.at(row.slot) as User);
  return {
    total,
    atOffset(start, size) {
      const first = new FirstRows(start + size, compare);
      eachRow(
        (row) => first.offer(row),
        (head) => pastKept(head, first),
      );
      return { start, users: users(first.sorted().slice(start)) };
    },
    after(position, size) {
      const first = new FirstRows(size, compare);
      let start = 0;
      eachRow(
        (row) => (versus(row, position) > 0 ? first.offer(row) : start++),
        (head) => {
          const where = side(head, position.key);
          if (where < 0) start++;
          return where < 0 || (where > 0 && pastKept(head, first));
        },
      );
      return { start, users: users(first.sorted()) };
    },
    before(position, size) {
      // The last rows before the position: the first ones in reverse.
      const last = new FirstRows(size, reversed);
      let end = 0;
      eachRow(
        (row) => {
          if (versus(row, position) >= 0) return;
          end++;
          last.offer(row);
        },
        (head) => {
          const where = side(head, position.key);
          if (where > 0) return true;
          const worst = last.worstKept;
          // Before the position, and before every row kept: counted, not kept.
          const isCountedOnly = where < 0 && worst !== undefined && side(head, worst.key) < 0;
          if (isCountedOnly) end++;
          return isCountedOnly;
        },
      );
      const rows = last.sorted().reverse();
      return { start: end - rows.length, users: users(rows) };
    },
  };
}

const sign = (order: ListOrder) => (order.direction === "asc" ? 1 : -1);
