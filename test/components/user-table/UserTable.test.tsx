import { act, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import type { ListUsersParams } from "../../../src/adapter";
import { generateDataset, type MemoryAdapter } from "../../../src/adapters/memory";
import { fr } from "../../../src/components/i18n/fr";
import { UserTable, type UserTableProps } from "../../../src/components/user-table";
import type { SearchBehaviour } from "../../../src/components/user-table/useSearchBehaviour";
import { UserManagementError } from "../../../src/core";
import { type RenderWithAdapterOptions, renderWithAdapter, TEST_NOW } from "../renderWithAdapter";

const NOW = new Date(TEST_NOW);
const DATASET = generateDataset({ size: 10, now: TEST_NOW });
const nameOf = (id: string) => {
  const found = DATASET.users.find((user) => user.id === id);
  return `${found?.firstName} ${found?.lastName}`;
};

/** Renders the table and waits for its first page. */
async function renderTable(props: UserTableProps = {}, options: RenderWithAdapterOptions = {}) {
  const rendered = renderWithAdapter(<UserTable now={NOW} {...props} />, options);
  const root = rendered.container.querySelector<HTMLElement>('[data-slot="user-table"]');
  await waitFor(() =>
    expect(rendered.container.querySelector('[data-slot="user-table"]')).not.toHaveAttribute("data-state", "loading"),
  );
  return { ...rendered, root, memory: rendered.memory as MemoryAdapter };
}

const rows = () => screen.getAllByRole("row").slice(1);
const rowOf = (name: string) =>
  screen.getByRole("row", { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
const firstNames = () => rows().map((row) => within(row).getAllByRole("rowheader")[0]?.textContent);

/** The list requests of the table (the owner count R19 asks for one row only). */
const listCalls = (spy: { mock: { calls: [ListUsersParams][] } }) =>
  spy.mock.calls.map(([params]) => params).filter((params) => params.pageSize !== 1);

/**
 * Types `text` in the search box of a table whose adapter declares `search`; the box shows it at
 * once. Returns a reader of the searches the adapter was asked for since.
 */
async function typeInSearch(search: SearchBehaviour, text: string) {
  const { user, memory } = await renderTable({}, { declares: { behaviours: { search } } });
  const spy = vi.spyOn(memory, "listUsers");
  const box = screen.getByRole("searchbox", { name: "Search users" });
  await user.type(box, text);
  expect(box).toHaveValue(text);
  return () => listCalls(spy).map((params) => params.search);
}

async function openMenu(user: ReturnType<typeof renderWithAdapter>["user"], name: string) {
  await user.click(screen.getByRole("button", { name: `Actions for ${name}` }));
  return screen.findByRole("menu");
}

describe("UserTable", () => {
  it("R4: every row shows name, email, last login, 2FA, role and status", async () => {
    await renderTable();
    const headers = screen.getAllByRole("columnheader").map((header) => header.textContent);
    expect(headers.slice(0, 6)).toEqual([
      expect.stringContaining("Name"),
      expect.stringContaining("Email"),
      expect.stringContaining("Last login"),
      "2FA",
      expect.stringContaining("Role"),
      expect.stringContaining("Status"),
    ]);
    expect(rows()).toHaveLength(10);
    const owner = rowOf(nameOf("user-1"));
    expect(within(owner).getByText("fatima.lovelace.1@example.org")).toBeInTheDocument();
    expect(within(owner).getByText("Administrator")).toBeInTheDocument();
    expect(within(owner).getByText("Disabled")).toBeInTheDocument();
    expect(within(owner).getByText("Active")).toBeInTheDocument();
    // Relative, with the exact time as its description (shown on hover and focus).
    const lastLogin = within(owner).getByText("4 weeks ago");
    expect(lastLogin).toHaveAttribute("tabindex", "0");
    expect(lastLogin).toHaveAccessibleDescription(/Dec 20, 2025/);
    expect(within(rowOf(nameOf("user-9"))).getByText("Never")).toBeInTheDocument();
    expect(within(rowOf(nameOf("user-5"))).getByText("Suspended")).toBeInTheDocument();
  });

  it("R4: shows only the columns it is given", async () => {
    await renderTable({ columns: ["name", "status"] });
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual([
      expect.stringContaining("Name"),
      expect.stringContaining("Status"),
      "Actions",
    ]);
    expect(screen.queryByText("fatima.lovelace.1@example.org")).not.toBeInTheDocument();
  });

  it("R9: an action the backend's role model denies the viewer is disabled, not offered and refused later", async () => {
    const roles = DATASET.roleModel.roles.map((role) =>
      role.id === "administrator" ? { ...role, deniedActions: ["user.delete" as const] } : role,
    );
    const dataset = { ...DATASET, roleModel: { ...DATASET.roleModel, roles } };
    const { user } = await renderTable({}, { dataset });
    const menu = await openMenu(user, nameOf("user-3"));
    expect(within(menu).getByRole("menuitem", { name: /Delete/ })).toHaveAttribute("aria-disabled", "true");
    expect(within(menu).getByRole("menuitem", { name: "Edit profile" })).not.toHaveAttribute("aria-disabled");
  });

  it("R18: the viewer's own row is marked, and deleting or suspending it is disabled with the reason", async () => {
    const { user } = await renderTable();
    const own = rowOf(nameOf("user-1"));
    expect(own).toHaveAttribute("data-self");
    expect(within(own).getByText("You")).toBeInTheDocument();
    expect(rows().filter((row) => row.hasAttribute("data-self"))).toHaveLength(1);

    const menu = await openMenu(user, nameOf("user-1"));
    for (const label of ["Delete", "Suspend"]) {
      const item = within(menu).getByRole("menuitem", { name: new RegExp(label) });
      expect(item).toHaveAttribute("aria-disabled", "true");
      expect(item).toHaveAccessibleDescription("You cannot do this to yourself.");
    }
    expect(within(menu).getByRole("menuitem", { name: "Edit profile" })).not.toHaveAttribute("aria-disabled");
    // Choosing a denied action does nothing.
    await user.click(within(menu).getByRole("menuitem", { name: /Delete/ }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  it("R19: an administrator from another account cannot suspend or delete the last active owner", async () => {
    const dataset = generateDataset({ size: 10, now: TEST_NOW });
    dataset.externalUsers[0] = {
      ...(dataset.externalUsers[0] as (typeof dataset.externalUsers)[0]),
      roleId: "administrator",
    };
    const { user } = await renderTable({}, { dataset, viewerId: "external-1" });
    const menu = await openMenu(user, nameOf("user-1"));
    for (const label of ["Delete", "Suspend"]) {
      expect(within(menu).getByRole("menuitem", { name: new RegExp(label) })).toHaveAccessibleDescription(
        "The account must keep at least one active owner.",
      );
    }
  });

  it("R1: the search reaches the adapter once typing pauses, and the box keeps what was typed", async () => {
    // A remote backend's behaviour, declared here: the default whenever an adapter says nothing.
    const searches = await typeInSearch("debounced", "torvalds");
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rowOf("Søren Torvalds")).toBeInTheDocument();
    // One request for the whole word, none per keystroke.
    expect(searches()).toEqual(["torvalds"]);
  });

  it("R1: an in-process adapter (search: as-typed) hears every change, so the rows follow the typing", async () => {
    const searches = await typeInSearch("as-typed", "torvalds");
    // No pause needed: the text reaches the adapter as it grows, ending with the whole word.
    await waitFor(() => expect(searches().at(-1)).toBe("torvalds"));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rowOf("Søren Torvalds")).toBeInTheDocument();
    expect(searches().length).toBeGreaterThan(1);
    expect(searches().every((text) => text && "torvalds".startsWith(text))).toBe(true);
  });

  it("R1: sorting by a header asks the adapter and toggles aria-sort", async () => {
    const { user, memory } = await renderTable();
    const spy = vi.spyOn(memory, "listUsers");
    const header = screen.getByRole("columnheader", { name: /Name/ });
    expect(header).not.toHaveAttribute("aria-sort");

    await user.click(within(header).getByRole("button", { name: /Name/ }));
    expect(header).toHaveAttribute("aria-sort", "ascending");
    await waitFor(() => expect(listCalls(spy).at(-1)?.sort).toEqual({ field: "name", direction: "asc" }));
    const ascending = (await memory.listUsers({ page: 1, pageSize: 25, sort: { field: "name", direction: "asc" } }))
      .users;
    await waitFor(() => expect(firstNames()[0]).toContain(ascending[0]?.firstName));

    await user.click(within(header).getByRole("button", { name: /Name/ }));
    expect(header).toHaveAttribute("aria-sort", "descending");
    await waitFor(() => expect(firstNames()[0]).toContain(ascending.at(-1)?.firstName));

    await user.click(within(screen.getByRole("columnheader", { name: /Email/ })).getByRole("button"));
    expect(header).not.toHaveAttribute("aria-sort");
    expect(screen.getByRole("columnheader", { name: /Email/ })).toHaveAttribute("aria-sort", "ascending");
  });

  it("R1: filters by role and by status on the adapter", async () => {
    const { user, memory } = await renderTable();
    const spy = vi.spyOn(memory, "listUsers");
    await user.selectOptions(screen.getByRole("combobox", { name: "Role" }), "User");
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(listCalls(spy).at(-1)?.roleIds).toEqual(["user"]);
    expect(rows().every((row) => within(row).queryByText("User") !== null)).toBe(true);

    await user.selectOptions(screen.getByRole("combobox", { name: "Role" }), "All roles");
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Suspended");
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(listCalls(spy).at(-1)).toMatchObject({ statuses: ["suspended"] });
    expect(listCalls(spy).at(-1)?.roleIds).toBeUndefined();
    for (const row of rows()) expect(within(row).getByText("Suspended")).toBeInTheDocument();
  });

  it("R1: pages through the users with a page size, showing first–last of total", async () => {
    const { user } = await renderTable({ pageSize: 3 });
    expect(screen.getByText("1–3 of 10")).toBeInTheDocument();
    const page1 = firstNames();
    expect(page1).toHaveLength(3);
    const previous = screen.getByRole("button", { name: "Previous page" });
    expect(previous).toHaveAttribute("aria-disabled", "true");

    await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(await screen.findByText("4–6 of 10")).toBeInTheDocument();
    await waitFor(() => expect(firstNames()).not.toEqual(page1));
    expect(previous).not.toHaveAttribute("aria-disabled");

    for (let i = 0; i < 2; i++) await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(await screen.findByText("10–10 of 10")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next page" })).toHaveAttribute("aria-disabled", "true");

    await user.selectOptions(screen.getByRole("combobox", { name: "Rows per page" }), "10");
    expect(await screen.findByText("1–10 of 10")).toBeInTheDocument();
    await waitFor(() => expect(rows()).toHaveLength(10));
  });

  it("R20: delete asks first, naming the person and saying it cannot be undone; the user disappears", async () => {
    const { user, memory } = await renderTable();
    const name = nameOf("user-3");
    const menu = await openMenu(user, name);
    await user.click(within(menu).getByRole("menuitem", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog", { name: `Delete ${name}?` });
    expect(dialog).toHaveAccessibleDescription(new RegExp(`${name}.*cannot be undone`));
    await user.click(within(dialog).getByRole("button", { name: "Delete user" }));

    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.queryByRole("row", { name: new RegExp(name) })).not.toBeInTheDocument();
    expect(memory.snapshot().users.some((stored) => stored.id === "user-3")).toBe(false);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`${name} was deleted.`));
    // The row is gone, so focus goes to the search box.
    await waitFor(() => expect(screen.getByRole("searchbox")).toHaveFocus());
  });

  it("R20: suspend asks first; the status changes and focus returns to the row's menu", async () => {
    const { user, memory } = await renderTable();
    const name = nameOf("user-3");
    const menu = await openMenu(user, name);
    await user.click(within(menu).getByRole("menuitem", { name: "Suspend" }));
    const dialog = await screen.findByRole("alertdialog", { name: `Suspend ${name}?` });
    await user.click(within(dialog).getByRole("button", { name: "Suspend user" }));

    await waitFor(() => expect(within(rowOf(name)).getByText("Suspended")).toBeInTheDocument());
    expect(memory.snapshot().users.find((stored) => stored.id === "user-3")?.status).toBe("suspended");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`${name} was suspended`));
    await waitFor(() => expect(screen.getByRole("button", { name: `Actions for ${name}` })).toHaveFocus());

    // Reactivate needs no confirmation.
    await user.click(screen.getByRole("button", { name: `Actions for ${name}` }));
    await user.click(await screen.findByRole("menuitem", { name: "Reactivate" }));
    await waitFor(() => expect(within(rowOf(name)).getByText("Active")).toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`${name} was reactivated.`));
  });

  it("R24, issue 11: a suspension shows in its row before its answer is handled and the list is fetched again", async () => {
    const { user, memory } = await renderTable();
    const name = nameOf("user-3");
    // What the row said when the table asked for the list again after the click.
    const shownAtRefetch: (string | null)[] = [];
    const listUsers = memory.listUsers;
    vi.spyOn(memory, "listUsers").mockImplementation((params) => {
      // By the DOM, not by role: the open dialog hides the table from assistive tech meanwhile.
      const row = [...document.querySelectorAll("tbody tr")].find((tr) => tr.textContent?.includes(name));
      shownAtRefetch.push(row?.querySelector('[data-slot="status-badge"]')?.textContent ?? null);
      return listUsers(params);
    });
    const menu = await openMenu(user, name);
    await user.click(within(menu).getByRole("menuitem", { name: "Suspend" }));
    const dialog = await screen.findByRole("alertdialog", { name: `Suspend ${name}?` });
    await user.click(within(dialog).getByRole("button", { name: "Suspend user" }));

    await waitFor(() => expect(shownAtRefetch.length).toBeGreaterThan(0));
    expect(shownAtRefetch).toEqual(shownAtRefetch.map(() => "Suspended"));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`${name} was suspended`));
  });

  it("R16: change role opens the edit dialog on the role; closing it returns focus to the row's menu", async () => {
    const { user } = await renderTable();
    const name = nameOf("user-3");
    const menu = await openMenu(user, name);
    await user.click(within(menu).getByRole("menuitem", { name: "Change role" }));
    const dialog = await screen.findByRole("dialog");
    await waitFor(() => expect(within(dialog).getByRole("combobox", { name: "Role" })).toHaveFocus());
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole("button", { name: `Actions for ${name}` })).toHaveFocus());
  });

  it("R24: a failed suspension rolls the status back and says what went wrong", async () => {
    const { user, memory } = await renderTable();
    const name = nameOf("user-3");
    memory.failNext("unavailable", "suspendUser");
    const menu = await openMenu(user, name);
    await user.click(within(menu).getByRole("menuitem", { name: "Suspend" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Suspend user" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("The service is unavailable right now.");
    await user.click(within(dialog).getByRole("button", { name: "Keep" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(within(rowOf(name)).getByText("Active")).toBeInTheDocument();
    expect(memory.snapshot().users.find((stored) => stored.id === "user-3")?.status).toBe("active");
  });

  it("R24: a failed reactivation is shown above the table", async () => {
    const { user, memory } = await renderTable();
    const name = nameOf("user-5");
    memory.failNext("unavailable", "reactivateUser");
    const menu = await openMenu(user, name);
    await user.click(within(menu).getByRole("menuitem", { name: "Reactivate" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(`${name} could not be reactivated.`);
    expect(within(rowOf(name)).getByText("Suspended")).toBeInTheDocument();
  });

  it("says so when the account has no users yet", async () => {
    // Only an administrator from another account can see an account without users.
    const dataset = generateDataset({ size: 1, now: TEST_NOW });
    dataset.users = [];
    dataset.externalUsers[0] = {
      ...(dataset.externalUsers[0] as (typeof dataset.externalUsers)[0]),
      roleId: "administrator",
    };
    const { root } = await renderTable({}, { dataset, viewerId: "external-1" });
    expect(root).toHaveAttribute("data-state", "empty");
    expect(screen.getByText("No users yet.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Next page" })).not.toBeInTheDocument();
  });

  it("offers to clear the search and filters when nothing matches", async () => {
    const { user, root } = await renderTable();
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Revoked");
    await user.type(screen.getByRole("searchbox"), "nobody-by-this-name");
    expect(await screen.findByText("No users match your search and filters.")).toBeInTheDocument();
    expect(root).toHaveAttribute("data-state", "empty");
    await user.click(screen.getByRole("button", { name: "Clear search and filters" }));
    await waitFor(() => expect(rows()).toHaveLength(10));
    expect(screen.getByRole("searchbox")).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "Status" })).toHaveValue("");
  });

  it("R24: shows a load failure with a way to try again", async () => {
    // The page of users fails until Try again: it is asked for as soon as the session is in, and once
    // more when the table mounts after that early request failed (a one-off failure recovers unseen).
    let failing = true;
    const { memory, user, container } = renderWithAdapter(<UserTable now={NOW} />);
    if (!memory) throw new Error("a memory adapter");
    const listUsers = memory.listUsers.bind(memory);
    memory.listUsers = (params) =>
      failing && params.pageSize !== 1
        ? Promise.reject(new UserManagementError("unavailable", "Injected failure."))
        : listUsers(params);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /The users could not be loaded\.\s*The service is unavailable right now\./,
    );
    const root = container.querySelector('[data-slot="user-table"]');
    expect(root).toHaveAttribute("data-state", "error");
    failing = false;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(rows()).toHaveLength(10));
    expect(root).toHaveAttribute("data-state", "ready");
  });

  it("is busy while the first page loads", async () => {
    renderWithAdapter(<UserTable now={NOW} />, { latency: 60_000 });
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("aria-busy", "true");
    expect(within(table).getByRole("status")).toHaveTextContent("Loading…");
    expect(table.closest('[data-slot="user-table"]')).toHaveAttribute("data-state", "loading");
  });

  it("issue 9: while loading, placeholder rows have a cell under each column header, the actions' too", () => {
    renderWithAdapter(<UserTable now={NOW} columns={["email", "name", "status"]} />, { latency: 60_000 });
    const skeletonRows = screen.getByRole("table").querySelectorAll('tbody tr[data-slot="skeleton-row"]');
    expect(skeletonRows.length).toBeGreaterThanOrEqual(3);
    for (const row of skeletonRows)
      expect(Array.from(row.children, (cell) => cell.getAttribute("data-column"))).toEqual([
        "email",
        "name",
        "status",
        "actions",
      ]);
    expect(screen.getAllByRole("columnheader").map((header) => header.getAttribute("data-column"))).toEqual([
      "email",
      "name",
      "status",
      "actions",
    ]);
  });

  it("R8: a viewer who may not manage users gets no table", async () => {
    const { root } = await renderTable({}, { viewerId: "user-3" });
    expect(root).toHaveAttribute("data-state", "forbidden");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByText("Only people who manage users can see the list of users.")).toBeInTheDocument();
  });

  it("R26: a name with markup is shown as text", async () => {
    const dataset = generateDataset({ size: 10, now: TEST_NOW });
    dataset.users[2] = {
      ...(dataset.users[2] as (typeof dataset.users)[0]),
      firstName: "<script>alert(1)</script>",
      lastName: "<b>Bold</b>",
    };
    const { container } = await renderTable({}, { dataset });
    expect(screen.getByText("<script>alert(1)</script> <b>Bold</b>")).toBeInTheDocument();
    expect(container.querySelector("tbody script, tbody b")).toBeNull();
  });

  it("speaks French with the French catalog", async () => {
    await renderTable({}, { i18n: { locale: "fr", messages: fr } });
    expect(screen.getByRole("columnheader", { name: /Nom/ })).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: /Dernière connexion/ })).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: "Rechercher des utilisateurs" })).toBeInTheDocument();
    expect(screen.getByText("1–10 sur 10")).toBeInTheDocument();
  });

  it("says e-mail in French, the same term as the other lists and forms", async () => {
    await renderTable({}, { i18n: { locale: "fr", messages: fr } });
    expect(screen.getByRole("columnheader", { name: /^E-mail/ })).toBeInTheDocument();
    expect(screen.getByRole("searchbox")).toHaveAttribute("placeholder", "Rechercher par nom ou e-mail");
  });

  it("has no axe violations", async () => {
    const { container } = await renderTable();
    // Colour contrast needs layout, which jsdom has not: the stories check it in Chromium.
    const results = await act(() => axe.run(container, { rules: { "color-contrast": { enabled: false } } }));
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
