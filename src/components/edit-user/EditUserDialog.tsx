import * as Dialog from "@radix-ui/react-dialog";
import { type ReactElement, useRef, useState } from "react";
import type { User } from "../../core/types";
import { Announcer } from "../ui/Announcer";
import { lazyDialog } from "../ui/lazyPart";
import type { EditUserDialogContentProps } from "./EditUserDialogContent";
import type { EditUserSection } from "./UserForm";

export type { EditUserSection };

/** The dialog and its form: loaded when it first opens, in a chunk of its own. */
const Content = /* @__PURE__ */ lazyDialog<EditUserDialogContentProps & { open: boolean }>(
  () => import("../lazyParts").then((module) => module.EditUserDialogContent),
  (props) => props.open,
);

/** Props of {@link EditUserDialog}. */
export interface EditUserDialogProps {
  /** The user to edit; the edit starts from this record's `version` (R25). */
  user: User;
  /** Controlled open state; leave out (with `defaultOpen`) for uncontrolled use. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?(open: boolean): void;
  /**
   * What the dialog edits, each with its own title and Save: `"profile"` (name and email, the
   * default), `"role"` (and, for a custom role, its permissions), `"permissions"` (a custom role's
   * grants; the role for someone without a custom role) or `"password"`.
   */
  section?: EditUserSection;
  /** An element that opens the dialog (uncontrolled use); focus returns to it on close. */
  trigger?: ReactElement;
  /** Class of the form inside the dialog. */
  className?: string;
}

/**
 * R16, R17, R25: edits one part of a user (`section`): the profile, the role, a custom role's
 * permissions, or the password. Its first field gets focus. What it offers is what `can()` and the
 * adapter's declared capabilities allow: only roles and permissions the viewer may give, one's own
 * role or a role above the viewer's locked with the reason (R27, R19), the email read-only when the
 * backend changes it only itself (`changeEmail`), another person's name and email locked when only
 * they may change them (`editOtherProfiles`); a password change asks for the acting person's own
 * password. Save acts once however often it is pressed, and the dialog stays open until the result
 * is known; success is announced (a toast) and closes it, a failure keeps it open with what was
 * typed (R24), a conflict keeps the edit and shows the fresh values beside it.
 *
 * Long content (a custom role's permissions) scrolls inside the dialog, between its title and Save.
 * The dialog's code loads when it first opens, in a chunk of its own.
 * Slots: `dialog` (`data-dialog="edit-user"`), `user-form` (`data-state` idle |
 * saving | conflict), `form-fields`, `form-section`, `dialog-actions`.
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
  section = "profile",
  trigger,
  className,
}: EditUserDialogProps) {
  const [uncontrolled, setUncontrolled] = useState(defaultOpen);
  // Set while Save runs: Escape, Cancel and × wait for the result, so none goes unseen.
  const running = useRef(false);
  const isOpen = open ?? uncontrolled;
  const setOpen = (next: boolean) => {
    onOpenChange?.(next);
    if (open === undefined) setUncontrolled(next);
  };
  return (
    // Outside the dialog, so "saved" is still announced once it has closed.
    <Announcer>
      <Dialog.Root open={isOpen} onOpenChange={(next) => (next || !running.current) && setOpen(next)}>
        {trigger && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
        <Content
          open={isOpen}
          user={user}
          section={section}
          className={className}
          onSaved={() => setOpen(false)}
          running={running}
        />
      </Dialog.Root>
    </Announcer>
  );
}
