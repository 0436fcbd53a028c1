import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ActionMenu } from "../../../src/components/ui/ActionMenu";
import { renderWithAdapter } from "../renderWithAdapter";

// As ActionMenu.test.tsx, in a file of its own: its first render must be the stand-in trigger.
describe("ActionMenu: the row menu loads on first use", () => {
  it("issue 9: focus on the stand-in trigger moves to the real one when the menu's code comes", async () => {
    renderWithAdapter(
      <ActionMenu label="Actions for Grace" actions={[{ id: "delete", label: "Delete", onSelect: vi.fn() }]} />,
    );
    const standIn = screen.getByRole("button", { name: "Actions for Grace" });
    standIn.focus();
    await waitFor(() => expect(standIn).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Actions for Grace" })).toHaveFocus();
    expect(screen.queryByRole("menu")).toBeNull();
  });
});
