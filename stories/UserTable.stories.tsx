import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { generateDataset } from "../src/adapters/memory";
import { UserTable } from "../src/components/user-table";
import { findDialog } from "./support/dialogs";
import { outage } from "./support/outage";
import { DESKTOP, expectNoSidewaysScroll, expectUserRowsOnScreen, PHONE } from "./support/phone";
import { STORY_NOW } from "./support/storyBackend";

// In the generated 10-user account (administrator / user / custom): user-1 is the viewer and the
// only administrator, user-3 holds the plain "user" role, user-2 a custom one, user-5 is suspended.
const DMITRY = "Дмитрий Okonjo-Iweala";

/** An account with no users at all, seen by an administrator from another account (R21). */
function emptyAccount() {
  const dataset = generateDataset({ size: 1, now: STORY_NOW });
  const [external] = dataset.externalUsers;
  return {
    ...dataset,
    users: [],
    passwords: {},
    externalUsers: external ? [{ ...external, roleId: "administrator" }] : [],
  };
}

const meta = {
  title: "Components/UserTable",
  component: UserTable,
  args: { now: new Date(STORY_NOW) },
} satisfies Meta<typeof UserTable>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** Issue 9: placeholder rows, each with a cell under every column header (so widths hold when rows come). */
async function expectSkeletonUnderHeaders(table: HTMLElement) {
  const headers = within(table).getAllByRole("columnheader");
  const rows = table.querySelectorAll('[data-slot="skeleton-row"]');
  await expect(rows.length).toBeGreaterThan(2);
  for (const row of rows) {
    const cells = Array.from(row.children);
    await expect(cells).toHaveLength(headers.length);
    for (const [index, cell] of cells.entries()) {
      const header = headers[index]?.getBoundingClientRect();
      await expect(Math.abs(cell.getBoundingClientRect().left - (header?.left ?? 0))).toBeLessThanOrEqual(1);
    }
  }
}

/** R4, R18: ten users; the viewer's own row is marked and cannot be deleted, and says why. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const own = await canvas.findByRole("button", { name: "Actions for فاطمة Lovelace" });
    await expect(canvas.getByText("You")).toBeInTheDocument();
    await userEvent.click(own);
    const remove = await body(canvasElement).findByRole("menuitem", { name: /Delete/ });
    await expect(remove).toHaveAttribute("aria-disabled", "true");
    await expect(remove).toHaveAccessibleDescription("You cannot do this to yourself.");
    await userEvent.keyboard("{Escape}");
    // Queried again: the trigger found first may be the stand-in shown until the menu's code came.
    await waitFor(() => expect(canvas.getByRole("button", { name: "Actions for فاطمة Lovelace" })).toHaveFocus());
  },
};

/** R1: a thousand users, paged, searched and sorted by the adapter. */
export const ThousandUsers: Story = {
  name: "1,000 users",
  parameters: { backend: { size: 1_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("1–25 of 1,000")).toBeInTheDocument();
    const header = canvas.getByRole("columnheader", { name: /Email/ });
    await userEvent.click(within(header).getByRole("button"));
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await userEvent.click(within(header).getByRole("button"));
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await userEvent.click(canvas.getByRole("button", { name: "Next page" }));
    await expect(await canvas.findByText("26–50 of 1,000")).toBeInTheDocument();
  },
};

/** R1: 100,000 users stay fast: the table only ever holds one page. */
export const HundredThousandUsers: Story = {
  name: "100,000 users",
  parameters: { backend: { size: 100_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("1–25 of 100,000")).toBeInTheDocument();
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Status" }), "Suspended");
    await waitFor(() => expect(canvas.getByText(/^1–25 of /)).not.toHaveTextContent("100,000"));
  },
};

/**
 * R1: an in-process adapter declares `behaviours.search: "as-typed"`: every change of the search box
 * reaches it at once (as a React transition), so the rows follow the typing with no pause. Backends
 * across a network keep the default: one request once typing pauses.
 */
