import * as Dialog from "@radix-ui/react-dialog";
import { type ReactElement, useState } from "react";
import type { User } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { Announcer } from "../ui/Announcer";
import { DialogShell } from "../ui/DialogShell";
import { displayName } from "../ui/PersonName";
import { isolate, UserForm } from "./UserForm";

/** Which part of {@link EditUserDialog} gets focus first. */
export type EditUserSection = "profile" | "role" | "password";

/** Props of {@link EditUserDialog}. */
export interface EditUserDialogProps {
  /** The user to edit; the edit starts from this record's `version` (R25). */
  user: User;
  /** Controlled open state; leave out (with `defaultOpen`) for uncontrolled use. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?(open: boolean): void;
  /** The part that gets focus when the dialog opens. Defaults to "profile". */
  section?: EditUserSection;
  /** An element that opens the dialog (uncontrolled use); focus returns to it on close. */
  trigger?: ReactElement;
  /** Class of the form inside the dialog. */
  className?: string;
}

/**
 * R16, R17, R25: edits a user's profile, role, custom permissions and password. Each part is
 * enabled only when `can()` allows it; only roles and permissions the viewer may give are offered,
 * and one's own role, or a role above the viewer's, is locked with the reason (R27, R19); a
 * password change asks for the acting person's own password; a conflicting save keeps the edit
 * and shows the fresh values beside it. Success is announced and closes the dialog; a failure
 * keeps it open with what was typed (R24).
 *
 * @example
 * ```tsx
 * <EditUserDialog user={user} open={open} onOpenChange={setOpen} section="role" />
 * <EditUserDialog user={user} trigger={<button>Edit</button>} />
 * ```
 */
export function EditUserDialog({
  user,
  open,
  defaultOpen = false,
  onOpenChange,
  section,
  trigger,
  className,
}: EditUserDialogProps) {
  const { messages } = useI18n();
  const [uncontrolled, setUncontrolled] = useState(defaultOpen);
  const isOpen = open ?? uncontrolled;
  const setOpen = (next: boolean) => {
    onOpenChange?.(next);
    if (open === undefined) setUncontrolled(next);
  };
  return (
    // Outside the dialog, so "saved" is still announced once it has closed.
    <Announcer>
      <Dialog.Root open={isOpen} onOpenChange={setOpen}>
        {trigger && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
        <DialogShell
          slot="edit-user"
          title={messages.editUser.title(isolate(displayName(user)))}
          description={messages.editUser.description}
        >
          <UserForm
            user={user}
            section={section ?? "profile"}
            className={className}
            onSaved={() => setOpen(false)}
            cancel
          />
        </DialogShell>
      </Dialog.Root>
    </Announcer>
  );
}
