import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../i18n/I18nContext";
import type { Toast } from "./Announcer";
import { Button } from "./Button";
import { useRootProps } from "./useRootProps";

/**
 * The toasts of an {@link Announcer}: a labelled region, paused while hovered or focused, newest
 * last; a success leaves after `duration`, a failure stays until dismissed (× or Escape).
 */
export function Toasts({
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
  const listRef = useRef<HTMLDivElement>(null);
  const count = toasts.length;

  // The stack is fixed to the bottom of the screen: when it covers the element with focus, as a
  // toast comes or as focus moves, the window scrolls it up clear of it (where it can scroll).
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the stack grows or shrinks
  useEffect(() => {
    const clear = () => {
      const active = document.activeElement;
      const stack = listRef.current?.getBoundingClientRect();
      const box = active !== document.body && !region.current?.contains(active) && active?.getBoundingClientRect();
      if (stack && box && box.bottom > stack.top && box.right > stack.left && box.left < stack.right)
        scrollBy(0, box.bottom - stack.top + 16);
    };
    clear();
    addEventListener("focusin", clear);
    return () => removeEventListener("focusin", clear);
  }, [count]);

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
      <div data-slot="toast-list" ref={listRef}>
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
