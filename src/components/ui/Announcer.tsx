import {
  createContext,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Action } from "../../core/can";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "./Button";
import { errorMessage } from "./describeError";
import { useRootProps } from "./useRootProps";
import { visuallyHidden } from "./visuallyHidden";

/**
 * The result of an action, as {@link Announcer}'s `onFeedback` hears it: what was said, and for a
 * failure the error with a way to try again; for an action with a cheap inverse (suspend), `undo`.
 */
export interface FeedbackEvent {
  kind: "success" | "error";
  /** What happened, in the catalog's words: "Ada was suspended.", "Ada could not be reactivated." */
  message: string;
  /** For a failure: what went wrong and what to do, in the catalog's words. */
  detail?: string;
  /** The `can()` action it was the result of, e.g. `"user.suspend"`, when known. */
  action?: Action;
  /** For a failure: the error thrown by the adapter. */
  error?: unknown;
  /** For a failure: runs the action again. */
  retry?: () => void;
  /** Undoes a success (only where the action has a cheap inverse: suspend → reactivate). */
  undo?: () => void;
}

/** Whether results show as toasts (`"toasts"`, the default) or only reach screen readers and `onFeedback` (`"none"`). */
export type FeedbackMode = "toasts" | "none";

/** Options of a success said through {@link useFeedback}. */
export interface SuccessOptions {
  action?: Action;
  undo?: () => void;
}

/** Options of a failure said through {@link useFeedback}. */
export interface FailureOptions {
  action?: Action;
  error?: unknown;
  retry?: () => void;
}

/** What {@link useFeedback} returns. */
export interface Feedback {
  /** Whether a toast shows failures; when `false` the component shows them where they happened. */
  toasts: boolean;
  success(message: string, options?: SuccessOptions): void;
  error(message: string, options?: FailureOptions): void;
}

type Announce = (message: string) => void;

const FeedbackContext = /* @__PURE__ */ createContext<Feedback | null>(null);

/** How long a success toast stays, in milliseconds, while not hovered or focused. Failures stay until dismissed. */
export const TOAST_DURATION_MS = 5000;
/** At most this many toasts are on screen; a fourth pushes out the oldest. */
export const MAX_TOASTS = 3;

interface Toast extends FeedbackEvent {
  id: number;
}

/** Props of {@link Announcer}. */
export interface AnnouncerProps {
  children?: ReactNode;
  /** `"toasts"` (default) shows each result as a toast; `"none"` shows none: subscribe with `onFeedback`. */
  feedback?: FeedbackMode;
  /** Hears every result of an action (success or failure), toasts or not. */
  onFeedback?: (event: FeedbackEvent) => void;
  /**
   * How long a success toast stays, in milliseconds, while not hovered or focused.
   * @defaultValue {@link TOAST_DURATION_MS}
   */
  toastDurationMs?: number;
}

/**
 * Says the results of actions (R24): a polite live region for screen readers, and a toast for
 * everyone. Nested announcers defer to the outermost, so a page with several components has one
 * region and one stack of toasts.
 *
 * Screen readers hear each result once: a success through the live region (its toast is not a live
 * region), a failure through its toast's `role="alert"`. Successes leave after
 * {@link TOAST_DURATION_MS} (paused while the pointer is over the toasts or focus is in them);
 * failures, with Try again, stay until dismissed (× or Escape). At most {@link MAX_TOASTS}, newest
 * last. The toasts are in the tab order after the content and never take focus themselves.
 *
 * Position: the stack is drawn after the children, stuck to the bottom of the visible part of
 * their column (`position: sticky`), at its inline end (left in right-to-left): inside the host's
 * column, not fixed to the window. With `feedback="none"` the host shows results its own way
 * through `onFeedback`; the live region still speaks successes, and components show failures
 * where they happened.
 *
 * Slots: `announcer` (live region), `toasts` (the region, a labelled `section`), `toast`
 * (`data-kind` success | error), `toast-message`, `toast-detail`, `toast-actions`, `toast-close`.
 */
