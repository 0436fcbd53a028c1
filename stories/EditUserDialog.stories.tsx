import type { Meta, StoryObj } from "@storybook/react-vite";
import { useLayoutEffect, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { DEFAULT_SEED_PASSWORD, generateDataset, type MemoryAdapter } from "../src/adapters/memory";
import { EditUserDialog, type EditUserSection } from "../src/components/edit-user";
import { useUser } from "../src/hooks";
import { createConformanceFixture } from "../src/testing/conformanceFixture";
import { findDialog } from "./support/dialogs";
import { DESKTOP, expectNoSidewaysScroll, PHONE } from "./support/phone";
import { STORY_NOW } from "./support/storyBackend";

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
  // Every story here is on a 1280 × 800 desktop unless it is a phone one.
  ...DESKTOP,
} satisfies Meta<typeof EditUserStory>;
export default meta;
type Story = StoryObj<typeof meta>;

const bodyOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** The open dialog, once its form has shown (the permissions are in). */
async function openDialog(canvasElement: HTMLElement) {
  const element = await findDialog(bodyOf(canvasElement), "dialog");
  await within(element).findByRole("button", { name: "Save" });
  return { element, dialog: within(element) };
}

/** The element is drawn wholly inside the viewport: the dialog never grows past the screen. */
async function expectOnScreen(element: Element) {
  const box = element.getBoundingClientRect();
  const root = element.ownerDocument.documentElement;
  await expect(box.top).toBeGreaterThanOrEqual(0);
  await expect(box.left).toBeGreaterThanOrEqual(0);
  await expect(box.bottom).toBeLessThanOrEqual(root.clientHeight + 0.5);
  await expect(box.right).toBeLessThanOrEqual(root.clientWidth + 0.5);
}

/** The conformance account with a delegated manager (`manager-1`); Dan (custom-1) has no grants. */
function delegatedManagerAccount() {
  const account = createConformanceFixture("delegated-manager");
  const users = account.users.map((each) => (each.id === "custom-1" ? { ...each, permissions: [] } : each));
  return { ...account, users };
}

/** The story account with 24 more permissions a custom role may grant, in four groups. */
function longPermissionAccount() {
  const account = generateDataset({ size: 10, now: STORY_NOW });
  const groups = ["Billing", "Projects", "Support", "Integrations"];
  const verbs = ["View", "Create", "Edit", "Delete", "Export", "Approve"];
  const extra = groups.flatMap((group) =>
    verbs.map((verb) => ({
      id: `${group.toLowerCase()}.${verb.toLowerCase()}`,
      label: `${verb} ${group.toLowerCase()}`,
      description: `${verb} everything under ${group}.`,
      group,
    })),
  );
  const ids = extra.map((permission) => permission.id);
  const { roleModel } = account;
  return {
    ...account,
    roleModel: {
      ...roleModel,
      permissions: [...roleModel.permissions, ...extra],
      roles: roleModel.roles.map((role) =>
        role.kind === "custom"
          ? { ...role, grantablePermissions: [...(role.grantablePermissions ?? []), ...ids] }
          : role,
      ),
    },
  };
}

