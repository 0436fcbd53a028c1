import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_PASSWORD, type MemoryAdapter } from "../../../src/adapters/memory";
import { EditUserDialog, type EditUserSection } from "../../../src/components/edit-user";
import { useUser } from "../../../src/hooks";
import { createConformanceFixture } from "../../../src/testing/conformanceFixture";
import { optionLabels, type RenderWithAdapterOptions, renderWithAdapter } from "../renderWithAdapter";

/** What a user table does: the dialog opened (controlled) on a user it has fetched. */
function Harness({ id, section }: { id: string; section?: EditUserSection }) {
  const { data } = useUser(id);
  const [open, setOpen] = useState(true);
  if (!data) return null;
  return <EditUserDialog user={data} open={open} onOpenChange={setOpen} {...(section ? { section } : {})} />;
}

/**
 * R27: signed in as `manager-1`, whose "User manager" role manages users without being an
 * administrator; Dan (custom-1) holds the custom role with no grants, so his role is within theirs.
 */
const delegatedManager = (): RenderWithAdapterOptions => {
  const dataset = createConformanceFixture("delegated-manager");
  const users = dataset.users.map((each) => (each.id === "custom-1" ? { ...each, permissions: [] } : each));
  return { dataset: { ...dataset, users }, viewerId: "manager-1" };
};

const open = async (id: string, section?: EditUserSection, options: RenderWithAdapterOptions = {}) => {
  const rendered = renderWithAdapter(<Harness id={id} {...(section ? { section } : {})} />, options);
  const dialog = await screen.findByRole("dialog");
  // The form shows once permissions are in.
  await within(dialog).findByRole("button", { name: "Save" });
  return { ...rendered, dialog, memory: rendered.memory as MemoryAdapter };
};

const stored = (memory: MemoryAdapter, id: string) => memory.snapshot().users.find((user) => user.id === id);

