import type { MutableRefObject } from "react";
import type { User } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { DialogShell } from "../ui/DialogShell";
import { displayName, isolate } from "../ui/PersonName";
import { type EditUserSection, UserForm } from "./UserForm";

/** Each section's title in the catalog. */
const TITLE = {
  profile: "title",
  role: "roleTitle",
  permissions: "permissionsTitle",
  password: "passwordTitle",
} as const;

/** Props of {@link EditUserDialogContent}. */
export interface EditUserDialogContentProps {
  user: User;
  section: EditUserSection;
  className: string | undefined;
  onSaved(): void;
  /** Set while Save runs, for the dialog's root to refuse closing meanwhile. */
  running: MutableRefObject<boolean>;
}

/** EditUserDialog's dialog (inside its `Dialog.Root`), in the chunk that loads when one first opens. */
export function EditUserDialogContent({ user, section, className, onSaved, running }: EditUserDialogContentProps) {
  const { messages } = useI18n();
  return (
    <DialogShell
      slot="edit-user"
      title={messages.editUser[TITLE[section]](isolate(displayName(user)))}
      description={messages.editUser.description}
    >
      <UserForm user={user} section={section} className={className} onSaved={onSaved} running={running} cancel />
    </DialogShell>
  );
}
