import { memo, type ReactNode, useMemo } from "react";
import type { User } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { ActionMenu } from "../ui/ActionMenu";
import { displayName, PersonName } from "../ui/PersonName";
import { RelativeTime } from "../ui/RelativeTime";
import { roleLabel } from "../ui/roleLabels";
import { StatusBadge } from "../ui/StatusBadge";
import type { UserTableColumn } from "./columns";
import { type RowAction, type RowDeciders, rowActions } from "./rowActions";

/** The values that need their column's name beside them in the narrow layout. */
const LABELLED: ReadonlySet<UserTableColumn> = new Set(["lastLoginAt", "twoFactor"]);

/** Props of {@link UserRow}. */
export interface UserRowProps {
  user: User;
  columns: readonly UserTableColumn[];
  /** What decides the menu (R9); one object that keeps its identity while they do. */
  deciders: RowDeciders;
  /** Runs a menu item. Keep its identity across renders: a new one re-renders every row. */
  onAction(user: User, action: RowAction, trigger: HTMLElement | null): void;
  now: Date | undefined;
}

/**
 * One user (R4): name (the row header, so every cell is announced with whose it is), email, last
 * login, 2FA, role and status, then the actions menu, busy while a request about the user is
 * pending (one request per press). The viewer's own row is marked "You" and `data-self`. Names and
 * emails are text in `<bdi>` (R26). The values that need it (last login, 2FA) carry their column's
 * name in `data-label`: in the narrow layout, where the row is a block and the column headers a line
 * of sort buttons above the rows, styles.css shows it before them, hidden from assistive tech, which
 * has the header.
 *
 * Memoised: a row renders again only when its user, the deciders, the columns or the messages
 * change, so typing in the search box or a change to another row leaves it alone, and its menu's
 * `can()` decisions are worked out once per change (issue 11).
 */
export const UserRow = /* @__PURE__ */ memo(function UserRow({ user, columns, deciders, onAction, now }: UserRowProps) {
  const { messages } = useI18n();
  const { common } = messages;
  const actions = useMemo(
    () => rowActions(user, deciders, messages, (action, trigger) => onAction(user, action, trigger)),
    [user, deciders, messages, onAction],
  );
  const isSelf = user.id === deciders.viewer?.id;
  const name = displayName(user);
  const cells: Record<UserTableColumn, ReactNode> = {
    name: (
      <>
        <PersonName avatar={user}>{name}</PersonName>
        {isSelf && <span data-slot="user-table-self">{common.you}</span>}
      </>
    ),
    email: <PersonName>{user.email}</PersonName>,
    lastLoginAt: <RelativeTime value={user.lastLoginAt} fallback={common.never} now={now} />,
    twoFactor: (
      <span data-slot="user-table-2fa" data-state={user.twoFactorEnabled ? "on" : "off"}>
        {user.twoFactorEnabled ? common.enabled : common.disabled}
      </span>
    ),
    role: roleLabel(deciders.roles, user.roleId, messages),
    status: <StatusBadge status={user.status} />,
  };
  return (
    <tr data-slot="user-table-row" data-state={user.status} data-self={isSelf ? "" : undefined}>
      {columns.map((column) => {
        const Cell = column === "name" ? "th" : "td";
        return (
          <Cell
            key={column}
            scope={column === "name" ? "row" : undefined}
            data-slot="user-table-cell"
            data-column={column}
            data-label={LABELLED.has(column) ? messages.userTable.columns[column] : undefined}
          >
            {cells[column]}
          </Cell>
        );
      })}
      <td data-slot="user-table-cell" data-column="actions">
        <ActionMenu label={messages.userTable.rowActions(name)} actions={actions} busyFor={user.id} />
      </td>
    </tr>
  );
});
