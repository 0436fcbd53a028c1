import { lazyDialog } from "./lazyPart";

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
 *
 * Its code loads when it first opens, in a chunk of its own.
 */
export const ConfirmDialog = /* @__PURE__ */ lazyDialog<ConfirmDialogProps>(
  () => import("../lazyParts").then((module) => module.ConfirmDialogContent),
  (props) => props.open,
);
