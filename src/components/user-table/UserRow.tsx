import type { ReactNode } from "react";
import type { User } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { ActionMenu, type MenuAction } from "../ui/ActionMenu";
import { displayName, PersonName } from "../ui/PersonName";
import { RelativeTime } from "../ui/RelativeTime";
import { StatusBadge } from "../ui/StatusBadge";
import type { UserTableColumn } from "./columns";

/** Props of {@link UserRow}. */
export interface UserRowProps {
  user: User;
  columns: readonly UserTableColumn[];
  /** The viewer's own row: marked "You" and `data-self`. */
  isSelf: boolean;
  roleLabel: string;
  actions: readonly MenuAction[];
  now: Date | undefined;
}

/**
 * One user (R4): name (the row header), email, last login, 2FA, role and status, then the actions
 * menu. Names and emails are text in `<bdi>` (R26). `data-user-id` lets the table return focus to
 * this row's menu after a dialog.
 */
export function UserRow({ user, columns, isSelf, roleLabel, actions, now }: UserRowProps) {
  const { messages } = useI18n();
  const name = displayName(user);
  const content = (column: UserTableColumn): ReactNode => {
    switch (column) {
      case "name":
        return (
          <>
            <PersonName>{name}</PersonName>
            {isSelf && <span data-slot="user-table-self">{messages.common.you}</span>}
          </>
        );
      case "email":
        return <PersonName>{user.email}</PersonName>;
      case "lastLoginAt":
        return <RelativeTime value={user.lastLoginAt} fallback={messages.common.never} {...(now && { now })} />;
      case "twoFactor":
        return (
          <span data-slot="user-table-2fa" data-state={user.twoFactorEnabled ? "on" : "off"}>
            {user.twoFactorEnabled ? messages.common.enabled : messages.common.disabled}
          </span>
        );
      case "role":
        return roleLabel;
      case "status":
        return <StatusBadge status={user.status} />;
    }
  };
  return (
    <tr data-slot="user-table-row" data-state={user.status} data-self={isSelf ? "" : undefined} data-user-id={user.id}>
      {columns.map((column) =>
        // The name heads its row, so every cell is announced with whose it is.
        column === "name" ? (
          <th key={column} scope="row" data-slot="user-table-cell" data-column={column}>
            {content(column)}
          </th>
        ) : (
          <td key={column} data-slot="user-table-cell" data-column={column}>
            {content(column)}
          </td>
        ),
      )}
      <td data-slot="user-table-cell" data-column="actions">
        <ActionMenu label={messages.userTable.rowActions(name)} actions={actions} />
      </td>
    </tr>
  );
}
