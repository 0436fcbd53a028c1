import { keepPreviousData, type UseMutationResult } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import type { ListUsersResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import type { ChangePasswordVariables } from "./changePasswordMutationOptions";
import type { DeleteUserVariables } from "./deleteUserMutationOptions";
import { type ListQueryState, listQueryState } from "./listQueryState";
import type { UpdateUserVariables } from "./updateUserMutationOptions";
import { useChangePassword } from "./useChangePassword";
import { useDeleteUser } from "./useDeleteUser";
import { useLibraryQuery } from "./useLibraryQuery";
import { useReactivateUser } from "./useReactivateUser";
import type { UserStatusVariables } from "./userStatusMutationOptions";
import { usersQueryOptions } from "./usersQueryOptions";
import { useSuspendUser } from "./useSuspendUser";
import { useUpdateUser } from "./useUpdateUser";
import { type UsersListState, type UsersListStateControls, useCursorListState } from "./useUsersListState";

/** Options of {@link useUsers}: the list's starting state, and whether to fetch at all. */
export interface UseUsersOptions extends Partial<UsersListState> {
  /** `false` to fetch nothing, e.g. for a viewer who may not see other users (R8). Default `true`. */
  enabled?: boolean;
}

/** What {@link useUsers} returns: list state and setters, the current page, and the user mutations. */
export interface UseUsersResult extends UsersListStateControls, ListQueryState<ListUsersResult> {
  /** The users of the current page; while the next page loads, those of the previous one. */
  users: User[];
  /** `users` are the previous page's while the requested one loads. */
  isPlaceholderData: boolean;
  updateUser: UseMutationResult<User, UserManagementError, UpdateUserVariables, CacheSnapshot>;
  deleteUser: UseMutationResult<void, UserManagementError, DeleteUserVariables, CacheSnapshot>;
  suspendUser: UseMutationResult<User, UserManagementError, UserStatusVariables, CacheSnapshot>;
  reactivateUser: UseMutationResult<User, UserManagementError, UserStatusVariables, CacheSnapshot>;
  changePassword: UseMutationResult<void, UserManagementError, ChangePasswordVariables, unknown>;
}

/**
 * The user list (R1): paged, searched, filtered and sorted by the adapter, with the mutations a
 * row offers. Paging keeps the previous page on screen until the next arrives, so nothing
 * flashes. `setPage(page ± 1)` reads the neighbouring page from the shown page's `nextCursor` /
 * `prevCursor` when the adapter gives them (keyset paging); other pages, and adapters without
 * cursors, are read by number. `page` counts pages either way. `search` is kept as typed and sent
 * on every change: debounce your input before calling `setSearch`, unless the adapter declares
 * `behaviours.search: "as-typed"` (it answers in-process; `UserTable` then sends every change as a
 * React transition). Mutations are optimistic where the outcome is predictable, painted before the
 * adapter's answer is handled, and roll back on failure (R24).
 *
 * @example
 * ```tsx
 * const { users, page, pageCount, setPage, setSearch, suspendUser } = useUsers({ pageSize: 50 });
 * ```
 */
export function useUsers({ enabled = true, ...initial }: UseUsersOptions = {}): UseUsersResult {
  const { setPageFrom, ...list } = useCursorListState(initial);
  const query = useLibraryQuery("useUsers", (adapter) => ({
    ...usersQueryOptions(adapter, list.params),
    placeholderData: keepPreviousData,
    enabled,
  }));

  const state = listQueryState(query, list.pageSize);
  const { pageCount } = state;
  const { setPage: jumpTo, page } = list;
  // R1: the page beside this one is read by keyset when the adapter gave its cursor (no offset to
  // walk); any other page, page 1, or an adapter without cursors, by number.
  const shown = query.isPlaceholderData ? undefined : query.data;
  const setPage = useCallback(
    (to: number) => {
      if (to === page + 1 && shown?.nextCursor) setPageFrom(to, { after: shown.nextCursor });
      else if (to === page - 1 && to > 1 && shown?.prevCursor) setPageFrom(to, { before: shown.prevCursor });
      else jumpTo(to);
    },
    [page, shown, setPageFrom, jumpTo],
  );
  // After deletions the current page may no longer exist: show the last one that does.
  const isPastEnd = query.isSuccess && !query.isPlaceholderData && page > pageCount;
  useEffect(() => {
    if (isPastEnd) jumpTo(pageCount);
  }, [isPastEnd, pageCount, jumpTo]);

  return {
    ...list,
    ...state,
    setPage,
    users: query.data?.users ?? [],
    isPlaceholderData: query.isPlaceholderData,
    updateUser: useUpdateUser(),
    deleteUser: useDeleteUser(),
    suspendUser: useSuspendUser(),
    reactivateUser: useReactivateUser(),
    changePassword: useChangePassword(),
  };
}
