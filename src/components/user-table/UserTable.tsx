import { useMemo, useRef, useState } from "react";
import type { User } from "../../core/types";
import { usePermissions, useUsers } from "../../hooks";
import { usePrefetchUsersPage } from "../../hooks/prefetchUsersPage";
import { EditUserDialog, type EditUserSection } from "../edit-user";
import { useI18n } from "../i18n/I18nContext";
import { Announcer, useFeedback } from "../ui/Announcer";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { ErrorMessage } from "../ui/ErrorMessage";
import { ListState } from "../ui/ListState";
import { Pager } from "../ui/Pager";
import { displayName } from "../ui/PersonName";
import { SkeletonRows } from "../ui/SkeletonRows";
import { useDialogState } from "../ui/useDialogState";
import { useRetryAll } from "../ui/useRetryAll";
import { useRootProps } from "../ui/useRootProps";
import { visuallyHidden } from "../ui/visuallyHidden";
import { ColumnHeader } from "./ColumnHeader";
import { USER_TABLE_COLUMNS, type UserTableColumn } from "./columns";
import type { RowAction } from "./rowActions";
import { UserRow } from "./UserRow";
import { FilterSelect, UserTableToolbar } from "./UserTableToolbar";
import { useStableHandler } from "./useStableHandler";

const PAGE_SIZES = [10, 25, 50, 100];
/** The edit dialog's section each editing item opens on. */
const SECTION: Partial<Record<RowAction, EditUserSection>> = {
  edit: "profile",
  changeRole: "role",
  permissions: "permissions",
  changePassword: "password",
};

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

