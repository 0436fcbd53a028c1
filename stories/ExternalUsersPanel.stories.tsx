import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import type { MemoryAdapter } from "../src/adapters/memory";
import { ExternalUsersPanel } from "../src/components/external-users";
import { findDialog } from "./support/dialogs";
import { outage } from "./support/outage";
import { expectNoSidewaysScroll, PHONE } from "./support/phone";
import { expectTableSkeleton } from "./support/skeleton";

// The generated 10-user account has two external users: external-1 "יוסף Sharma" from Globex
// Agency and external-2 "Zoë Smith" from Initech Consulting, both "User" here.
const meta = {
  title: "Components/ExternalUsersPanel",
  component: ExternalUsersPanel,
} satisfies Meta<typeof ExternalUsersPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const bodyOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const rowOf = async (canvasElement: HTMLElement, name: RegExp) =>
  within((await within(canvasElement).findByRole("rowheader", { name })).closest("tr") as HTMLElement);
/** Opens the "⋯" menu of the row whose name matches (the same menu as a user's); returns it. */
async function openMenu(canvasElement: HTMLElement, name: RegExp) {
  const row = await rowOf(canvasElement, name);
  await userEvent.click(row.getByRole("button", { name: /^Actions for / }));
  return within(await bodyOf(canvasElement).findByRole("menu"));
}
/** Chooses an action from the row's menu. */
async function choose(canvasElement: HTMLElement, name: RegExp, item: string) {
  const menu = await openMenu(canvasElement, name);
  await userEvent.click(menu.getByRole("menuitem", { name: item }));
}

/** R21: external users with their home account and their role here. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, /Zoë Smith/);
    await expect(row.getByText("Initech Consulting")).toBeVisible();
  },
};

/** R22: an external user's "⋯" menu, left open: Edit role and Remove access, as a user's menu looks. */
export const RowMenu: Story = {
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement, /Zoë Smith/);
    await expect(menu.getAllByRole("menuitem").map((item) => item.textContent)).toEqual(["Edit role", "Remove access"]);
  },
};

/** R22: remove access, confirmed naming the person and their home account. */
export const RemoveExternalUser: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await choose(canvasElement, /Zoë Smith/, "Remove access");
    const confirm = await findDialog(bodyOf(canvasElement), "alertdialog", { name: "Remove Zoë Smith's access?" });
    await expect(confirm).toHaveTextContent("Their own account, Initech Consulting, is not affected.");
    await expect(confirm).toHaveTextContent("This cannot be undone.");
    await userEvent.click(within(confirm).getByRole("button", { name: "Remove access" }));
    await waitFor(() => expect(canvas.queryByRole("rowheader", { name: /Zoë Smith/ })).not.toBeInTheDocument());
    await waitFor(() =>
      expect(canvas.getByRole("status")).toHaveTextContent("Zoë Smith no longer has access to this account."),
    );
    await waitFor(() => expect(canvas.getByRole("heading", { name: "External users" })).toHaveFocus());
  },
};

/** R22: change their role here to a custom one with its permissions; their home account is untouched. */
export const ChangeRole: Story = {
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, /Zoë Smith/);
    await choose(canvasElement, /Zoë Smith/, "Edit role");
    const dialog = within(await findDialog(bodyOf(canvasElement), "dialog"));
    await expect(dialog.getByText(/their own account, Initech Consulting, is not affected/)).toBeVisible();
    await userEvent.selectOptions(dialog.getByLabelText("Role here"), "custom");
    await userEvent.click(dialog.getByRole("checkbox", { name: /Send campaigns/ }));
    await userEvent.click(dialog.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(row.getByText("Custom")).toBeVisible());
    // Focus is back on the row's menu.
    await waitFor(() => expect(row.getByRole("button", { name: "Actions for Zoë Smith" })).toHaveFocus());
  },
};

let conflictAdapter: MemoryAdapter | undefined;

