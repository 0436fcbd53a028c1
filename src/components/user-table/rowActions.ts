import type { User } from "../../core/types";
import type { UsePermissionsResult } from "../../hooks";
import type { Messages } from "../i18n/types";
import type { MenuAction } from "../ui/ActionMenu";
import { denialMessage } from "../ui/describeError";

/** What `can()` decides for each item of a row's menu. */
const DECIDED_BY = {
  edit: "user.updateProfile",
  changeRole: "user.changeRole",
  suspend: "user.suspend",
  reactivate: "user.reactivate",
  changePassword: "user.changePassword",
  delete: "user.delete",
} as const;

/** An item of a row's menu. */
export type RowAction = keyof typeof DECIDED_BY;

/**
 * A row's menu: edit, change role, suspend or reactivate, change password, delete. Each item is
 * decided by `can()` (R9) and, when denied, carries the catalog's reason (R18, R19). Suspension and
 * password change appear only when the adapter implements them. Every item but reactivate opens a dialog.
 */
export function rowActions(
  user: User,
  { can, capabilities }: Pick<UsePermissionsResult, "can" | "capabilities">,
  messages: Messages,
  run: (action: RowAction, trigger: HTMLElement | null) => void,
): MenuAction[] {
  const ids: RowAction[] = ["edit", "changeRole"];
  if (capabilities.suspendUsers) ids.push(user.status === "active" ? "suspend" : "reactivate");
  if (capabilities.changePassword) ids.push("changePassword");
  ids.push("delete");
  return ids.map((id) => ({
    id,
    label: messages.userTable.actions[id],
    disabledReason: denialMessage(can(DECIDED_BY[id], user), messages),
    destructive: id === "delete",
    opensDialog: id !== "reactivate",
    onSelect: (trigger) => run(id, trigger),
  }));
}