export const SearchAsTyped: Story = {
  name: "Search as typed (in-process adapter)",
  parameters: { backend: { size: 1_000, declares: { behaviours: { search: "as-typed" } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("1–25 of 1,000")).toBeInTheDocument();
    const search = canvas.getByRole("searchbox", { name: "Search users" });
    await userEvent.type(search, "torvalds");
    await expect(search).toHaveValue("torvalds");
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-slot="user-table-range"]')).not.toHaveTextContent("1,000"),
    );
    for (const row of canvas.getAllByRole("row").slice(1)) await expect(row).toHaveTextContent(/torvalds/i);
  },
};

/** Issue 9: placeholder rows shaped like the columns, at 1280 × 800; "Loading…" for screen readers. */
export const Loading: Story = {
  parameters: { ...DESKTOP.parameters, backend: { latency: 600_000 } },
  globals: DESKTOP.globals,
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole("table");
    await expect(table).toHaveAttribute("aria-busy", "true");
    await expect(within(table).getByRole("status")).toHaveTextContent("Loading…");
    await expectSkeletonUnderHeaders(table);
  },
};

/** Issue 9: the placeholder rows on a 390 × 844 phone, drawn as the rows will be; no sideways scroll. */
export const LoadingPhone: Story = {
  ...PHONE,
  parameters: { ...PHONE.parameters, backend: { latency: 600_000 } },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole("table");
    await expect(within(table).getByRole("status")).toHaveTextContent("Loading…");
    await expect(table.querySelectorAll('[data-slot="skeleton-row"]').length).toBeGreaterThan(2);
    await expectNoSidewaysScroll(canvasElement);
  },
};

export const Empty: Story = {
  parameters: { backend: { dataset: emptyAccount(), viewerId: "external-1" } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("No users yet.")).toBeInTheDocument();
  },
};

/** Nothing matches: one button clears the search and the filters. */
export const NoMatches: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(DMITRY);
    await userEvent.type(canvas.getByRole("searchbox", { name: "Search users" }), "nobody at all");
    await userEvent.click(await canvas.findByRole("button", { name: "Clear search and filters" }));
    await expect(await canvas.findByText(DMITRY)).toBeInTheDocument();
    await expect(canvas.getByRole("searchbox")).toHaveValue("");
  },
};

// Every list call fails until the retry story ends it, however often the table asks (see `outage`).
const listDown = outage("listUsers");

/** R24: the list fails to load; the error and its Try again stay on screen (the retry is the next story). */
export const LoadError: Story = {
  name: "Error",
  parameters: { backend: { setup: listDown.setup } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("The users could not be loaded.");
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** R24: Try again after a failed load brings the users. */
export const LoadErrorRetry: Story = {
  name: "Error, then Try again",
  parameters: LoadError.parameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert");
    listDown.end();
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await expect(await canvas.findByText(DMITRY)).toBeInTheDocument();
    await expect(canvas.queryByRole("alert")).not.toBeInTheDocument();
  },
};

/** R8: a plain user may not see other users: no table (the page shows their own profile instead). */
export const PlainUserViewer: Story = {
  parameters: { backend: { viewerId: "user-3" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText("Only people who manage users can see the list of users."),
    ).toBeInTheDocument();
    await expect(canvas.queryByRole("table")).not.toBeInTheDocument();
  },
};

/** R5, R8: a custom user without the user-management permission does not get the table either. */
export const CustomUserViewer: Story = {
  parameters: { backend: { viewerId: "user-2" } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText("Only people who manage users can see the list of users."),
    ).toBeInTheDocument();
  },
};

/** R6: owners and managers. */
export const OwnerManager: Story = {
  parameters: { backend: { preset: "owner-manager" } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByText("Manager")).not.toHaveLength(0);
  },
};

/** R7: an account holder and members. */
export const AccountHolderMember: Story = {
  parameters: { backend: { preset: "account-holder-member" } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByText("Member")).not.toHaveLength(0);
  },
};

