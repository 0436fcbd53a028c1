import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nContext";
import { useRootProps } from "./useRootProps";

/** Props of {@link DialogShell}. */
export interface DialogShellProps {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** `alertdialog` for confirmations of what cannot be undone. */
  role?: "dialog" | "alertdialog";
  /** Extra `data-slot` naming what the dialog is, e.g. "invite-dialog". */
  slot: string;
}

/**
 * The portal, overlay and content every dialog of the library shares: titled and described for
 * assistive technology, scoped for our styles, focus trapped and returned by Radix.
 * Render it inside a `Dialog.Root`.
 */
export function DialogShell({ title, description, children, role = "dialog", slot }: DialogShellProps) {
  const rootProps = useRootProps();
  const { messages } = useI18n();
  return (
    <Dialog.Portal>
      <Dialog.Overlay data-slot="dialog-overlay" {...rootProps} />
      <Dialog.Content data-slot="dialog" data-dialog={slot} role={role} {...rootProps}>
        <Dialog.Title data-slot="dialog-title">{title}</Dialog.Title>
        {description && <Dialog.Description data-slot="dialog-description">{description}</Dialog.Description>}
        {children}
        <Dialog.Close data-slot="dialog-close" aria-label={messages.common.close}>
          ×
        </Dialog.Close>
      </Dialog.Content>
    </Dialog.Portal>
  );
}
