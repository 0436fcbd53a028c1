import * as Dialog from "@radix-ui/react-dialog";
import { useState } from "react";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "./Button";
import { DialogShell } from "./DialogShell";
import { ErrorMessage } from "./ErrorMessage";

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  /** What happens, naming the person (R20). */
  body: string;
  confirmLabel: string;
  /** Runs the action; the dialog stays open and shows the error if it rejects (R24). */
  onConfirm(): Promise<unknown>;
  /** Red confirm button for what cannot be undone. */
  destructive?: boolean;
}

/**
 * R20, R22: asks before deleting or removing access, says what will happen and that it cannot be
 * undone. The safe choice has focus first; a failure keeps the dialog open with the reason.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, body, confirmLabel, onConfirm, destructive = true } = props;
  const { messages } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onOpenChange(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) setError(null);
        onOpenChange(next);
      }}
    >
      <DialogShell slot="confirm-dialog" role="alertdialog" title={title} description={body}>
        {error !== null && <ErrorMessage error={error} />}
        <div data-slot="dialog-actions">
          <Dialog.Close asChild>
            <Button autoFocus>{messages.confirm.keep}</Button>
          </Dialog.Close>
          <Button variant={destructive ? "danger" : "primary"} onClick={confirm} disabled={pending} aria-busy={pending}>
            {confirmLabel}
          </Button>
        </div>
      </DialogShell>
    </Dialog.Root>
  );
}
