import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../../../src/components/i18n";
import { ar } from "../../../src/components/i18n/ar";
import {
  Announcer,
  type AnnouncerProps,
  type FeedbackEvent,
  MAX_TOASTS,
  TOAST_DURATION_MS,
  useFeedback,
} from "../../../src/components/ui/Announcer";
import { preloadParts } from "../../../src/components/ui/lazyPart";

/** Buttons that say a result, as the components do after a mutation. */
function Actions({ retry, undo }: { retry?: () => void; undo?: () => void }) {
  const feedback = useFeedback();
  return (
    <>
      <button type="button" onClick={() => feedback.success("Ada was suspended.", { action: "user.suspend", undo })}>
        succeed
      </button>
      <button
        type="button"
        onClick={() =>
          feedback.error("Ada could not be reactivated.", {
            action: "user.reactivate",
            error: Object.assign(new Error("down"), { code: "unavailable" }),
            retry,
          })
        }
      >
        fail
      </button>
      <button type="button" onClick={() => feedback.success(`Saved ${Math.random()}`)}>
        another
      </button>
    </>
  );
}

function renderAnnouncer(props: Omit<AnnouncerProps, "children"> = {}, actions: Parameters<typeof Actions>[0] = {}) {
  return render(
    <Announcer {...props}>
      <Actions {...actions} />
    </Announcer>,
  );
}

const region = () => screen.getByRole("region", { name: "Notifications" });
const toasts = () => Array.from(document.querySelectorAll<HTMLElement>('[data-slot="toast"]'));
const flush = () => act(async () => {});