/** R20: suspending asks first, names the person; the status changes and is announced. */
export const Suspend: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: `Actions for ${DMITRY}` }));
    // Queried again at the end: the trigger first found may be the stand-in shown until the menu's code came.
    const trigger = () => canvas.getByRole("button", { name: `Actions for ${DMITRY}` });
    await userEvent.click(await body(canvasElement).findByRole("menuitem", { name: "Suspend" }));
    const dialog = await findDialog(body(canvasElement), "alertdialog", { name: `Suspend ${DMITRY}?` });
    await userEvent.click(within(dialog).getByRole("button", { name: "Suspend user" }));
    // Found once the dialog has closed: until then it hides the table from assistive tech.
    const row = await canvas.findByRole("row", { name: new RegExp(DMITRY) });
    await expect(await within(row).findByText("Suspended")).toBeInTheDocument();
    await waitFor(() => expect(trigger()).toHaveFocus());
  },
};

/** R20: deleting asks first, names the person and says it cannot be undone; the row goes. */
export const Delete: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: `Actions for ${DMITRY}` }));
    await userEvent.click(await body(canvasElement).findByRole("menuitem", { name: "Delete" }));
    const dialog = await findDialog(body(canvasElement), "alertdialog", { name: `Delete ${DMITRY}?` });
    await expect(dialog).toHaveAccessibleDescription(/cannot be undone/);
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete user" }));
    await waitFor(() => expect(canvas.queryByText(DMITRY)).not.toBeInTheDocument());
    await expect(canvas.getByText("1–9 of 9")).toBeInTheDocument();
  },
};

/** R16: "Change role" opens the edit dialog on the role; closing it returns focus to the row's menu. */
export const ChangeRole: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: `Actions for ${DMITRY}` }));
    // Queried again at the end: the trigger first found may be the stand-in shown until the menu's code came.
    const trigger = () => canvas.getByRole("button", { name: `Actions for ${DMITRY}` });
    await userEvent.click(await body(canvasElement).findByRole("menuitem", { name: "Change role" }));
    const dialog = await findDialog(body(canvasElement), "dialog");
    const role = await within(dialog).findByRole("combobox", { name: "Role" });
    await waitFor(() => expect(role).toHaveFocus());
    await userEvent.selectOptions(role, "Custom");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    // Found once the dialog has closed: until then it hides the table from assistive tech.
    const row = await canvas.findByRole("row", { name: new RegExp(DMITRY) });
    await expect(await within(row).findByText("Custom")).toBeInTheDocument();
    await waitFor(() => expect(trigger()).toHaveFocus());
  },
};

/** Waits for the rows, so that the accessibility check sees the loaded table. */
const loaded: Story["play"] = async ({ canvasElement }) => {
  await expect(await within(canvasElement).findByText(DMITRY)).toBeInTheDocument();
};

export const Dark: Story = { parameters: { theme: "dark" }, play: loaded };

export const French: Story = {
  parameters: { locale: "fr" },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole("columnheader", { name: /Dernière connexion/ }),
    ).toBeInTheDocument();
  },
};

export const RightToLeft: Story = { parameters: { locale: "ar", dir: "rtl" }, play: loaded };

/** Usable at 360px: the table scrolls sideways inside its own box; the toolbar and pager wrap. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 360, maxWidth: "100%" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(DMITRY);
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="user-table"]');
    await expect(root?.scrollWidth).toBeLessThanOrEqual(360);
  },
};

/** Issue 9: on a 390 × 844 phone each user is a row block with everything on screen; no sideways scroll. */
export const Phone: Story = {
  ...PHONE,
  parameters: { ...PHONE.parameters, backend: { size: 1000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole("button", { name: /^Actions for / });
    await expectNoSidewaysScroll(canvasElement);
    await expectUserRowsOnScreen(canvasElement);
    // Still a table with its column headers (sorting stays on screen, as a line of buttons).
    await expect(canvas.getByRole("table", { name: "Users" })).toBeInTheDocument();
    await expect(canvas.getByRole("button", { name: /^Role/ })).toBeVisible();
  },
};
