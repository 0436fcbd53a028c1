import type { ListUsersParams, ListUsersResult } from "../../adapter/contract";
import { cursorError, DEFAULT_USER_SORT, encodeListCursor, requestedCursor } from "../../adapter/listCursor";
import type { User } from "../../core/types";
import { firstPast } from "./firstPast";
import type { UserIndex } from "./userIndex";

/**
 * R1: one page of `matches` (the whole list, in order): by offset, or after / before a cursor, found
 * by binary search on the (sort key, id) the list is ordered by. Cursors of the page's first and last
 * rows come back, so the next and previous pages need no offset either.
 */
export function memoryUsersPage(index: UserIndex, matches: readonly User[], params: ListUsersParams): ListUsersResult {
  const sort = params.sort ?? DEFAULT_USER_SORT;
  const requested = requestedCursor(params);
  const keyOf = (user: User) => index.sortKeyOf(user, sort.field);
  let start = (params.page - 1) * params.pageSize;
  let end = start + params.pageSize;
  if (requested) {
    const { side, cursor } = requested;
    // This adapter's keys are never null (a missing last login is its empty key).
    if (cursor.key === null) throw cursorError(side, "bad key");
    const key = cursor.key;
    const sign = sort.direction === "asc" ? 1 : -1;
    // How a row compares with the cursor's in list order: negative before it, positive after.
    const compare = (user: User) => {
      const own = keyOf(user);
      const order = own !== key ? (own < key ? -1 : 1) : user.id < cursor.id ? -1 : user.id > cursor.id ? 1 : 0;
      return order * sign;
    };
    if (side === "after") {
      start = firstPast(matches.length, (at) => compare(matches[at] as User) > 0);
      end = start + params.pageSize;
    } else {
      end = firstPast(matches.length, (at) => compare(matches[at] as User) >= 0);
      start = Math.max(0, end - params.pageSize);
    }
  }
  const users = matches.slice(start, end);
  const first = users[0];
  const last = users[users.length - 1];
  const cursorOf = (user: User) => encodeListCursor({ ...sort, key: keyOf(user), id: user.id });
  return {
    users,
    total: matches.length,
    ...(first && start > 0 ? { prevCursor: cursorOf(first) } : {}),
    ...(last && start + users.length < matches.length ? { nextCursor: cursorOf(last) } : {}),
  };
}