describe("Announcer toasts", () => {
  // The toasts' code loads on first use; loaded before time stands still, they show at once.
  beforeAll(() => preloadParts());
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows a success as a toast that leaves after 5 s; screen readers hear it once, from the live region", async () => {
    renderAnnouncer();
    fireEvent.click(screen.getByRole("button", { name: "succeed" }));
    await flush();
    expect(within(region()).getByText("Ada was suspended.")).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("Ada was suspended.");
    // The toast is no live region and no alert: the message is spoken once.
    expect(region().closest("[aria-live], [role=status], [role=alert]")).toBeNull();
    expect(region().querySelector("[aria-live], [role=status], [role=alert]")).toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(TOAST_DURATION_MS - 100));
    expect(toasts()).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(toasts()).toHaveLength(0);
    expect(screen.queryByRole("region", { name: "Notifications" })).toBeNull();
  });

  it("pauses while hovered or focused, and resumes with the time that was left", async () => {
    renderAnnouncer();
    fireEvent.click(screen.getByRole("button", { name: "succeed" }));
    await flush();
    await act(() => vi.advanceTimersByTimeAsync(3000));
    fireEvent.mouseEnter(region());
    expect(region()).toHaveAttribute("data-state", "paused");
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(toasts()).toHaveLength(1);
    fireEvent.mouseLeave(region());
    await act(() => vi.advanceTimersByTimeAsync(1900));
    expect(toasts()).toHaveLength(1);

    // Focus inside pauses too.
    const close = within(region()).getByRole("button", { name: "Dismiss" });
    act(() => close.focus());
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(toasts()).toHaveLength(1);
    act(() => close.blur());
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(toasts()).toHaveLength(0);
  });

  it("shows a failure with its reason as an alert that stays; Try again dismisses it and runs again", async () => {
    const retry = vi.fn();
    renderAnnouncer({}, { retry });
    fireEvent.click(screen.getByRole("button", { name: "fail" }));
    await flush();
    const alert = within(region()).getByRole("alert");
    expect(alert).toHaveTextContent("Ada could not be reactivated.");
    expect(alert).toHaveTextContent("The service is unavailable right now.");
    // Said once: by the alert, not by the live region.
    expect(screen.getByRole("status")).toHaveTextContent("");
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(toasts()).toHaveLength(1);

    fireEvent.click(within(region()).getByRole("button", { name: "Try again" }));
    expect(retry).toHaveBeenCalledOnce();
    expect(toasts()).toHaveLength(0);
  });

  it("offers Undo where the action gave one", async () => {
    const undo = vi.fn();
    renderAnnouncer({}, { undo });
    fireEvent.click(screen.getByRole("button", { name: "succeed" }));
    await flush();
    fireEvent.click(within(region()).getByRole("button", { name: "Undo" }));
    expect(undo).toHaveBeenCalledOnce();
    expect(toasts()).toHaveLength(0);
  });

  it("is dismissed by its close button or Escape; focus goes to the next toast, then back where it was", async () => {
    renderAnnouncer();
    fireEvent.click(screen.getByRole("button", { name: "fail" }));
    fireEvent.click(screen.getByRole("button", { name: "fail" }));
    await flush();
    expect(toasts()).toHaveLength(2);
    const origin = screen.getByRole("button", { name: "fail" });
    act(() => origin.focus());
    const [first, second] = within(region()).getAllByRole("button", { name: "Dismiss" });
    act(() => second?.focus());
    expect(second).toHaveAccessibleDescription(/Ada could not be reactivated/);
    fireEvent.keyDown(second as HTMLElement, { key: "Escape" });
    expect(toasts()).toHaveLength(1);
    expect(first).toHaveFocus();
    fireEvent.click(first as HTMLElement);
    expect(toasts()).toHaveLength(0);
    expect(origin).toHaveFocus();
  });

  it(`keeps at most ${MAX_TOASTS}, newest last`, async () => {
    renderAnnouncer();
    fireEvent.click(screen.getByRole("button", { name: "fail" }));
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole("button", { name: "another" }));
    await flush();
    expect(toasts()).toHaveLength(MAX_TOASTS);
    expect(toasts().every((toast) => toast.dataset.kind === "success")).toBe(true);
  });

  it('feedback="none" shows no toast and tells onFeedback; successes still reach the live region', async () => {
    const onFeedback = vi.fn<(event: FeedbackEvent) => void>();
    const retry = vi.fn();
    renderAnnouncer({ feedback: "none", onFeedback }, { retry });
    fireEvent.click(screen.getByRole("button", { name: "succeed" }));
    fireEvent.click(screen.getByRole("button", { name: "fail" }));
    await flush();
    expect(toasts()).toHaveLength(0);
    expect(screen.queryByRole("region", { name: "Notifications" })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("Ada was suspended.");
    expect(onFeedback).toHaveBeenCalledTimes(2);
    expect(onFeedback.mock.calls[0]?.[0]).toMatchObject({
      kind: "success",
      message: "Ada was suspended.",
      action: "user.suspend",
    });
    const failure = onFeedback.mock.calls[1]?.[0];
    expect(failure).toMatchObject({
      kind: "error",
      message: "Ada could not be reactivated.",
      detail: "The service is unavailable right now. Try again in a moment.",
      action: "user.reactivate",
    });
    failure?.retry?.();
    expect(retry).toHaveBeenCalledOnce();
  });

  it("nested announcers defer to the outermost: one live region, one stack", async () => {
    render(
      <Announcer>
        <Announcer>
          <Actions />
        </Announcer>
      </Announcer>,
    );
    fireEvent.click(screen.getByRole("button", { name: "succeed" }));
    await flush();
    expect(screen.getAllByRole("status")).toHaveLength(1);
    expect(screen.getAllByRole("region")).toHaveLength(1);
  });

  it("follows the locale's direction and words", async () => {
    render(
      <I18nProvider locale="ar" messages={ar}>
        <Announcer>
          <Actions />
        </Announcer>
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "succeed" }));
    await flush();
    const section = screen.getByRole("region", { name: ar.common.notifications });
    expect(section).toHaveAttribute("dir", "rtl");
    expect(within(section).getByRole("button", { name: ar.common.dismiss })).toBeInTheDocument();
  });
});

describe("Announcer toasts, accessibility", () => {
  it("a success and a failure side by side are axe clean", async () => {
    const { container } = renderAnnouncer({}, { retry: () => {}, undo: () => {} });
    fireEvent.click(screen.getByRole("button", { name: "succeed" }));
    fireEvent.click(screen.getByRole("button", { name: "fail" }));
    // Time runs here: the toasts' code loads on first use, and then both show.
    await waitFor(() => expect(toasts()).toHaveLength(2));
    expect((await axe.run(container)).violations).toEqual([]);
  });
});
