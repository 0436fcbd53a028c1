import { findRole } from "../../core/roles";
import type { User } from "../../core/types";
import type { UsePermissionsResult } from "../../hooks";
import type { Messages } from "../i18n/types";
import type { MenuAction } from "../ui/ActionMenu";
import { denialMessage } from "../ui/describeError";

/** What `can()` decides for each item of a row's menu. */
const DECIDED_BY = {
  edit: "user.updateProfile",
  changeRole: "user.changeRole",
  permissions: "user.updatePermissions",
  changePassword: "user.changePassword",
  suspend: "user.suspend",
  reactivate: "user.reactivate",
  delete: "user.delete",
} as const;

/** An item of a row's menu. */
export type RowAction = keyof typeof DECIDED_BY;

/** What decides a row's menu (R9): the row works its menu out again only when one of these, or its user, changes. */
export type RowDeciders = Pick<UsePermissionsResult, "can" | "capabilities" | "roles" | "viewer">;

/**
 * A row's menu: edit profile, change role, permissions (custom role only, R5), change password,
 * suspend or reactivate, delete. Each item is decided by `can()` (R9) and, when denied, carries the
 * catalog's reason (R18, R19); someone else's profile is theirs alone on a backend that declares
 * `editOtherProfiles: false` (R16). Suspension and password change appear only when the adapter
 * implements them. Every item but reactivate opens a dialog.
 */
export function rowActions(
  user: User,
  { can, capabilities, roles, viewer }: RowDeciders,
  messages: Messages,
  run: (action: RowAction, trigger: HTMLElement | null) => void,
): MenuAction[] {
  const ids: RowAction[] = ["edit", "changeRole"];
  if (findRole(roles, user.roleId)?.kind === "custom") ids.push("permissions");
  if (capabilities.changePassword) ids.push("changePassword");
  if (capabilities.suspendUsers) ids.push(user.status === "active" ? "suspend" : "reactivate");
  ids.push("delete");
  const theirsOnly = user.id !== viewer?.id && !capabilities.editOtherProfiles;
  return ids.map((id) => ({
    id,
    label: messages.userTable.actions[id],
    disabledReason:
      denialMessage(can(DECIDED_BY[id], user), messages) ??
      (id === "edit" && theirsOnly ? messages.editUser.profileIsTheirs : undefined),
    destructive: id === "delete",
    opensDialog: id !== "reactivate",
    onSelect: (trigger) => run(id, trigger),
  }));
}
