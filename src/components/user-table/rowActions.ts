import type { User } from "../../core/types";
import type { UsePermissionsResult } from "../../hooks";
import type { EditUserSection } from "../edit-user";
import type { Messages } from "../i18n/types";
import type { MenuAction } from "../ui/ActionMenu";
import { denialMessage } from "../ui/describeError";

/** What a row's menu asks the table to do. */
export type RowIntent = { kind: "edit"; section: EditUserSection } | { kind: "suspend" | "reactivate" | "delete" };

/**
 * A row's menu: edit, change role, suspend or reactivate, change password, delete. Each item is
 * decided by `can()` (R9) and, when denied, carries the catalog's reason (R18, R19). Suspension and
 * password change appear only when the adapter implements them.
 */
export function rowActions(
  user: User,
  { can, capabilities }: Pick<UsePermissionsResult, "can" | "capabilities">,
  messages: Messages,
  run: (intent: RowIntent) => void,
): MenuAction[] {
  const labels = messages.userTable.actions;
  const item = (id: keyof typeof labels, allowed: ReturnType<typeof can>, intent: RowIntent): MenuAction => ({
    id,
    label: labels[id],
    disabledReason: denialMessage(allowed, messages),
    destructive: id === "delete",
    onSelect: () => run(intent),
  });
  const items = [
    item("edit", can("user.updateProfile", user), { kind: "edit", section: "profile" }),
    item("changeRole", can("user.changeRole", user), { kind: "edit", section: "role" }),
  ];
  if (capabilities.suspendUsers) {
    items.push(
      user.status === "active"
        ? item("suspend", can("user.suspend", user), { kind: "suspend" })
        : item("reactivate", can("user.reactivate", user), { kind: "reactivate" }),
    );
  }
  if (capabilities.changePassword) {
    items.push(item("changePassword", can("user.changePassword", user), { kind: "edit", section: "password" }));
  }
  items.push(item("delete", can("user.delete", user), { kind: "delete" }));
  return items;
}
