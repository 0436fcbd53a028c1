import type { Meta, StoryObj } from "@storybook/react-vite";
import { useLayoutEffect, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { DEFAULT_SEED_PASSWORD, type MemoryAdapter } from "../src/adapters/memory";
import { EditUserDialog, type EditUserSection } from "../src/components/edit-user";
import { useUser } from "../src/hooks";
import { createConformanceFixture } from "../src/testing/conformanceFixture";

/** What a user table does: the dialog opened (controlled) on a user fetched from the adapter. */
function EditUserStory({ userId, section }: { userId: string; section?: EditUserSection }) {
  const { data } = useUser(userId);
  const [open, setOpen] = useState(true);
  if (!data) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open the dialog again
      </button>
      <EditUserDialog user={data} open={open} onOpenChange={setOpen} {...(section ? { section } : {})} />
    </>
  );
}

const meta = {
  title: "Components/EditUserDialog",
  component: EditUserStory,
  args: { userId: "user-3", section: "profile" },
} satisfies Meta<typeof EditUserStory>;
export default meta;
type Story = StoryObj<typeof meta>;

const bodyOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** The conformance account with a delegated manager (`manager-1`); Dan (custom-1) has no grants. */
function delegatedManagerAccount() {
  const account = createConformanceFixture("delegated-manager");
  const users = account.users.map((each) => (each.id === "custom-1" ? { ...each, permissions: [] } : each));
  return { ...account, users };
}

/** An administrator edits a plain user; focus starts on the first name. */
export const OnProfile: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await bodyOf(canvasElement).findByRole("dialog"));
    await waitFor(() => expect(dialog.getByLabelText("First name")).toHaveFocus());
  },
};

/** Opened from "Change role": focus starts on the role. */
export const OnRole: Story = {
  args: { section: "role" },
  play: async ({ canvasElement }) => {
    const dialog = within(await bodyOf(canvasElement).findByRole("dialog"));
    await waitFor(() => expect(dialog.getByLabelText("Role")).toHaveFocus());
  },
};

/** R17: changing another user's password asks for the administrator's own password. */
export const OnPassword: Story = {
  args: { section: "password" },
  play: async ({ canvasElement }) => {
    const body = bodyOf(canvasElement);
    const dialog = within(await body.findByRole("dialog"));
    const newPassword = await dialog.findByLabelText("New password");
    await waitFor(() => expect(newPassword).toHaveFocus());
    await userEvent.type(newPassword, "a-brand-new-secret");
    const actor = dialog.getByLabelText("Your current password");
    await userEvent.type(actor, "not my password");
    await userEvent.click(dialog.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(actor).toHaveAccessibleDescription(/Your own password is not correct\./));

    await userEvent.clear(actor);
    await userEvent.type(actor, DEFAULT_SEED_PASSWORD);
    await userEvent.click(dialog.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(body.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(body.getByRole("status")).toHaveTextContent("The password was changed."));
  },
};

/** R5: a custom user, with the permissions granted to them one by one. */
export const CustomRoleWithPermissions: Story = {
  args: { userId: "user-2", section: "role" },
  play: async ({ canvasElement }) => {
    const dialog = within(await bodyOf(canvasElement).findByRole("dialog"));
    const checklist = within(await dialog.findByRole("group", { name: "Permissions" }));
    await expect(checklist.getByRole("checkbox", { name: /Export contacts/ })).toBeChecked();
  },
};

// The conflict story's adapter, so its play function can change the user behind the dialog's back.
let conflictAdapter: MemoryAdapter | undefined;

/** R25: someone else saves the same user meanwhile; the edit is kept beside the fresh values. */
export const Conflict: Story = {
  parameters: {
    backend: {
      setup: (adapter: MemoryAdapter) => {
        conflictAdapter = adapter;
      },
    },
  },
  play: async ({ canvasElement }) => {
    const body = bodyOf(canvasElement);
    const dialog = within(await body.findByRole("dialog"));
    const first = await dialog.findByLabelText("First name");
    await userEvent.clear(first);
    await userEvent.type(first, "Typed");
    const adapter = conflictAdapter as MemoryAdapter;
    const { user } = await adapter.getUser({ id: "user-3" });
    await adapter.updateUser({ id: user.id, version: user.version, changes: { firstName: "Other" } });
    await userEvent.click(dialog.getByRole("button", { name: "Save" }));

    await expect(await dialog.findByRole("alert")).toHaveTextContent(/Someone else changed this user/);
    await expect(first).toHaveValue("Typed");
    await expect(first).toHaveAccessibleDescription("Now: Other");
  },
};

/** R27: an administrator edits themself; their role is locked and says why. */
export const OwnRole: Story = {
  args: { userId: "user-1", section: "role" },
  play: async ({ canvasElement }) => {
    const dialog = within(await bodyOf(canvasElement).findByRole("dialog"));
    const role = await dialog.findByLabelText("Role");
    await expect(role).toBeDisabled();
    await expect(role).toHaveAccessibleDescription("You cannot change your own role or permissions.");
  },
};

/**
 * R27: a "User manager" (manages users, not an administrator) edits a custom user with no grants:
 * only roles within their own are offered, and permissions they lack are disabled with why.
 */
export const DelegatedManager: Story = {
  args: { userId: "custom-1", section: "role" },
  parameters: { backend: { dataset: delegatedManagerAccount(), viewerId: "manager-1" } },
  play: async ({ canvasElement }) => {
    const dialog = within(await bodyOf(canvasElement).findByRole("dialog"));
    const role = await dialog.findByLabelText("Role");
    await expect(
      within(role)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Custom", "User manager"]);
    const send = dialog.getByRole("checkbox", { name: "Send campaigns" });
    await expect(send).toBeDisabled();
    await expect(send).toHaveAccessibleDescription(/You do not have this permission/);
  },
};

export const French: Story = {
  parameters: { locale: "fr" },
  play: async ({ canvasElement }) => {
    const dialog = within(await bodyOf(canvasElement).findByRole("dialog"));
    await expect(await dialog.findByLabelText("Prénom")).toBeInTheDocument();
  },
};

export const Dark: Story = {
  parameters: { theme: "dark" },
  decorators: [
    // The dialog renders in a portal outside the preview's themed wrapper: theme the page itself.
    (Story) => {
      useLayoutEffect(() => {
        const root = document.documentElement;
        root.dataset.theme = "dark";
        return () => {
          delete root.dataset.theme;
        };
      }, []);
      return <Story />;
    },
  ],
};

export const RightToLeft: Story = {
  parameters: { dir: "rtl" },
  args: { userId: "user-8" },
};
