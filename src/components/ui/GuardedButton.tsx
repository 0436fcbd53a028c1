import { clsx } from "clsx";
import { useId, useRef, useState } from "react";
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
  /**
   * Runs only when the action is allowed; gets the button, to give focus back to it later. When it
   * returns a promise, further presses do nothing until it settles (one request at a time).
   */
  onAllowed(button: HTMLButtonElement): unknown;
  /** The action is under way elsewhere (e.g. a mutation started by this button): presses do nothing. */
  busy?: boolean | undefined;
}

/**
 * A button for an action `can()` decides (R9). A denied action stays focusable (`aria-disabled`,
 * not `disabled`, `data-state="denied"`) and says why, on hover and as its description (after any
 * description the caller gives). While its action runs (`busy`, or the promise `onAllowed` returned)
 * it is `aria-busy` and `aria-disabled`, keeps focus, and ignores presses: a double click acts once.
 */
export function GuardedButton({ decision, reason, onAllowed, busy, ...props }: GuardedButtonProps) {
  const { messages } = useI18n();
  const reasonId = useId();
  // The ref is set at once, so a second click before React re-renders finds it set.
  const running = useRef(false);
  const [isRunning, setIsRunning] = useState(false);
  const denied = !decision.allowed && (reason ?? denialMessage(decision, messages));
  const pending = !!busy || isRunning;
  const press = (button: HTMLButtonElement) => {
    if (denied || pending || running.current) return;
    const result = onAllowed(button);
    if (!(result instanceof Promise)) return;
    running.current = true;
    setIsRunning(true);
    result
      .catch(() => {})
      .finally(() => {
        running.current = false;
        setIsRunning(false);
      });
  };
  return (
    <>
      <Button
        {...props}
        data-state={denied ? "denied" : undefined}
        aria-disabled={!!denied || pending || undefined}
        aria-busy={pending || undefined}
        aria-describedby={clsx(props["aria-describedby"], denied && reasonId) || undefined}
        title={denied || undefined}
        onClick={(event) => press(event.currentTarget)}
      />
      {denied && (
        <span id={reasonId} hidden>
          {denied}
        </span>
      )}
    </>
  );
}