/** R25: someone else changed the role meanwhile: the dialog shows their value and keeps the choice. */
export const Conflict: Story = {
  parameters: {
    backend: {
      setup: (adapter: MemoryAdapter) => {
        conflictAdapter = adapter;
      },
    },
  },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, /Zoë Smith/, "Edit role");
    const dialog = within(await findDialog(bodyOf(canvasElement), "dialog"));
    await conflictAdapter?.updateExternalUser({ id: "external-2", version: 1, roleId: "custom", permissions: [] });
    await userEvent.selectOptions(dialog.getByLabelText("Role here"), "administrator");
    await userEvent.click(dialog.getByRole("button", { name: "Save" }));
    await expect(await dialog.findByText("Their role here is now Custom.")).toBeVisible();
    await expect(dialog.getByLabelText("Role here")).toHaveValue("administrator");
  },
};

export const Loading: Story = {
  // The backend has answered who may see external users; the list itself never arrives.
  parameters: {
    backend: {
      setup: (adapter: MemoryAdapter) => {
        adapter.listExternalUsers = () => new Promise(() => {});
      },
    },
  },
  play: async ({ canvasElement }) => {
    // Issue 9: the real table and header (busy) over placeholder rows, a bar per column.
    await expectTableSkeleton(canvasElement, "External users", ["name", "email", "homeAccount", "role", "actions"]);
  },
};

/** Issue 9: the placeholder rows on a phone: blocks, as the external users will be; no sideways scroll. */
export const PhoneLoading: Story = {
  ...PHONE,
  parameters: { ...PHONE.parameters, ...Loading.parameters },
  play: async (context) => {
    await Loading.play?.(context);
    await expectNoSidewaysScroll(context.canvasElement);
  },
};

export const Empty: Story = {
  parameters: {
    backend: {
      setup: (adapter: MemoryAdapter) => {
        adapter.listExternalUsers = async () => ({ externalUsers: [], total: 0 });
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("No external users.")).toBeVisible();
  },
};

// Every list call fails until the retry story ends it: the panel asks while the section's code
// loads, and the section asks again when it mounts after a failure (see `outage`).
const listDown = outage("listExternalUsers");

/** R24: the list fails to load; the error and its Try again stay on screen (the retry is the next story). */
export const LoadError: Story = {
  parameters: { backend: { setup: listDown.setup } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("The external users could not be loaded.");
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** R24: Try again after a failed load brings the external users. */
export const LoadErrorRetry: Story = {
  parameters: LoadError.parameters,
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("The external users could not be loaded.");
    listDown.end();
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await expect(await within(canvasElement).findByRole("rowheader", { name: /Zoë Smith/ })).toBeVisible();
    await expect(within(canvasElement).queryByRole("alert")).not.toBeInTheDocument();
  },
};

/** 100,000 users: 200 external users, 50 a page. */
export const HundredThousandUsers: Story = {
  parameters: { backend: { size: 100_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Page 1 of 4")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Next page" }));
    await expect(await canvas.findByText("Page 2 of 4")).toBeVisible();
  },
};

/** R8: a viewer who does not manage users sees nothing of it. */
export const PlainUserViewer: Story = {
  parameters: { backend: { viewerId: "user-3" } },
  play: async ({ canvasElement }) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(within(canvasElement).queryByRole("heading", { name: "External users" })).not.toBeInTheDocument();
  },
};

/** An adapter without external users: the panel is hidden. */
export const NotSupported: Story = {
  parameters: {
    backend: {
      setup: (adapter: MemoryAdapter) => {
        Reflect.deleteProperty(adapter, "listExternalUsers");
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("heading", { name: "External users" })).not.toBeInTheDocument();
  },
};

export const OwnerManagerPreset: Story = { parameters: { backend: { preset: "owner-manager" } } };

export const AccountHolderMemberPreset: Story = { parameters: { backend: { preset: "account-holder-member" } } };

export const Dark: Story = { parameters: { theme: "dark" } };

export const French: Story = {
  parameters: { locale: "fr" },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("heading", { name: "Utilisateurs externes" })).toBeVisible();
  },
};

export const RightToLeft: Story = { parameters: { dir: "rtl" } };

/**
 * Issue 9: on a 390 × 844 phone each external user is a block, as users are, with the "⋯" menu on
 * its first line, reachable by touch; no sideways scroll, the menu left open.
 */
export const Phone: Story = {
  ...PHONE,
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement, /Zoë Smith/);
    await expect(menu.getByRole("menuitem", { name: "Remove access" })).toBeVisible();
    await expectNoSidewaysScroll(canvasElement);
  },
};
