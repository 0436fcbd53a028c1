import { useId } from "react";
import type { Decision } from "../../core/can";
import { useI18n } from "../i18n/I18nContext";
import { Button, type ButtonProps } from "./Button";
import { denialMessage } from "./describeError";

/** Props of {@link GuardedButton}. */
export interface GuardedButtonProps extends Omit<ButtonProps, "onClick"> {
  /** What `can()` said about the action. */
  decision: Decision;
  /** Runs only when the action is allowed; gets the button, to give focus back to it later. */
  onAllowed(button: HTMLButtonElement): void;
}

/**
 * A button for an action `can()` decides (R9). A denied action stays focusable (`aria-disabled`,
 * not `disabled`, `data-state="denied"`) and says why, on hover and as its description.
 */
export function GuardedButton({ decision, onAllowed, ...props }: GuardedButtonProps) {
  const { messages } = useI18n();
  const reasonId = useId();
  const reason = denialMessage(decision, messages);
  return (
    <>
      <Button
        {...props}
        data-state={reason && "denied"}
        aria-disabled={!!reason || undefined}
        aria-describedby={reason && reasonId}
        title={reason}
        onClick={(event) => reason || onAllowed(event.currentTarget)}
      />
      {reason && (
        <span id={reasonId} hidden>
          {reason}
        </span>
      )}
    </>
  );
}