describe("EditUserDialog", () => {
  it("R16: an administrator edits another user's profile and role, and the save is announced", async () => {
    const { dialog, user, memory } = await open("user-3");
    expect(within(dialog).getByLabelText("First name")).toHaveFocus();
    const first = within(dialog).getByLabelText("First name");
    await user.clear(first);
    await user.type(first, "Dmitri");
    await user.selectOptions(within(dialog).getByLabelText("Role"), "Custom");
    await user.click(within(dialog).getByRole("checkbox", { name: /View reports/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("\u2068Dmitri Okonjo-Iweala\u2069 was saved."),
    );
    expect(stored(memory, "user-3")).toMatchObject({
      firstName: "Dmitri",
      roleId: "custom",
      permissions: ["reports.view"],
    });
  });

  it("R16: on a backend that lets only people change their own name and email, an administrator changes the role alone", async () => {
    const { dialog, user, memory } = await open("user-3", undefined, {
      declares: { capabilities: { editOtherProfiles: false } },
    });
    expect(within(dialog).getByLabelText("First name")).toBeDisabled();
    expect(within(dialog).getByLabelText("Email")).toBeDisabled();
    expect(within(dialog).getByText("Only this person can change their name and email.")).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText("Role"), "Administrator");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(stored(memory, "user-3")?.roleId).toBe("administrator"));
  });

  it("R2: on a backend that changes addresses only through its own confirmation, the email is read-only", async () => {
    const { dialog, user, memory } = await open("user-1", undefined, {
      declares: { capabilities: { changeEmail: false } },
    });
    expect(within(dialog).getByLabelText("Email")).toBeDisabled();
    expect(within(dialog).getByText("The email address can't be changed here.")).toBeInTheDocument();
    const first = within(dialog).getByLabelText("First name");
    await user.clear(first);
    await user.type(first, "Ada");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(stored(memory, "user-1")?.firstName).toBe("Ada"));
  });

  it("R16: on that backend everyone still edits their own name", async () => {
    const { dialog } = await open("user-1", undefined, { declares: { capabilities: { editOtherProfiles: false } } });
    expect(within(dialog).getByLabelText("First name")).toBeEnabled();
    expect(within(dialog).queryByText("Only this person can change their name and email.")).not.toBeInTheDocument();
  });

  it("R5: a custom user's dialog shows the permission checklist with their grants", async () => {
    const { dialog, user, memory } = await open("user-2", "role");
    expect(within(dialog).getByLabelText("Role")).toHaveFocus();
    const checklist = within(dialog).getByRole("group", { name: "Permissions" });
    expect(within(checklist).getByRole("checkbox", { name: /Export contacts/ })).toBeChecked();
    expect(within(checklist).getByRole("checkbox", { name: /Send campaigns/ })).not.toBeChecked();
    await user.click(within(checklist).getByRole("checkbox", { name: /Send campaigns/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(stored(memory, "user-2")?.permissions).toContain("campaigns.send"));

    // Another role hides the checklist.
    const { dialog: plain } = await open("user-3");
    expect(within(plain).queryByRole("group", { name: "Permissions" })).not.toBeInTheDocument();
  });

  it("R17: changing another user's password requires the administrator's own password", async () => {
    const { dialog, user, memory } = await open("user-3", "password");
    const newPassword = within(dialog).getByLabelText("New password");
    expect(newPassword).toHaveFocus();
    await user.type(newPassword, "a-brand-new-secret");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    const actor = within(dialog).getByLabelText("Your current password");
    expect(actor).toHaveAccessibleDescription(/Enter your current password to confirm\./);

    await user.type(actor, "not my password");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(actor).toHaveAccessibleDescription(/Your own password is not correct\./));
    expect(actor).toHaveFocus();
    expect(actor).toHaveAttribute("aria-invalid", "true");
    expect(newPassword).toHaveValue("a-brand-new-secret");
    expect(memory.snapshot().passwords["user-3"]).toBe(DEFAULT_SEED_PASSWORD);

    await user.clear(actor);
    await user.type(actor, DEFAULT_SEED_PASSWORD);
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("The password was changed."));
    expect(memory.snapshot().passwords["user-3"]).toBe("a-brand-new-secret");
  });

  it("R27: an administrator editing themselves sees their role locked, and says why", async () => {
    const { dialog } = await open("user-1", "role");
    const role = within(dialog).getByLabelText("Role");
    expect(role).toBeDisabled();
    expect(role).toHaveAccessibleDescription("You cannot change your own role or permissions.");
    // Their own profile stays editable (R16), and takes the focus the locked role cannot.
    await waitFor(() => expect(within(dialog).getByLabelText("First name")).toHaveFocus());
  });

  it("R27: a delegated manager is offered only roles within their own, and cannot grant permissions they lack", async () => {
    const { dialog, user, memory } = await open("custom-1", "role", delegatedManager());
    const role = within(dialog).getByLabelText("Role");
    expect(optionLabels(role)).toEqual(["Custom", "User manager"]);
    const checklist = within(dialog).getByRole("group", { name: "Permissions" });
    const send = within(checklist).getByRole("checkbox", { name: "Send campaigns" });
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription(/You do not have this permission, so you cannot grant it\./);

    await user.selectOptions(role, "User manager");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(stored(memory, "custom-1")).toMatchObject({ roleId: "user-manager", permissions: [] });
  });

  it("R27: a delegated manager sees an administrator's role, and a role above their own, locked with why", async () => {
    const { dialog } = await open("admin-1", "role", delegatedManager());
    const role = within(dialog).getByLabelText("Role");
    expect(role).toBeDisabled();
    expect(role).toHaveDisplayValue("Administrator");
    expect(role).toHaveAccessibleDescription(
      "Only someone with the Administrator role can give it or change who has it.",
    );
    cleanup();

    const { dialog: above } = await open("user-1", "role", delegatedManager());
    const held = within(above).getByLabelText("Role");
    expect(held).toBeDisabled();
    expect(held).toHaveDisplayValue("User");
    expect(held).toHaveAccessibleDescription(/has permissions that you do not have/);
  });

  it("R25: a conflicting save keeps the edit, shows the fresh values, and saving again succeeds", async () => {
    const { dialog, user, memory } = await open("user-3");
    const first = within(dialog).getByLabelText("First name");
    await user.clear(first);
    await user.type(first, "Typed");
    // Someone else saves the same user meanwhile.
    await memory.updateUser({ id: "user-3", version: 1, changes: { firstName: "Other", lastName: "Fresh" } });
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(/Someone else changed this user/);
    expect(first).toHaveValue("Typed");
    expect(first).toHaveAccessibleDescription("Now: Other");
    // A field the person did not touch takes the fresh value: nothing is silently overwritten.
    expect(within(dialog).getByLabelText("Last name")).toHaveValue("Fresh");

    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(stored(memory, "user-3")).toMatchObject({ firstName: "Typed", lastName: "Fresh", version: 3 });
  });

  it("R24: a failed save shows the error and keeps what was typed", async () => {
    const { dialog, user, memory } = await open("user-3");
    const first = within(dialog).getByLabelText("First name");
    await user.clear(first);
    await user.type(first, "Kept");
    memory.failNext("unavailable", "updateUser");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("The service is unavailable right now.");
    expect(first).toHaveValue("Kept");
    expect(stored(memory, "user-3")?.firstName).toBe("Дмитрий");
  });

  it("R2: an invalid email is caught inline, and the server's field errors go to their field", async () => {
    const { dialog, user, memory } = await open("user-3");
    const email = within(dialog).getByLabelText("Email");
    await user.clear(email);
    await user.type(email, "not-an-address");
    await user.tab();
    expect(email).toHaveAccessibleDescription("Enter a valid email address, like name@example.com.");

    await user.clear(email);
    await user.type(email, "MAXIMILIANA.nguyen.2@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(email).toHaveAccessibleDescription(/already used by another user/));
    expect(email).toHaveFocus();
    expect(stored(memory, "user-3")?.email).toBe("dmitry.okonjo.3@acme.test");
  });

  it("opens from its trigger when uncontrolled and returns focus there on cancel", async () => {
    function Uncontrolled() {
      const { data } = useUser("user-3");
      return data ? <EditUserDialog user={data} trigger={<button type="button">Edit</button>} /> : null;
    }
    const { user } = renderWithAdapter(<Uncontrolled />);
    const trigger = await screen.findByRole("button", { name: "Edit" });
    await user.click(trigger);
    // R26: the name is isolated, so a right-to-left name cannot reorder the title around it.
    const dialog = await screen.findByRole("dialog", { name: "Edit \u2068Дмитрий Okonjo-Iweala\u2069" });
    await user.click(await within(dialog).findByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });
});
