import { type RefObject, useEffect, useRef, useState } from "react";

/** What {@link useDialogState} returns. */
export interface DialogState<T> {
  /** What the open dialog is about (a row, an action); `null` when none is open. */
  value: T | null;
  /** Opens the dialog about `value`; focus goes back to `from` when it closes. */
  open(value: T, from?: HTMLElement | null): void;
  /** Give it to the dialog: closing sets `value` back to `null`. */
  onOpenChange(open: boolean): void;
}

/**
 * Which dialog is open, for dialogs opened by something that is not their Radix `Dialog.Trigger`
 * (a row's button, a menu item): Radix cannot give focus back then, so this does. When the dialog
 * closes, focus returns to the element it was opened from, or to `fallback` when that element is
 * gone (its row was deleted or left the page).
 */
export function useDialogState<T>(fallback?: RefObject<HTMLElement | null>): DialogState<T> {
  const [value, setValue] = useState<T | null>(null);
  const from = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = from.current;
    if (value !== null || !element) return;
    from.current = null;
    (element.isConnected ? element : fallback?.current)?.focus();
  }, [value, fallback]);
  return {
    value,
    open(next, opener) {
      from.current = opener ?? null;
      setValue(next);
    },
    onOpenChange(isOpen) {
      if (!isOpen) setValue(null);
    },
  };
}
