import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { InviteDialog } from "../../../src/components/invite";
import { AUDIT_SIZES, withBareViewport } from "../auditViewports";
import "../../../src/styles/base.css";
import "../../../src/styles/invite.css";
import { renderWithAdapter } from "../renderWithAdapter";

// Audit 9, item 3: over the 100-address limit Send is disabled and says why, but with 101 chips
// the reason and Send sat some 2,700 px down the dialog's scroll. The chips now scroll inside
// their own box, so the count, the reason and Send stay on screen. In real Chromium.

const SIZES = AUDIT_SIZES;
withBareViewport();

/** Wholly inside the viewport, as the page stands (nothing scrolled). */
function expectOnScreen(element: Element) {
  const box = element.getBoundingClientRect();
  const { clientWidth, clientHeight } = document.documentElement;
  const where = `${element.textContent} at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} in ${clientWidth}×${clientHeight}`;
  expect(box.height, where).toBeGreaterThan(0);
  expect(box.top, where).toBeGreaterThanOrEqual(0);
  expect(box.left, where).toBeGreaterThanOrEqual(0);
  expect(box.bottom, where).toBeLessThanOrEqual(clientHeight + 0.5);
  expect(box.right, where).toBeLessThanOrEqual(clientWidth + 0.5);
}

describe.each(SIZES)("InviteDialog with 101 addresses at %i × %i", (width, height) => {
  beforeAll(async () => {
    await page.viewport(width, height);
  });

  it("the count, the reason and the disabled Send are on screen without scrolling; the chips scroll", async () => {
    const { user } = renderWithAdapter(<InviteDialog defaultOpen />);
    const dialog = await screen.findByRole("dialog", { name: "Invite people" });
    const emails = await within(dialog).findByLabelText("Email addresses");
    await user.click(emails);
    await user.paste(Array.from({ length: 101 }, (_, index) => `person${index}@example.com`).join("\n"));
    const send = await within(dialog).findByRole("button", { name: "Send 101 invitations" });
    expect(send).toBeDisabled();
    const reason = within(dialog).getByText(/invite at most 100 people at once/);
    expect(send).toHaveAccessibleDescription(reason.textContent ?? "");

    // As it opens: neither the dialog nor the page scrolled.
    dialog.scrollTop = 0;
    window.scrollTo(0, 0);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(dialog.scrollHeight, "the dialog fits the screen").toBeLessThanOrEqual(dialog.clientHeight + 0.5);
    expectOnScreen(within(dialog).getByText("101 addresses (up to 100 at once)"));
    expectOnScreen(reason);
    expectOnScreen(send);
    expectOnScreen(emails);

    // The chips scroll inside their own box, every one of them still reachable.
    const chips = dialog.querySelector('[data-slot="invite-chips"]') as HTMLElement;
    expect(chips.querySelectorAll('[data-slot="invite-chip"]')).toHaveLength(101);
    expect(chips.scrollHeight).toBeGreaterThan(chips.clientHeight);
    chips.scrollTop = chips.scrollHeight;
    const last = within(chips).getByRole("button", { name: "Remove person100@example.com" });
    const box = last.getBoundingClientRect();
    const frame = chips.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(frame.top);
    expect(box.bottom).toBeLessThanOrEqual(frame.bottom + 0.5);

    const results = await axe.run(dialog);
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });
});
