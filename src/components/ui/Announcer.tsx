import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { Action } from "../../core/can";
import { useI18n } from "../i18n/I18nContext";
import { errorMessage } from "./describeError";
import { lazyPart } from "./lazyPart";
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

/** A result on screen: its event and a number that names it among the toasts. */
export interface Toast extends FeedbackEvent {
  id: number;
}

/** The stack of toasts: its code loads when the first result is said, in a chunk of its own. */
const Toasts = /* @__PURE__ */ lazyPart(() => import("../lazyParts").then((module) => module.Toasts));

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
 * Position: the stack comes after the children in the DOM; it is drawn fixed to the bottom of the
 * window, so it is on screen however short the content, within the host's column, at its
 * inline end (left in right-to-left). When it covers the element with focus, the window scrolls
 * that element up clear of it, where it can. With `feedback="none"` the host shows results its own way
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
