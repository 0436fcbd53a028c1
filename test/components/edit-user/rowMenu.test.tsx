import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { generateDataset, type MemoryAdapter } from "../../../src/adapters/memory";
import { UserTable } from "../../../src/components/user-table";
import { type RenderWithAdapterOptions, renderWithAdapter, TEST_NOW } from "../renderWithAdapter";

// Issue 9 item 8: the users table's row menu opens one short dialog per part of a user.

const DATASET = generateDataset({ size: 10, now: TEST_NOW });
const nameOf = (id: string) => {
  const found = DATASET.users.find((user) => user.id === id);
  return `${found?.firstName} ${found?.lastName}`;
};

async function renderTable(options: RenderWithAdapterOptions = {}) {
  const rendered = renderWithAdapter(<UserTable now={new Date(TEST_NOW)} />, { dataset: DATASET, ...options });
  await screen.findByText(nameOf("user-3"));
  return { ...rendered, memory: rendered.memory as MemoryAdapter };
}

async function openMenu(user: ReturnType<typeof renderWithAdapter>["user"], name: string) {
  await user.click(screen.getByRole("button", { name: `Actions for ${name}` }));
  return screen.findByRole("menu");
}

const labels = (menu: HTMLElement) =>
  Array.from(menu.querySelectorAll('[data-slot="menu-item-label"]'), (label) => label.textContent);

describe("the row menu's focused dialogs", () => {
  it("issue 9: Edit profile, Change role, Permissions and Change password each open their own dialog, first field focused", async () => {
    const { user } = await renderTable();
    const name = nameOf("user-2");
    const trigger = () => screen.getByRole("button", { name: `Actions for ${name}` });
    const expected = [
      ["Edit profile", `Edit \u2068${name}\u2069`, () => screen.getByLabelText("First name")],
      ["Change role", `Change role for \u2068${name}\u2069`, () => screen.getByRole("combobox", { name: "Role" })],
      ["Permissions", `Permissions for \u2068${name}\u2069`, () => screen.getAllByRole("checkbox")[0]],
      ["Change password", `Change password for \u2068${name}\u2069`, () => screen.getByLabelText("New password")],
    ] as const;
    for (const [item, title, first] of expected) {
      const menu = await openMenu(user, name);
      await user.click(within(menu).getByRole("menuitem", { name: item }));
      const dialog = await screen.findByRole("dialog", { name: title });
      await within(dialog).findByRole("button", { name: "Save" });
      await waitFor(() => expect(first()).toHaveFocus());
      await user.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      await waitFor(() => expect(trigger()).toHaveFocus());
    }
  });

  it("R5: Permissions is offered for someone with the custom role only, after their role", async () => {
    const { user } = await renderTable();
    expect(labels(await openMenu(user, nameOf("user-2")))).toEqual([
      "Edit profile",
      "Change role",
      "Permissions",
      "Change password",
      "Suspend",
      "Delete",
    ]);
    await user.keyboard("{Escape}");
    expect(labels(await openMenu(user, nameOf("user-3")))).not.toContain("Permissions");
  });

  it("R16: where only people change their own name and email, Edit profile on another's row says so; their own stays open", async () => {
    const { user } = await renderTable({ declares: { capabilities: { editOtherProfiles: false } } });
    const menu = await openMenu(user, nameOf("user-3"));
    const edit = within(menu).getByRole("menuitem", { name: /Edit profile/ });
    expect(edit).toHaveAttribute("aria-disabled", "true");
    expect(edit).toHaveAccessibleDescription("Only this person can change their name and email.");
    expect(within(menu).getByRole("menuitem", { name: "Change role" })).not.toHaveAttribute("aria-disabled");
    await user.keyboard("{Escape}");

    const own = await openMenu(user, nameOf("user-1"));
    expect(within(own).getByRole("menuitem", { name: "Edit profile" })).not.toHaveAttribute("aria-disabled");
  });

  it("R17: Change password is listed only when the adapter can change passwords", async () => {
    const { user } = await renderTable({ declares: { capabilities: { changePassword: false } } });
    expect(labels(await openMenu(user, nameOf("user-3")))).not.toContain("Change password");
  });

  it("R27: on one's own row Change role is disabled with why", async () => {
    const { user } = await renderTable();
    const menu = await openMenu(user, nameOf("user-1"));
    const role = within(menu).getByRole("menuitem", { name: /Change role/ });
    expect(role).toHaveAttribute("aria-disabled", "true");
    expect(role).toHaveAccessibleDescription("You cannot do this to yourself.");
  });

  it("R16: a role saved from its dialog shows in the row and is announced", async () => {
    const { user, memory } = await renderTable();
    const name = nameOf("user-3");
    const menu = await openMenu(user, name);
    await user.click(within(menu).getByRole("menuitem", { name: "Change role" }));
    const dialog = await screen.findByRole("dialog", { name: `Change role for \u2068${name}\u2069` });
    await user.selectOptions(await within(dialog).findByRole("combobox", { name: "Role" }), "Administrator");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`\u2068${name}\u2069 was saved.`));
    const row = screen.getByRole("row", { name: new RegExp(name) });
    expect(await within(row).findByText("Administrator")).toBeInTheDocument();
    expect(memory.snapshot().users.find((each) => each.id === "user-3")?.roleId).toBe("administrator");
  });
});