/** "Edit profile": name and email only; focus starts on the first name; Save is announced. */
export const EditProfile: Story = {
  play: async ({ canvasElement }) => {
    const { element, dialog } = await openDialog(canvasElement);
    const first = dialog.getByLabelText("First name");
    await waitFor(() => expect(first).toHaveFocus());
    await expect(dialog.queryByRole("combobox", { name: "Role" })).not.toBeInTheDocument();
    // The desktop viewport of the meta, unless a phone story overrides it.
    await expect([1280, 390]).toContain(canvasElement.ownerDocument.documentElement.clientWidth);
    await expectOnScreen(element);
    await userEvent.clear(first);
    await userEvent.type(first, "Dmitri");
    await userEvent.click(dialog.getByRole("button", { name: "Save" }));
    const body = bodyOf(canvasElement);
    await waitFor(() => expect(body.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(body.getByRole("status")).toHaveTextContent(/Dmitri Okonjo-Iweala\u2069 was saved\./));
  },
};

/** "Change role": focus starts on the role; the Custom role brings its permissions into the dialog. */
export const ChangeRole: Story = {
  args: { section: "role" },
  play: async ({ canvasElement }) => {
    const { element, dialog } = await openDialog(canvasElement);
    const role = dialog.getByRole("combobox", { name: "Role" });
    await waitFor(() => expect(role).toHaveFocus());
    await expect(dialog.queryByLabelText("First name")).not.toBeInTheDocument();
    await userEvent.selectOptions(role, "Custom");
    await expect(await dialog.findByRole("group", { name: "Permissions" })).toBeVisible();
    await expectOnScreen(element);
  },
};

/** "Permissions" (R5): a custom user's grants alone; focus starts on the first. */
export const Permissions: Story = {
  args: { userId: "user-2", section: "permissions" },
  play: async ({ canvasElement }) => {
    const { element, dialog } = await openDialog(canvasElement);
    const checklist = within(dialog.getByRole("group", { name: "Permissions" }));
    await waitFor(() => expect(checklist.getAllByRole("checkbox")[0]).toHaveFocus());
    await expect(checklist.getByRole("checkbox", { name: /Export contacts/ })).toBeChecked();
    await expect(dialog.queryByRole("combobox", { name: "Role" })).not.toBeInTheDocument();
    await expectOnScreen(element);
  },
};

/**
 * A custom role with 30 permissions: the list scrolls inside the dialog, whose title and Save stay
 * on the screen.
 */
export const LongPermissionList: Story = {
  args: { userId: "user-2", section: "permissions" },
  parameters: { backend: { dataset: longPermissionAccount() } },
  play: async ({ canvasElement }) => {
    const { element, dialog } = await openDialog(canvasElement);
    const boxes = dialog.getAllByRole("checkbox");
    await expect(boxes.length).toBeGreaterThan(24);
    await waitFor(() => expect(boxes[0]).toHaveFocus());
    await expectOnScreen(element);
    const fields = element.querySelector('[data-slot="form-fields"]') as HTMLElement;
    await expect(fields.scrollHeight).toBeGreaterThan(fields.clientHeight);
    await expectOnScreen(dialog.getByRole("button", { name: "Save" }));

    const last = dialog.getByRole("checkbox", { name: "Approve integrations" });
    last.scrollIntoView({ block: "nearest" });
    await expectOnScreen(last);
    await userEvent.click(last);
    await expect(last).toBeChecked();
    await userEvent.click(dialog.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(bodyOf(canvasElement).queryByRole("dialog")).not.toBeInTheDocument());
  },
};

/** "Change password" (R17): asks for a new password, and for the administrator's own. */
export const ChangePassword: Story = {
  args: { section: "password" },
  play: async ({ canvasElement }) => {
    const body = bodyOf(canvasElement);
    const { element, dialog } = await openDialog(canvasElement);
    const newPassword = dialog.getByLabelText("New password");
    await waitFor(() => expect(newPassword).toHaveFocus());
    await expectOnScreen(element);
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

/** The same dialogs on a 390 × 844 phone: nothing scrolls sideways, and each fits the screen. */
const onPhone = (story: Story): Story => ({
  ...story,
  ...PHONE,
  parameters: { ...story.parameters, ...PHONE.parameters },
  play: async (context) => {
    await openDialog(context.canvasElement);
    await expectNoSidewaysScroll(context.canvasElement);
    await story.play?.(context);
  },
});

export const EditProfilePhone = onPhone(EditProfile);
export const ChangeRolePhone = onPhone(ChangeRole);
export const PermissionsPhone = onPhone(Permissions);
export const LongPermissionListPhone = onPhone(LongPermissionList);
export const ChangePasswordPhone = onPhone(ChangePassword);

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
    const { dialog } = await openDialog(canvasElement);
    const first = dialog.getByLabelText("First name");
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

/** R27: an administrator opens their own role; it is locked and says why. */
export const OwnRole: Story = {
  args: { userId: "user-1", section: "role" },
  play: async ({ canvasElement }) => {
    const { dialog } = await openDialog(canvasElement);
    const role = dialog.getByLabelText("Role");
    await expect(role).toBeDisabled();
    await expect(role).toHaveAccessibleDescription("You cannot change your own role or permissions.");
  },
};

/**
 * R27: a "User manager" (manages users, not an administrator) changes a custom user's role with no
 * grants: only roles within their own are offered, and permissions they lack are disabled with why.
 */
export const DelegatedManager: Story = {
  args: { userId: "custom-1", section: "role" },
  parameters: { backend: { dataset: delegatedManagerAccount(), viewerId: "manager-1" } },
  play: async ({ canvasElement }) => {
    const { dialog } = await openDialog(canvasElement);
    const role = dialog.getByLabelText("Role");
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
  args: { section: "role" },
  parameters: { locale: "fr" },
  play: async ({ canvasElement }) => {
    const element = await findDialog(bodyOf(canvasElement), "dialog");
    await expect(element).toHaveAccessibleName(/^Changer le rôle de /);
    await expect(await within(element).findByLabelText("Rôle")).toBeInTheDocument();
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
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
};

export const RightToLeft: Story = {
  parameters: { dir: "rtl" },
  args: { userId: "user-8" },
  play: async ({ canvasElement }) => {
    const { element } = await openDialog(canvasElement);
    await expectOnScreen(element);
  },
};
