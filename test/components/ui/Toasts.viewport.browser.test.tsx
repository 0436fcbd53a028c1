import { composeStories, setProjectAnnotations } from "@storybook/react-vite";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import preview from "../../../.storybook/preview";
import { I18nProvider } from "../../../src/components/i18n";
import { Announcer, useFeedback } from "../../../src/components/ui/Announcer";
import { AUDIT_SIZES, withBareViewport } from "../auditViewports";
import "../../../src/styles/base.css";
import "../../../src/styles/page.css";
import "../../../src/styles/invite.css";
import "../../../src/styles/edit-user.css";
import * as editUserStories from "../../../stories/EditUserDialog.stories";
import * as inviteStories from "../../../stories/InviteDialog.stories";

// Audit 9, item 1: the toasts used to stick to the bottom of the component's content, so under a
// short component they stacked upward past the top of the screen (their × out of reach) and over
// the focused Invite button. In real Chromium, at a phone's size and a desktop's, every toast must
// lie wholly inside the viewport, within the component's column, and off the element with focus.
setProjectAnnotations(preview);
const { SentAsToast } = composeStories(inviteStories);
const { ChangePassword } = composeStories(editUserStories);

const SIZES = AUDIT_SIZES;
withBareViewport();
afterEach(() => {
  window.scrollTo(0, 0);
});

/** A button that says results, as a component does after an action. */
function Say({ times = 1 }: { times?: number }) {
  const feedback = useFeedback();
  return (
    <button
      type="button"
      onClick={() => {
        for (let index = 0; index < times; index++)
          feedback.error(`Ada could not be reactivated (${index + 1}).`, { retry: () => {} });
      }}
    >
      Say
    </button>
  );
}

/** A component's root, as the library's are: the toasts' column is its width. */
function Column({ children, width, dir = "ltr" }: { children: ReactNode; width?: string; dir?: "ltr" | "rtl" }) {
  return (
    <div data-rum="" dir={dir} style={{ padding: "1rem", width }}>
      <Announcer toastDurationMs={600_000}>{children}</Announcer>
    </div>
  );
}

const toasts = () => Array.from(document.querySelectorAll<HTMLElement>('[data-slot="toast"]'));

/** Every toast (and its × button) lies wholly inside the viewport. */
function expectInViewport() {
  const { clientWidth, clientHeight } = document.documentElement;
  const shown = toasts();
  expect(shown.length).toBeGreaterThan(0);
  for (const element of [...shown, ...document.querySelectorAll('[data-slot="toast-close"]')]) {
    const box = element.getBoundingClientRect();
    const where = `${element.getAttribute("data-slot")} at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} in ${clientWidth}×${clientHeight}`;
    expect(box.top, where).toBeGreaterThanOrEqual(0);
    expect(box.left, where).toBeGreaterThanOrEqual(0);
    expect(box.bottom, where).toBeLessThanOrEqual(clientHeight + 0.5);
    expect(box.right, where).toBeLessThanOrEqual(clientWidth + 0.5);
  }
}

/** No toast is drawn over the element that has focus. */
function expectFocusUncovered() {
  const active = document.activeElement as HTMLElement;
  expect(active).not.toBe(document.body);
  const focused = active.getBoundingClientRect();
  for (const toast of toasts()) {
    const box = toast.getBoundingClientRect();
    const overlaps =
      box.left < focused.right && focused.left < box.right && box.top < focused.bottom && focused.top < box.bottom;
    expect(overlaps, `toast "${toast.textContent}" over the focused ${active.textContent}`).toBe(false);
  }
}

describe.each(SIZES)("toasts at %i × %i", (width, height) => {
  beforeAll(async () => {
    await page.viewport(width, height);
  });

  it("a short component's three toasts are inside the viewport, off the focused button", async () => {
    const user = userEvent.setup();
    render(
      <Column>
        <Say times={3} />
      </Column>,
    );
    await user.click(screen.getByRole("button", { name: "Say" }));
    await waitFor(() => expect(toasts()).toHaveLength(3));
    expectInViewport();
    expect(screen.getByRole("button", { name: "Say" })).toHaveFocus();
    expectFocusUncovered();
  });

  it.each(["ltr", "rtl"] as const)("the stack stays at the inline end of the component's column (%s)", async (dir) => {
    const user = userEvent.setup();
    render(
      <I18nProvider dir={dir}>
        <Column width="20rem" dir={dir}>
          <Say />
        </Column>
      </I18nProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Say" }));
    await waitFor(() => expect(toasts()).toHaveLength(1));
    expectInViewport();
    // 1rem inside the column's content box (itself 1rem inside the root), at its inline end.
    const column = document.querySelector("[data-rum]")?.getBoundingClientRect() as DOMRect;
    const toast = toasts()[0]?.getBoundingClientRect() as DOMRect;
    if (dir === "ltr") expect(toast.right).toBeCloseTo(column.right - 32, 0);
    else expect(toast.left).toBeCloseTo(column.left + 32, 0);
    expect(toast.width).toBeCloseTo(column.width - 64, 0);
  });

  it("a long page's toasts are at the bottom of the screen, and a focused button there is scrolled clear", async () => {
    const user = userEvent.setup();
    render(
      <Column>
        <div style={{ height: "150vh" }} />
        <div style={{ display: "flex", justifyContent: "flex-end" }}>
          <Say />
        </div>
        <div style={{ height: "50vh" }} />
      </Column>,
    );
    const say = screen.getByRole("button", { name: "Say" });
    // The button at the very bottom of the screen, where the stack is drawn.
    window.scrollTo(0, say.getBoundingClientRect().bottom + window.scrollY - height + 2);
    await user.click(say);
    await waitFor(() => expect(toasts()).toHaveLength(1));
    expectInViewport();
    const toast = toasts()[0]?.getBoundingClientRect();
    expect(toast?.bottom).toBeGreaterThan(height - 40);
    await waitFor(() => expectFocusUncovered(), { timeout: 5_000 });
  });

  it("with nothing focused, a toast does not scroll the page", async () => {
    function Later() {
      const feedback = useFeedback();
      return (
        <button type="button" onClick={() => setTimeout(() => feedback.success("Saved."), 100)}>
          Later
        </button>
      );
    }
    const user = userEvent.setup();
    render(
      <Column>
        <div style={{ height: "150vh" }} />
        <Later />
      </Column>,
    );
    await user.click(screen.getByRole("button", { name: "Later" }));
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    const scrolled = window.scrollY;
    await waitFor(() => expect(toasts()).toHaveLength(1));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(window.scrollY).toBe(scrolled);
    expectInViewport();
  });
});

// The audited stories themselves, rendered as Storybook composes them and played to their toast.
describe.each(SIZES)("stories' toasts at %i × %i", (width, height) => {
  beforeAll(async () => {
    await page.viewport(width, height);
  });

  it("InviteDialog's SentAsToast: the toast is on screen and off the focused Invite button", async () => {
    const { container } = render(<SentAsToast />);
    await SentAsToast.play?.({ canvasElement: container });
    const region = await screen.findByRole("region", { name: "Notifications" });
    await within(region).findByText("2 invitations sent.");
    expectInViewport();
    expect(screen.getByRole("button", { name: "Invite" })).toHaveFocus();
    expectFocusUncovered();
  });

  it("EditUserDialog's ChangePassword: the toast is on screen", async () => {
    const { container } = render(<ChangePassword />);
    await ChangePassword.play?.({ canvasElement: container });
    await waitFor(() => expect(toasts().length).toBeGreaterThan(0));
    expectInViewport();
  });
});
