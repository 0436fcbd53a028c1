import { type ReactNode, useEffect, useRef, useState } from "react";
import type { User } from "../../core/types";
import { usePermissions, userManagementKeys, useUsers } from "../../hooks";
import { useUserManagementContext } from "../../hooks/useUserManagementContext";
import { EditUserDialog } from "../edit-user";
import { useI18n } from "../i18n/I18nContext";
import { Announcer, useAnnounce } from "../ui/Announcer";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { ErrorMessage } from "../ui/ErrorMessage";
import { displayName } from "../ui/PersonName";
import { useRootProps } from "../ui/useRootProps";
import { visuallyHidden } from "../ui/visuallyHidden";
import { sortFieldOf, USER_TABLE_COLUMNS, type UserTableColumn } from "./columns";
import { type RowIntent, rowActions } from "./rowActions";
import { SortableHeader } from "./SortableHeader";
import { UserRow } from "./UserRow";
import { UserTablePagination } from "./UserTablePagination";
import { UserTableToolbar } from "./UserTableToolbar";

/** How long typing must pause before the search reaches the adapter: one request, not one per key (R1). */
const SEARCH_DEBOUNCE_MS = 250;

/** Props of {@link UserTable}. */
export interface UserTableProps {
  /** Which columns show, in this order (R4). Defaults to all: name, email, last login, 2FA, role, status. */
  columns?: readonly UserTableColumn[];
  /** Rows per page to start with; the person can change it. Defaults to 25. */
  pageSize?: number;
  className?: string;
  /** "Now" for relative last-login times; defaults to the current time (set it in stories and tests). */
  now?: Date;
}

/**
 * What the root's `data-state` says: `loading` (permissions or the first page), `error` (the list
 * could not be loaded; retry shown), `empty` (no users, or none matching; "clear search and
 * filters" then), `ready`, or `forbidden`.
 */
export type UserTableState = "loading" | "error" | "empty" | "ready" | "forbidden";

type OpenDialog = { user: User; intent: RowIntent };

/**
 * The account's users (R1, R4): search, sort, filters and pages all run on the adapter, so
 * 100,000 users stay fast. Each row has an actions menu whose items come from `can()` and say why
 * when denied (R9, R18, R19); suspend and delete are confirmed naming the person (R20); results
 * are announced and failures shown (R24).
 *
 * A viewer who may not see other users (R8) gets no table, only the catalog's `userTable.forbidden`
 * text (`data-state="forbidden"`): render the viewer's own profile in its place.
 *
 * Slots: `user-table` (root, `data-state`), `user-table-toolbar`, `user-table-search`,
 * `user-table-filter`, `user-table-scroll`, `user-table-table` (`aria-busy` while loading),
 * `user-table-head` (`aria-sort`), `user-table-sort` (`data-state` asc|desc|none),
 * `user-table-row` (`data-state` = status, `data-self` on the viewer's row), `user-table-cell`
 * (`data-column`), `user-table-self`, `user-table-2fa`, `user-table-message`, `user-table-pagination`,
 * `user-table-range`.
 *
 * @example
 * ```tsx
 * <UserTable columns={["name", "email", "role", "status"]} pageSize={50} />
 * ```
 */
export function UserTable(props: UserTableProps) {
  return (
    <Announcer>
      <UserTableContent {...props} />
    </Announcer>
  );
}

