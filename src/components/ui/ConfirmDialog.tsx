import * as Dialog from "@radix-ui/react-dialog";
import { useRef, useState } from "react";
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
 * One request at a time: while the action runs, confirm is `aria-busy` and ignores presses (a double
 * click acts once) and the dialog cannot be closed (Escape, outside click, × and the safe choice
 * are refused), so its result is always seen.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
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
