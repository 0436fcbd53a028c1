import { useMemo, useState } from "react";
import type { UserSort } from "../adapter/contract";
import type { UserStatus } from "../core/types";
import { toListParams, type UsersListParams } from "./listParams";

/** Which page of the user list is shown, and how it is searched, filtered and sorted. */
export interface UsersListState {
  /** The search text as typed, not debounced: debounce in the component that feeds it. */
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
  /** The adapter params this state asks for: trimmed search, empty filters left out. */
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

/**
 * The user list's interaction state (search, sort, filters, page) with no data and no DOM. Every
 * change other than the page itself returns to page 1, so a narrower search never lands on an
 * empty page. The search value is kept exactly as typed: debounce where you read the input, e.g.
 * `setSearch` from a debounced callback, to avoid one request per keystroke.
 */
export function useUsersListState(initial: Partial<UsersListState> = {}): UsersListStateControls {
  const [state, setState] = useState<UsersListState>(() => ({ ...DEFAULTS, ...initial }));
  const setters = useMemo(() => {
    const firstPageWith = (change: Partial<UsersListState>) => setState((s) => ({ ...s, ...change, page: 1 }));
    return {
      setSearch: (search: string) => firstPageWith({ search }),
      setSort: (sort: UserSort | undefined) => firstPageWith({ sort }),
      setRoleIds: (roleIds: readonly string[]) => firstPageWith({ roleIds }),
      setStatuses: (statuses: readonly UserStatus[]) => firstPageWith({ statuses }),
      setPageSize: (pageSize: number) => firstPageWith({ pageSize }),
      setPage: (page: number) => setState((s) => ({ ...s, page: Math.max(1, Math.floor(page)) })),
    };
  }, []);
  const params = useMemo(() => toListParams({ ...state, search: state.search.trim() }), [state]);
  return { ...state, ...setters, params };
}
