import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ActionMenu } from "../../../src/components/ui/ActionMenu";
import { renderWithAdapter } from "../renderWithAdapter";

// The row menu's code (Radix DropdownMenu) loads on first use: until it has, a plain trigger
// stands in. This file renders the menu before anything else has loaded it, so its first render
// is that placeholder.

describe("ActionMenu: the row menu loads on first use", () => {
  it("issue 9: a press on the stand-in trigger before the menu's code came opens the menu once it has", async () => {
    const suspend = vi.fn();
    renderWithAdapter(
      <>
        <ActionMenu label="Actions for Ada" actions={[{ id: "suspend", label: "Suspend", onSelect: suspend }]} />
        <ActionMenu label="Actions for Grace" actions={[{ id: "delete", label: "Delete", onSelect: vi.fn() }]} />
      </>,
    );
    // Both stand-ins are there at once, named as the real triggers are.
    const ada = screen.getByRole("button", { name: "Actions for Ada" });
    expect(ada).toHaveAttribute("aria-haspopup", "menu");
    expect(screen.queryByRole("menu")).toBeNull();
    fireEvent.click(ada);

    // Once loaded, the pressed one opens, alone; choosing works as ever.
    const menu = await screen.findByRole("menu", { name: "Actions for Ada" });
    expect(screen.getAllByRole("menu")).toHaveLength(1);
    fireEvent.click(within(menu).getByRole("menuitem", { name: "Suspend" }));
    await waitFor(() => expect(suspend).toHaveBeenCalledTimes(1));
  });
});