export function Announcer({
  children,
  feedback = "toasts",
  onFeedback,
  toastDurationMs = TOAST_DURATION_MS,
}: AnnouncerProps) {
  const outer = useContext(FeedbackContext);
  const [message, setMessage] = useState("");
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const nextId = useRef(0);
  const listener = useRef(onFeedback);
  listener.current = onFeedback;
  const showToasts = feedback === "toasts";
  const { messages } = useI18n();

  const announce = useCallback<Announce>((next) => {
    // Clear first so that the same message twice is announced twice.
    setMessage("");
    queueMicrotask(() => setMessage(next));
  }, []);

  const value = useMemo<Feedback>(() => {
    const add = (event: FeedbackEvent) => {
      listener.current?.(event);
      if (!showToasts) return;
      const id = ++nextId.current;
      setToasts((current) => [...current, { ...event, id }].slice(-MAX_TOASTS));
    };
    return {
      toasts: showToasts,
      success: (text, options) => {
        announce(text);
        add({ kind: "success", message: text, ...options });
      },
      error: (text, { error, ...options } = {}) => {
        add({
          kind: "error",
          message: text,
          ...(error !== undefined && { error, detail: errorMessage(error, messages) }),
          ...options,
        });
      },
    };
  }, [announce, showToasts, messages]);

  if (outer) return children;
  return (
    <FeedbackContext.Provider value={value}>
      {children}
      <div data-slot="announcer" role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
        {message}
      </div>
      {toasts.length > 0 && (
        <Toasts
          toasts={toasts}
          duration={toastDurationMs}
          onDismiss={(id) => setToasts((current) => current.filter((toast) => toast.id !== id))}
        />
      )}
    </FeedbackContext.Provider>
  );
}

function Toasts({
  toasts,
  duration,
  onDismiss,
}: {
  toasts: readonly Toast[];
  duration: number;
  onDismiss(id: number): void;
}) {
  const { messages } = useI18n();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const region = useRef<HTMLElement>(null);
  // Where focus was before it came into the toasts: it goes back there when the last one leaves.
  const cameFrom = useRef<HTMLElement | null>(null);

  const dismiss = (id: number) => {
    const list = region.current;
    const active = document.activeElement;
    const item = list?.querySelector(`[data-toast-id="${id}"]`);
    if (item && active && item.contains(active)) {
      const others = Array.from(list?.querySelectorAll<HTMLElement>('[data-slot="toast-close"]') ?? []).filter(
        (button) => !item.contains(button),
      );
      const next = others.at(-1) ?? cameFrom.current;
      if (next?.isConnected) next.focus();
    }
    onDismiss(id);
  };

  return (
    <section
      {...useRootProps()}
      ref={region}
      data-slot="toasts"
      aria-label={messages.common.notifications}
      data-state={hovered || focused ? "paused" : "running"}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={(event: FocusEvent) => {
        const from = event.relatedTarget;
        if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
        setFocused(true);
      }}
      onKeyDown={(event: KeyboardEvent) => {
        // Escape dismisses the toast that has focus.
        const item = event.key === "Escape" && (event.target as Element).closest("[data-toast-id]");
        if (!item) return;
        event.stopPropagation();
        dismiss(Number(item.getAttribute("data-toast-id")));
      }}
      onBlur={(event: FocusEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <div data-slot="toast-list">
        {toasts.map((toast) => (
          <ToastItem
            key={toast.id}
            toast={toast}
            duration={duration}
            paused={hovered || focused}
            onDismiss={() => dismiss(toast.id)}
          />
        ))}
      </div>
    </section>
  );
}

function ToastItem({
  toast,
  duration,
  paused,
  onDismiss,
}: {
  toast: Toast;
  duration: number;
  paused: boolean;
  onDismiss(): void;
}) {
  const { messages } = useI18n();
  const messageId = useId();
  const remaining = useRef(duration);
  const dismissRef = useRef(onDismiss);
  dismissRef.current = onDismiss;
  const lasts = toast.kind === "success";

  useEffect(() => {
    if (!lasts || paused) return;
    const started = Date.now();
    const timer = setTimeout(() => dismissRef.current(), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [lasts, paused]);

  const detail = toast.detail;
  const then = (run: (() => void) | undefined) => () => {
    onDismiss();
    run?.();
  };
  return (
    <div data-slot="toast" data-kind={toast.kind} data-toast-id={toast.id}>
      <div data-slot="toast-body" id={messageId} role={toast.kind === "error" ? "alert" : undefined}>
        <p data-slot="toast-message">{toast.message}</p>
        {detail && <p data-slot="toast-detail">{detail}</p>}
      </div>
      <div data-slot="toast-actions">
        {toast.retry && <Button onClick={then(toast.retry)}>{messages.common.retry}</Button>}
        {toast.undo && <Button onClick={then(toast.undo)}>{messages.common.undo}</Button>}
        <Button
          variant="ghost"
          data-slot="toast-close"
          aria-label={messages.common.dismiss}
          aria-describedby={messageId}
          onClick={onDismiss}
        >
          <span aria-hidden="true">×</span>
        </Button>
      </div>
    </div>
  );
}

/**
 * Says a success through the nearest {@link Announcer} (a toast and the live region); does nothing
 * outside one.
 */
export function useAnnounce(): Announce {
  const feedback = useContext(FeedbackContext);
  return feedback ? feedback.success : noop;
}

/** Says results through the nearest {@link Announcer}: successes (with undo) and failures (with retry). */
export function useFeedback(): Feedback {
  return useContext(FeedbackContext) ?? NONE;
}

function noop() {}

const NONE: Feedback = { toasts: false, success: noop, error: noop };