/**
 * The account's users (R1, R4): search, sort, filters and pages all run on the adapter, so
 * 100,000 users stay fast. The search reaches the adapter once typing pauses, or as typed when the
 * adapter declares `behaviours.search: "as-typed"` (in-process, like the memory adapter). Each row
 * has an actions menu whose items come from `can()` and say why when denied (R9, R18, R19);
 * suspend and delete are confirmed naming the person (R20); results are announced and shown as
 * toasts, failures too, with Try again (R24; see `Announcer`). A keystroke renders only the search
 * box, and a row renders again only when its user or what decides its menu changes.
 *
 * A viewer who may not see other users (R8) gets no table, only the catalog's `userTable.forbidden`
 * text (`data-state="forbidden"`): render the viewer's own profile in its place.
 *
 * Slots: `user-table` (root, `data-state`), `user-table-toolbar`, `user-table-search`,
 * `user-table-filter`, `user-table-scroll`, `user-table-table` (`aria-busy` while loading),
 * `user-table-head` (`aria-sort`), `user-table-sort` (`data-state` asc|desc|none),
 * `user-table-row` (`data-state` = status, `data-self` on the viewer's row), `user-table-cell`
 * (`data-column`), `user-table-self`, `user-table-2fa`, `user-table-message` (empty, error),
 * `skeleton-row` (placeholder rows while loading, with `loading`, the status), `pager`, `user-table-range`.
 * The columns keep their widths from loading to loaded (a fixed table layout).
 *
 * Layout: the root is a CSS size container (`container-type: inline-size`), so the table follows
 * the width of the column it is given, not the window's: below 60rem each row is drawn as a block
 * (name and actions, email, then role, status, last login, 2FA) and the header row as a line of
 * sort buttons, still the same table for assistive tech. Give the root a width (a block in normal
 * flow has one; a shrink-to-fit flex item or float needs `width` or `flex: 1`).
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
  const { messages, format } = useI18n();
  const m = messages.userTable;
  const feedback = useFeedback();
  const retryAll = useRetryAll();
  const initial = pageSize ? { pageSize } : {};
  usePrefetchUsersPage("UserTable", { users: true, list: initial });
  const permissions = usePermissions();
  const { viewer, roles, managesUsers, can, capabilities } = permissions;
  const list = useUsers({ ...initial, enabled: managesUsers });
  const searchRef = useRef<HTMLInputElement>(null);
  // Focus goes back to the row's menu after a dialog, or to the search box if the row is gone.
  const dialog = useDialogState<{ user: User; action: RowAction }>(searchRef);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);

  // The search box keeps what is typed (a keystroke renders only the box); a new key clears it.
  const [searchBox, setSearchBox] = useState(0);
  const { setSearch: applySearch, search: applied } = list;

  // Also the undo of a suspension and the retry of a failed reactivation, from their toasts.
  const reactivate = (user: User) => {
    setFailure(null);
    const name = displayName(user);
    const action = "user.reactivate";
    list.reactivateUser.mutate(
      { id: user.id },
      {
        onSuccess: () => feedback.success(m.reactivated(name), { action }),
        onError: (error) => {
          const title = m.reactivateFailed(name);
          feedback.error(title, { action, error, retry: () => reactivate(user) });
          // Without toasts the failure is shown above the table.
          if (!feedback.toasts) setFailure({ title, error });
        },
      },
    );
  };
  // Rows are memoised: they get one handler for the table's life and one deciders object per
  // change of what decides, so a render of the table re-renders none of them (issue 11).
  const onAction = useStableHandler((user: User, action: RowAction, trigger: HTMLElement | null) => {
    setFailure(null);
    if (action !== "reactivate") return dialog.open({ user, action }, trigger);
    reactivate(user);
  });
  const deciders = useMemo(() => ({ can, capabilities, roles, viewer }), [can, capabilities, roles, viewer]);

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
  const clear = () => {
    setSearchBox((key) => key + 1);
    applySearch("");
    list.setRoleIds([]);
    list.setStatuses([]);
  };

  // The dialog follows the row's latest data while it is on the page (a deleted row falls back).
  const open = dialog.value;
  const target = open && (list.users.find((user) => user.id === open.user.id) ?? open.user);
  const name = target ? displayName(target) : "";
  const action = open?.action;
  const section = action && SECTION[action];
  // The host's page size joins the usual ones.
  const pageSizes = [...new Set([...PAGE_SIZES, list.pageSize])].sort((a, b) => a - b);

  return (
    <div {...useRootProps()} data-slot="user-table" data-state={state} className={className}>
      {state === "forbidden" ? (
        <p data-slot="user-table-message">{m.forbidden}</p>
      ) : (
        <>
          <UserTableToolbar
            key={searchBox}
            search={applied}
            onSearch={applySearch}
            list={list}
            roles={roles}
            searchRef={searchRef}
          />
          {failure && <ErrorMessage error={failure.error} title={failure.title} />}
          <div data-slot="user-table-scroll">
            <table
              data-slot="user-table-table"
              aria-label={m.caption}
              aria-busy={state === "loading" || list.isFetching}
            >
              <thead>
                <tr>
                  {columns.map((column) => (
                    <ColumnHeader
                      key={column}
                      column={column}
                      label={m.columns[column]}
                      sort={list.sort}
                      onSort={list.setSort}
                    />
                  ))}
                  <th scope="col" data-slot="user-table-head" data-column="actions">
                    <span style={visuallyHidden}>{m.columns.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {state === "ready" ? (
                  list.users.map((user) => (
                    <UserRow
                      key={user.id}
                      user={user}
                      columns={columns}
                      deciders={deciders}
                      onAction={onAction}
                      now={now}
                    />
                  ))
                ) : state === "loading" ? (
                  <SkeletonRows cellSlot="user-table-cell" columns={[...columns, "actions"]} />
                ) : (
                  <tr data-slot="user-table-row" data-state={state}>
                    <td colSpan={columns.length + 1} data-slot="user-table-message">
                      <ListState
                        error={error}
                        errorTitle={m.loadError}
                        onRetry={retryAll}
                        empty={
                          applied.trim() || list.roleIds.length || list.statuses.length ? (
                            <>
                              {m.noMatches} <Button onClick={clear}>{m.clearFilters}</Button>
                            </>
                          ) : (
                            m.empty
                          )
                        }
                      />
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          {state === "ready" && (
            <Pager list={list}>
              <FilterSelect
                label={m.pageSize}
                value={list.pageSize}
                options={pageSizes.map((size) => [size, format.number(size)])}
                onChange={(size) => list.setPageSize(Number(size))}
              />
              <span data-slot="user-table-range">
                {(list.totalIsLowerBound ? m.rangeOfAtLeast : m.range)(
                  format.number((list.page - 1) * list.pageSize + 1),
                  format.number(Math.min(list.total, list.page * list.pageSize)),
                  format.number(list.total),
                )}
              </span>
            </Pager>
          )}
          {target && section && (
            <EditUserDialog user={target} open onOpenChange={dialog.onOpenChange} section={section} />
          )}
          {target && (action === "suspend" || action === "delete") && (
            <ConfirmDialog
              open
              onOpenChange={dialog.onOpenChange}
              title={messages.confirm[`${action}Title`](name)}
              body={messages.confirm[`${action}Body`](name)}
              confirmLabel={messages.confirm[`${action}Action`]}
              onConfirm={async () => {
                await list[`${action}User`].mutateAsync({ id: target.id });
                const user = target;
                if (action === "delete") feedback.success(m.deleted(name), { action: "user.delete" });
                // A suspension has a cheap inverse: its toast offers Undo (reactivate).
                else feedback.success(m.suspended(name), { action: "user.suspend", undo: () => reactivate(user) });
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
