import { useMemo, useState } from "react";
import type { UserSort } from "../adapter/contract";
import type { UserStatus } from "../core/types";
import { toListParams, type UsersListParams } from "./listParams";

/** Which page of the user list is shown, and how it is searched, filtered and sorted. */
export interface UsersListState {
  /**
   * The search text as typed, not debounced: debounce in the component that feeds it, unless the
   * adapter declares `behaviours.search: "as-typed"`.
   */
  search: string;
  /** `undefined`: the adapter's own order. */
  sort: UserSort | undefined;
  /** Only users with one of these roles; empty: every role. */
  roleIds: readonly string[];
  /** Only users with one of these statuses; empty: every status. */
  statuses: readonly UserStatus[];
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** {@link UsersListState} with its setters. Changing search, filters, sort or page size goes back to page 1. */
export interface UsersListStateControls extends UsersListState {
  setSearch(search: string): void;
  setSort(sort: UserSort | undefined): void;
  setRoleIds(roleIds: readonly string[]): void;
  setStatuses(statuses: readonly UserStatus[]): void;
  /** Pages below 1 become 1. */
  setPage(page: number): void;
  setPageSize(pageSize: number): void;
  /** The adapter params this state asks for: trimmed search, empty filters left out, the page's cursor if any. */
  params: UsersListParams;
}

/** Rows per page when the host does not say. */
export const DEFAULT_USERS_PAGE_SIZE = 25;

const DEFAULTS: UsersListState = {
  search: "",
  sort: undefined,
  roleIds: [],
  statuses: [],
  page: 1,
  pageSize: DEFAULT_USERS_PAGE_SIZE,
};

/** Keyset paging: the cursor the current page is read from (`useUsers` sets it on next / previous). */
export type PageCursor = Pick<UsersListParams, "after" | "before">;

/**
 * The user list's interaction state (search, sort, filters, page) with no data and no DOM. Every
 * change other than the page itself returns to page 1, so a narrower search never lands on an
 * empty page. The search value is kept exactly as typed: debounce where you read the input, e.g.
 * `setSearch` from a debounced callback, to avoid one request per keystroke.
 */
export function useUsersListState(initial: Partial<UsersListState> = {}): UsersListStateControls {
  const { setPageFrom: _internal, ...controls } = useCursorListState(initial);
  return controls;
}

/**
 * Internal: {@link useUsersListState} plus `setPageFrom`, which goes to a page from a cursor. Any
 * other change drops the cursor, so `params` never pairs a cursor with another page or list.
 */
export function useCursorListState(
  initial: Partial<UsersListState>,
): UsersListStateControls & { setPageFrom(page: number, cursor: PageCursor): void } {
  const [state, setState] = useState<UsersListState & PageCursor>(() => ({ ...DEFAULTS, ...initial }));
  const setters = useMemo(() => {
    const to = (change: Partial<UsersListState>, cursor: PageCursor = {}) =>
      setState(({ after: _after, before: _before, ...s }) => ({ ...s, ...change, ...cursor }));
    const firstPageWith = (change: Partial<UsersListState>) => to({ ...change, page: 1 });
    return {
      setSearch: (search: string) => firstPageWith({ search }),
      setSort: (sort: UserSort | undefined) => firstPageWith({ sort }),
      setRoleIds: (roleIds: readonly string[]) => firstPageWith({ roleIds }),
      setStatuses: (statuses: readonly UserStatus[]) => firstPageWith({ statuses }),
      setPageSize: (pageSize: number) => firstPageWith({ pageSize }),
      setPage: (page: number) => to({ page: Math.max(1, Math.floor(page)) }),
      setPageFrom: (page: number, cursor: PageCursor) => to({ page }, cursor),
    };
  }, []);
  const { after: _after, before: _before, ...visible } = state;
  const params = useMemo(() => paramsOf(state), [state]);
  return { ...visible, ...setters, params };
}

/** Internal: what `listUsers` is asked for in a list state; empty filters are left out (one cache key per list). */
function paramsOf(state: UsersListState & PageCursor): UsersListParams {
  return toListParams({ ...state, search: state.search.trim() });
}

/** Internal: the `listUsers` parameters of a list's first state, e.g. for a prefetch under the same key. */
export function initialUsersListParams(initial: Partial<UsersListState> = {}): UsersListParams {
  return paramsOf({ ...DEFAULTS, ...initial });
}
