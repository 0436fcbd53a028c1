import { clsx } from "clsx";
import { useId } from "react";
import type { Decision } from "../../core/can";
import { useI18n } from "../i18n/I18nContext";
import { Button, type ButtonProps } from "./Button";
import { denialMessage } from "./describeError";

/** Props of {@link GuardedButton}. */
export interface GuardedButtonProps extends Omit<ButtonProps, "onClick"> {
  /** What `can()` said about the action. */
  decision: Decision;
  /** Said instead of the catalog's text when the action is denied (e.g. naming the plan, R23). */
  reason?: string | undefined;
  /** Runs only when the action is allowed; gets the button, to give focus back to it later. */
  onAllowed(button: HTMLButtonElement): void;
}

/**
 * A button for an action `can()` decides (R9). A denied action stays focusable (`aria-disabled`,
 * not `disabled`, `data-state="denied"`) and says why, on hover and as its description (after any
 * description the caller gives).
 */
export function GuardedButton({ decision, reason, onAllowed, ...props }: GuardedButtonProps) {
  const { messages } = useI18n();
  const reasonId = useId();
  const denied = !decision.allowed && (reason ?? denialMessage(decision, messages));
  return (
    <>
      <Button
        {...props}
        data-state={denied ? "denied" : undefined}
        aria-disabled={!!denied || undefined}
        aria-describedby={clsx(props["aria-describedby"], denied && reasonId) || undefined}
        title={denied || undefined}
        onClick={(event) => denied || onAllowed(event.currentTarget)}
      />
      {denied && (
        <span id={reasonId} hidden>
          {denied}
        </span>
      )}
    </>
  );
}
