import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../../src/adapters/memory";
import { ExternalUsersPanel } from "../../../src/components/external-users";
import { createConformanceFixture } from "../../../src/testing/conformanceFixture";
import { optionLabels, renderWithAdapter, TEST_NOW } from "../renderWithAdapter";
import { heldAdapter } from "../ui/heldAdapter";
import { expectLoadedRows, expectPlaceholderRows } from "../ui/placeholderRows";

// generateDataset({ size: 10 }): external-1 "יוסף Sharma" from Globex Agency, external-2 "Zoë Smith"
// from Initech Consulting, both with the role "User" here.
const rowOf = async (name: RegExp) => (await screen.findByRole("rowheader", { name })).closest("tr") as HTMLElement;
/** The row's one button: its "⋯" menu. `hidden`: behind a modal dialog too. */
const triggerOf = (row: HTMLElement, hidden = false) => within(row).getByRole("button", { hidden });

type User = ReturnType<typeof renderWithAdapter>["user"];
/** Chooses an action from the row's "⋯" menu. */
async function choose(user: User, row: HTMLElement, name: string) {
  await user.click(triggerOf(row));
  await user.click(await screen.findByRole("menuitem", { name }));
}

describe("ExternalUsersPanel", () => {
  it("R21: lists external users with their email, home account's name and role here", async () => {
    renderWithAdapter(<ExternalUsersPanel />);
    const row = await rowOf(/Zoë Smith/);
    expect(within(row).getByText("Initech Consulting")).toBeInTheDocument();
    expect(within(row).getByText(/\.ext2@/)).toBeInTheDocument();
    expect(within(row).getByRole("cell", { name: "User" })).toBeInTheDocument();
    expect(within(await rowOf(/Sharma/)).getByText("Globex Agency")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "External users" })).toBeInTheDocument();
  });

  it("issue 9: while the first page loads, the real table and headers over placeholder rows with a Loading… status, then the external users", async () => {
    const { adapter, release } = heldAdapter({ methods: ["listExternalUsers"] });
    renderWithAdapter(<ExternalUsersPanel />, { adapter });
    const table = await screen.findByRole("table", { name: "External users" });
    const columns = ["name", "email", "homeAccount", "role", "actions"];
    await expectPlaceholderRows(table, ["Name", "Email", "Home account", "Role here", "Actions"], columns);
    release();
    await expectLoadedRows(table, await rowOf(/Zoë Smith/), columns);
  });

  it("R22: changes the role here only, saying the home account is not affected", async () => {
    const { user, memory } = renderWithAdapter(<ExternalUsersPanel />);
    const row = await rowOf(/Zoë Smith/);
    await choose(user, row, "Edit role");
    const dialog = await screen.findByRole("dialog", { name: "Role of Zoë Smith in this account" });
    expect(dialog).toHaveAccessibleDescription(/Only their access here changes; their own account, Initech Consulting/);
    await user.selectOptions(within(dialog).getByLabelText("Role here"), "administrator");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(within(row).getByRole("cell", { name: "Administrator" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Zoë Smith's role here was changed.");
    const stored = memory?.snapshot().externalUsers.find((each) => each.id === "external-2");
    expect(stored).toMatchObject({ roleId: "administrator", homeAccount: { name: "Initech Consulting" }, version: 2 });
    await waitFor(() => expect(within(row).getByRole("button", { name: "Actions for Zoë Smith" })).toHaveFocus());
  });

  it("R22: a custom role here offers its permissions one by one", async () => {
    const { user, memory } = renderWithAdapter(<ExternalUsersPanel />);
    await choose(user, await rowOf(/Zoë Smith/), "Edit role");
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).queryByRole("group", { name: "Permissions here" })).not.toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText("Role here"), "custom");
    const checklist = within(dialog).getByRole("group", { name: "Permissions here" });
    await user.click(within(checklist).getByRole("checkbox", { name: /Send campaigns/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const stored = memory?.snapshot().externalUsers.find((each) => each.id === "external-2");
    expect(stored).toMatchObject({ roleId: "custom", permissions: ["campaigns.send"] });
  });

  it("R25: a conflicting save shows their role now and keeps the choice; saving again wins", async () => {
    const { user, memory } = renderWithAdapter(<ExternalUsersPanel />);
    await choose(user, await rowOf(/Zoë Smith/), "Edit role");
    const dialog = await screen.findByRole("dialog");
    // Another admin changes her role while this dialog is open.
    await memory?.updateExternalUser({ id: "external-2", version: 1, roleId: "custom", permissions: [] });
    await user.selectOptions(within(dialog).getByLabelText("Role here"), "administrator");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(/Someone else changed this/);
    expect(within(dialog).getByText("Their role here is now Custom.")).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Role here")).toHaveValue("administrator");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(memory?.snapshot().externalUsers.find((each) => each.id === "external-2")?.roleId).toBe("administrator");
  });

  it("R27: a delegated manager is offered only roles within their own, and cannot grant permissions they lack", async () => {
    const fixture = createConformanceFixture("delegated-manager");
    // Ivy holds the custom role with no grants: within the manager's own role, so they may change it.
    const externalUsers = fixture.externalUsers.map((each) =>
      each.id === "external-1" ? { ...each, roleId: "custom", permissions: [] } : each,
    );
    const { user } = renderWithAdapter(<ExternalUsersPanel />, {
      dataset: { ...fixture, externalUsers },
      viewerId: "manager-1",
    });
    await choose(user, await rowOf(/Ivy Ingram/), "Edit role");
    const dialog = await screen.findByRole("dialog");
    const role = within(dialog).getByLabelText("Role here");
    expect(optionLabels(role)).toEqual(["Custom", "User manager"]);
    const reports = within(dialog).getByRole("checkbox", { name: "View reports" });
    expect(reports).toBeDisabled();
    expect(reports).toHaveAccessibleDescription(/You do not have this permission, so you cannot grant it\./);
  });

  it("R22: removes access after a confirmation naming the person and their home account", async () => {
    const { user, memory } = renderWithAdapter(<ExternalUsersPanel />);
    await choose(user, await rowOf(/Zoë Smith/), "Remove access");
    const confirm = await screen.findByRole("alertdialog", { name: "Remove Zoë Smith's access?" });
    expect(confirm).toHaveAccessibleDescription(
      /Their own account, Initech Consulting, is not affected\. This cannot be undone\./,
    );
    expect(memory?.snapshot().externalUsers).toHaveLength(2);
    await user.click(within(confirm).getByRole("button", { name: "Remove access" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.queryByRole("rowheader", { name: /Zoë Smith/ })).not.toBeInTheDocument();
    expect(memory?.snapshot().externalUsers.map((each) => each.id)).toEqual(["external-1"]);
    expect(screen.getByRole("status")).toHaveTextContent("Zoë Smith no longer has access to this account.");
    expect(screen.getByRole("heading", { name: "External users" })).toHaveFocus();
  });

  it("R22: keeping access changes nothing", async () => {
    const { user, memory } = renderWithAdapter(<ExternalUsersPanel />);
    const row = await rowOf(/Zoë Smith/);
    await choose(user, row, "Remove access");
    await user.click(await screen.findByRole("button", { name: "Keep" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(memory?.snapshot().externalUsers).toHaveLength(2);
    await waitFor(() => expect(triggerOf(row)).toHaveFocus());
  });

  it("R24: a failed removal keeps the dialog open with the reason and brings the row back", async () => {
    const { user, memory } = renderWithAdapter(<ExternalUsersPanel />);
    await choose(user, await rowOf(/Zoë Smith/), "Remove access");
    memory?.failNext("network", "removeExternalUser");
    const confirm = await screen.findByRole("alertdialog");
    await user.click(within(confirm).getByRole("button", { name: "Remove access" }));
    expect(await within(confirm).findByRole("alert")).toHaveTextContent(/server could not be reached/);
    // The page behind the modal is aria-hidden while the dialog stays open.
    expect(await screen.findByRole("rowheader", { name: /Zoë Smith/, hidden: true })).toBeInTheDocument();
    expect(memory?.snapshot().externalUsers).toHaveLength(2);
  });

  it("R24: a failed role change keeps the dialog open with the choice and rolls the row back", async () => {
    const { user, memory } = renderWithAdapter(<ExternalUsersPanel />);
    const row = await rowOf(/Zoë Smith/);
    await choose(user, row, "Edit role");
    const dialog = await screen.findByRole("dialog");
    memory?.failNext("unavailable", "updateExternalUser");
    await user.selectOptions(within(dialog).getByLabelText("Role here"), "administrator");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(/unavailable right now/);
    expect(within(dialog).getByLabelText("Role here")).toHaveValue("administrator");
    await waitFor(() => expect(within(row).getByRole("cell", { name: "User", hidden: true })).toBeInTheDocument());
  });

  it("R21: each row's actions are in the users' \u22ef menu, in the same table look", async () => {
    const { user } = renderWithAdapter(<ExternalUsersPanel />);
    const row = await rowOf(/Zoë Smith/);
    expect(screen.getByRole("table", { name: "External users" })).toBeInTheDocument();
    expect(within(row).getAllByRole("button")).toEqual([triggerOf(row)]);
    await user.click(triggerOf(row));
    const menu = await screen.findByRole("menu");
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual(["Edit role", "Remove access"]);
  });

  it("R22: the row's menu is busy while its removal is pending, so access is removed once", async () => {
    const { user, memory } = renderWithAdapter(<ExternalUsersPanel />);
    const adapter = memory as NonNullable<typeof memory>;
    // A slow backend: the removal waits until the test lets it through.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const removeExternalUser = adapter.removeExternalUser.bind(adapter);
    const calls = vi.fn();
    adapter.removeExternalUser = async (params) => {
      calls(params);
      await released;
      return removeExternalUser(params);
    };
    const row = await rowOf(/Zoë Smith/);
    await choose(user, row, "Remove access");
    const confirm = await screen.findByRole("alertdialog");
    await user.click(within(confirm).getByRole("button", { name: "Remove access" }));
    // The confirmation stays open until the answer, the page behind it hidden from assistive tech.
    await waitFor(() => expect(triggerOf(row, true)).toHaveAttribute("aria-busy", "true"));
    expect(calls).toHaveBeenCalledTimes(1);

    release();
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(calls).toHaveBeenCalledTimes(1);
    expect(memory?.snapshot().externalUsers.map((each) => each.id)).toEqual(["external-1"]);
  });

  it("shows loading, then an error with a retry that recovers", async () => {
    const { user, memory } = renderWithAdapter(<ExternalUsersPanel />, { latency: 20 });
    memory?.failNext("unavailable", "listExternalUsers");
    expect(await screen.findByText("Loading…")).toBeInTheDocument();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The external users could not be loaded.");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await rowOf(/Zoë Smith/)).toBeInTheDocument();
  });

  it("says so when there are no external users", async () => {
    const dataset = { ...generateDataset({ size: 3, now: TEST_NOW }), externalUsers: [] };
    renderWithAdapter(<ExternalUsersPanel />, { dataset });
    expect(await screen.findByText("No external users.")).toBeInTheDocument();
  });

  it("renders nothing when the adapter has no external users", async () => {
    const { memory } = renderWithAdapter(<span>host</span>);
    const { listExternalUsers: _omitted, ...withoutExternal } = memory as NonNullable<typeof memory>;
    const { container } = renderWithAdapter(<ExternalUsersPanel />, { adapter: withoutExternal });
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it("R8: renders nothing for a viewer who does not manage users", async () => {
    const { container } = renderWithAdapter(<ExternalUsersPanel />, { viewerId: "user-3" });
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it("speaks French", async () => {
    const { user } = renderWithAdapter(<ExternalUsersPanel />, {
      i18n: { locale: "fr", messages: (await import("../../../src/locales/fr")).fr },
    });
    await user.click(triggerOf(await rowOf(/Zoë Smith/)));
    expect(await screen.findByRole("menuitem", { name: "Retirer l’accès" })).toBeInTheDocument();
  });
});
