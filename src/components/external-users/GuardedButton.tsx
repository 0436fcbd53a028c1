import { useId } from "react";
import type { Decision } from "../../core/can";
import { useI18n } from "../i18n/I18nContext";
import { Button, type ButtonProps } from "../ui/Button";
import { denialMessage } from "../ui/describeError";

/** Props of {@link GuardedButton}. */
export interface GuardedButtonProps extends Omit<ButtonProps, "onClick"> {
  /** What `can()` said about the action. */
  decision: Decision;
  /** Runs only when the action is allowed; gets the button, to return focus to it later. */
  onAllowed(button: HTMLButtonElement): void;
}

/**
 * A button for an action `can()` decides (R9). A denied action stays focusable (aria-disabled, not
 * disabled) and says why, on hover and as its description.
 */
export function GuardedButton({ decision, onAllowed, children, ...props }: GuardedButtonProps) {
  const { messages } = useI18n();
  const reasonId = useId();
  const reason = denialMessage(decision, messages);
  return (
    <>
      <Button
        {...props}
        data-state={reason ? "denied" : undefined}
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={reason}
        onClick={(event) => {
          if (!reason) onAllowed(event.currentTarget);
        }}
      >
        {children}
      </Button>
      {reason && (
        <span id={reasonId} hidden>
          {reason}
        </span>
      )}
    </>
  );
}
