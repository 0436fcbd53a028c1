import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ActionMenu } from "../../../src/components/ui/ActionMenu";
import { renderWithAdapter } from "../renderWithAdapter";

// Issue 10, in real Chromium: the row menu's code (Radix DropdownMenu) loads on first use, and until
// it has a plain "⋯" stands in; then the real trigger replaces it, a new button. Whoever found the
// stand-in (a play function, a script, a person whose press began on it) may press it after that
// swap, on a button no longer in the page: React hears nothing there (it listens at its root), so
// the press was lost and the menu never opened. This file renders the menus before anything has
// loaded their code, so their first render is the stand-in, and presses at the moment that fails.

const actions = (label: string, onSelect = vi.fn()) => [{ id: label.toLowerCase(), label, onSelect }];

describe("ActionMenu: a press on the stand-in trigger is never lost", () => {
  it("opens the menu when the stand-in is pressed after the real trigger replaced it, or across the swap", async () => {
    const suspend = vi.fn();
    renderWithAdapter(
      <>
        <ActionMenu label="Actions for Ada" actions={actions("Suspend", suspend)} />
        <ActionMenu label="Actions for Grace" actions={actions("Delete")} />
      </>,
    );
    const ada = screen.getByRole("button", { name: "Actions for Ada" });
    const grace = screen.getByRole("button", { name: "Actions for Grace" });
    // A press that begins on Grace's stand-in (the pointer goes down now, before the menu's code can
    // have come) and ends on the real trigger: Radix opens a menu on pointer down, so must this.
    fireEvent.pointerDown(grace, { button: 0, pointerType: "mouse" });

    // The real triggers take over: new buttons; the ones found first are out of the page.
    await waitFor(() => expect(ada.isConnected).toBe(false));
    expect(grace.isConnected).toBe(false);
    const graceMenu = await screen.findByRole("menu", { name: "Actions for Grace" });
    expect(within(graceMenu).getByRole("menuitem", { name: "Delete" })).toBeVisible();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());

    // A click on Ada's stand-in, found before the swap (as a play function's `findByRole` then
    // `userEvent.click` does on a busy machine), opens Ada's menu all the same.
    expect(screen.getByRole("button", { name: "Actions for Ada" })).not.toBe(ada);
    await userEvent.click(ada);
    const menu = await screen.findByRole("menu", { name: "Actions for Ada" });
    expect(screen.getAllByRole("menu")).toHaveLength(1);
    await userEvent.click(within(menu).getByRole("menuitem", { name: "Suspend" }));
    await waitFor(() => expect(suspend).toHaveBeenCalledTimes(1));
    // Focus goes back to the real trigger, as after any menu.
    await waitFor(() => expect(screen.getByRole("button", { name: "Actions for Ada" })).toHaveFocus());
  });
});
