import * as Dialog from "@radix-ui/react-dialog";
import { useRef, useState } from "react";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "./Button";
import type { ConfirmDialogProps } from "./ConfirmDialog";
import { DialogShell } from "./DialogShell";
import { ErrorMessage } from "./ErrorMessage";

/** {@link ConfirmDialog}'s dialog, in the chunk that loads when one first opens. */
export function ConfirmDialogContent(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, body, confirmLabel, onConfirm, destructive = true } = props;
  const { messages } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Set at once, so a second click or a close request before React re-renders finds it set.
  const running = useRef(false);

  const confirm = async () => {
    if (running.current) return;
    running.current = true;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      running.current = false;
      onOpenChange(false);
    } catch (failure) {
      setError(failure);
    } finally {
      running.current = false;
      setPending(false);
    }
  };

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next && running.current) return;
        if (!next) setError(null);
        onOpenChange(next);
      }}
    >
      <DialogShell slot="confirm-dialog" role="alertdialog" title={title} description={body}>
        {error !== null && <ErrorMessage error={error} />}
        <div data-slot="dialog-actions">
          <Dialog.Close asChild>
            <Button autoFocus disabled={pending}>
              {messages.confirm.keep}
            </Button>
          </Dialog.Close>
          <Button
            variant={destructive ? "danger" : "primary"}
            onClick={confirm}
            aria-disabled={pending || undefined}
            aria-busy={pending || undefined}
          >
            {confirmLabel}
          </Button>
        </div>
      </DialogShell>
    </Dialog.Root>
  );
}
