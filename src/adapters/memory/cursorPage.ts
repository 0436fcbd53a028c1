import type { ListUsersParams, ListUsersResult } from "../../adapter/contract";
import { cursorError, DEFAULT_USER_SORT, encodeListCursor, requestedCursor } from "../../adapter/listCursor";
import type { User } from "../../core/types";
import type { PageWindow } from "./rankedUsers";
import type { UserIndex } from "./userIndex";

/**
 * R1: one page of the users matching `params`: by offset, or after / before a cursor, placed by the
 * (sort key, id) the list is ordered by. Cursors of the page's first and last rows come back, so the
 * next and previous pages need no offset either.
 */
export function memoryUsersPage(index: UserIndex, params: ListUsersParams): ListUsersResult {
  const requested = requestedCursor(params);
  const size = params.pageSize;
  if (requested) {
    const { side, cursor } = requested;
    // This adapter's keys are never null (a missing last login is its empty key).
    if (cursor.key === null) throw cursorError(side, "bad key");
    const list = index.ranked(params);
    const position = { key: cursor.key, id: cursor.id };
    const window = side === "after" ? list.after(position, size) : list.before(position, size);
    return pageResult(index, params, window, list.total);
  }
  const start = (params.page - 1) * size;
  const list = index.ranked(params, start + size);
  return pageResult(index, params, list.atOffset(start, size), list.total);
}

function pageResult(
  index: UserIndex,
  params: ListUsersParams,
  { start, users }: PageWindow,
  total: number,
): ListUsersResult {
  const sort = params.sort ?? DEFAULT_USER_SORT;
  const first = users[0];
  const last = users[users.length - 1];
  const cursorOf = (user: User) => encodeListCursor({ ...sort, key: index.sortKeyOf(user, sort.field), id: user.id });
  return {
    users,
    total,
    ...(first && start > 0 ? { prevCursor: cursorOf(first) } : {}),
    ...(last && start + users.length < total ? { nextCursor: cursorOf(last) } : {}),
  };
}