function UserTableContent({ columns = USER_TABLE_COLUMNS, pageSize, className, now }: UserTableProps) {
  const { messages } = useI18n();
  const m = messages.userTable;
  const rootProps = useRootProps();
  const announce = useAnnounce();
  const { queryClient } = useUserManagementContext("UserTable");
  const permissions = usePermissions();
  const { viewer, roles, managesUsers } = permissions;
  const list = useUsers({ ...(pageSize && { pageSize }), enabled: managesUsers });
  const rootRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // The box shows what was typed at once; the adapter hears it once typing pauses.
  const [search, setSearch] = useState(list.search);
  const { setSearch: applySearch, search: applied } = list;
  useEffect(() => {
    if (search === applied) return;
    const timer = setTimeout(() => applySearch(search), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, applied, applySearch]);

  const [open, setOpen] = useState<OpenDialog | null>(null);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  // A dialog opened from a row's menu gives focus back to that menu's trigger when it closes, or to
  // the search box if the row is gone (deleted). Queued after Radix's own close handling.
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    const id = returnTo.current;
    if (open || id === null) return;
    returnTo.current = null;
    const timer = setTimeout(() => {
      const row = [...(rootRef.current?.querySelectorAll<HTMLElement>("[data-user-id]") ?? [])].find(
        (element) => element.dataset.userId === id,
      );
      (row?.querySelector<HTMLElement>('[data-slot="menu-trigger"]') ?? searchRef.current)?.focus();
    });
    return () => clearTimeout(timer);
  }, [open]);

  const run = (user: User, intent: RowIntent) => {
    setFailure(null);
    if (intent.kind !== "reactivate") {
      returnTo.current = user.id;
      // Radix gives focus back to the menu's trigger in a timeout queued as the menu closes; a
      // dialog opened before that would lose its first focus to it. Two timeouts land after it.
      setTimeout(() => setTimeout(() => setOpen({ user, intent })));
      return;
    }
    const name = displayName(user);
    list.reactivateUser.mutate(
      { id: user.id },
      {
        onSuccess: () => announce(m.reactivated(name)),
        onError: (error) => setFailure({ title: m.reactivateFailed(name), error }),
      },
    );
  };

  const root = (state: UserTableState, children: ReactNode) => (
    <div ref={rootRef} {...rootProps} data-slot="user-table" data-state={state} className={className}>
      {children}
    </div>
  );

  // A failed background refresh keeps the rows on screen; only a list with nothing to show fails.
  const error = permissions.error ?? (list.users.length === 0 ? list.error : null);
  const state: UserTableState = error
    ? "error"
    : permissions.isPending
      ? "loading"
      : !managesUsers
        ? "forbidden"
        : list.isPending
          ? "loading"
          : list.users.length === 0
            ? "empty"
            : "ready";
  if (state === "forbidden") return root(state, <p data-slot="user-table-message">{m.forbidden}</p>);
  const isFiltered = applied.trim() !== "" || list.roleIds.length > 0 || list.statuses.length > 0;
  const clear = () => {
    setSearch("");
    applySearch("");
    list.setRoleIds([]);
    list.setStatuses([]);
  };

  // The dialog follows the row's latest data while it is on the page (a deleted row falls back).
  const target = open && (list.users.find((user) => user.id === open.user.id) ?? open.user);
  const targetName = target ? displayName(target) : "";
  const kind = open?.intent.kind;
  const onOpenChange = (next: boolean) => {
    if (!next) setOpen(null);
  };

  let message: ReactNode = null;
  if (state === "loading") message = <span role="status">{messages.common.loading}</span>;
  else if (state === "empty" && !isFiltered) message = m.empty;
  else if (state === "empty")
    message = (
      <>
        <p>{m.noMatches}</p>
        <Button onClick={clear}>{m.clearFilters}</Button>
      </>
    );

  return root(
    state,
    <>
      <UserTableToolbar search={search} onSearchChange={setSearch} list={list} roles={roles} searchRef={searchRef} />
      {failure && <ErrorMessage error={failure.error} title={failure.title} />}
      {state === "error" ? (
        <ErrorMessage
          error={error}
          title={m.loadError}
          // The session, role model, owner count (R19) or the page itself may have failed: retry them all.
          onRetry={() => void queryClient.refetchQueries({ queryKey: userManagementKeys.all, type: "active" })}
        />
      ) : (
        <div data-slot="user-table-scroll">
          <table data-slot="user-table-table" aria-busy={state === "loading" || list.isFetching}>
            <caption style={visuallyHidden}>{m.caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => {
                  const field = sortFieldOf(column);
                  return field ? (
                    <SortableHeader
                      key={column}
                      field={field}
                      label={m.columns[column]}
                      sort={list.sort}
                      onSort={list.setSort}
                    />
                  ) : (
                    <th key={column} scope="col" data-slot="user-table-head">
                      {m.columns[column]}
                    </th>
                  );
                })}
                <th scope="col" data-slot="user-table-head" data-column="actions">
                  <span style={visuallyHidden}>{m.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {message !== null ? (
                <tr data-slot="user-table-row" data-state={state}>
                  <td colSpan={columns.length + 1} data-slot="user-table-message">
                    {message}
                  </td>
                </tr>
              ) : (
                list.users.map((user) => (
                  <UserRow
                    key={user.id}
                    user={user}
                    columns={columns}
                    isSelf={user.id === viewer?.id}
                    roleLabel={roles.find((role) => role.id === user.roleId)?.label ?? user.roleId}
                    actions={rowActions(user, permissions, messages, (intent) => run(user, intent))}
                    now={now}
                  />
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      {state === "ready" && <UserTablePagination list={list} total={list.total} pageCount={list.pageCount} />}
      {target && open?.intent.kind === "edit" && (
        <EditUserDialog user={target} open onOpenChange={onOpenChange} section={open.intent.section} />
      )}
      {target && (kind === "suspend" || kind === "delete") && (
        <ConfirmDialog
          open
          onOpenChange={onOpenChange}
          title={messages.confirm[`${kind}Title`](targetName)}
          body={messages.confirm[`${kind}Body`](targetName)}
          confirmLabel={messages.confirm[`${kind}Action`]}
          onConfirm={async () => {
            await list[`${kind}User`].mutateAsync({ id: target.id });
            announce(m[kind === "delete" ? "deleted" : "suspended"](targetName));
          }}
        />
      )}
    </>,
  );
}
