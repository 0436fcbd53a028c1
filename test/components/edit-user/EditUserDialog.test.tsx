import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
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

/** Holds every `updateUser` call until `release()`: a slow backend, so tests wait for states, not time. */
function holdUpdates(memory: MemoryAdapter) {
  const original = memory.updateUser.bind(memory);
  let calls = 0;
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  memory.updateUser = async (params) => {
    calls += 1;
    await released;
    return original(params);
  };
  return { calls: () => calls, release: () => release() };
}

describe("EditUserDialog", () => {
  it("R16: Edit profile edits only the name and email; the first field has focus and the save is announced", async () => {
    const { dialog, user, memory } = await open("user-3");
    expect(dialog).toHaveAccessibleName("Edit \u2068Дмитрий Okonjo-Iweala\u2069");
    const first = within(dialog).getByLabelText("First name");
    expect(first).toHaveFocus();
    // One part per dialog: no role, permissions or password here.
    expect(within(dialog).queryByRole("combobox", { name: "Role" })).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText("New password")).not.toBeInTheDocument();
    await user.clear(first);
    await user.type(first, "Dmitri");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("\u2068Dmitri Okonjo-Iweala\u2069 was saved."),
    );
    expect(stored(memory, "user-3")).toMatchObject({ firstName: "Dmitri", roleId: "user" });
  });

  it("R5, R16: Change role focuses the role; choosing Custom offers its permissions, saved together", async () => {
    const { dialog, user, memory } = await open("user-3", "role");
    expect(dialog).toHaveAccessibleName("Change role for \u2068Дмитрий Okonjo-Iweala\u2069");
    const role = within(dialog).getByRole("combobox", { name: "Role" });
    expect(role).toHaveFocus();
    expect(within(dialog).queryByLabelText("First name")).not.toBeInTheDocument();
    expect(within(dialog).queryByRole("group", { name: "Permissions" })).not.toBeInTheDocument();
    await user.selectOptions(role, "Custom");
    await user.click(within(dialog).getByRole("checkbox", { name: /View reports/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(stored(memory, "user-3")).toMatchObject({ roleId: "custom", permissions: ["reports.view"] });
  });

  it("R5: Permissions shows a custom user's grants alone, focuses the first, and saves a change", async () => {
    const { dialog, user, memory } = await open("user-2", "permissions");
    expect(dialog).toHaveAccessibleName(/^Permissions for /);
    expect(within(dialog).queryByRole("combobox", { name: "Role" })).not.toBeInTheDocument();
    const checklist = within(dialog).getByRole("group", { name: "Permissions" });
    expect(within(checklist).getAllByRole("checkbox")[0]).toHaveFocus();
    expect(within(checklist).getByRole("checkbox", { name: /Export contacts/ })).toBeChecked();
    await user.click(within(checklist).getByRole("checkbox", { name: /Send campaigns/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(stored(memory, "user-2")?.permissions).toContain("campaigns.send");
    expect(stored(memory, "user-2")?.roleId).toBe("custom");
  });

  it("R5: Permissions for someone without a custom role shows their role, since only a custom role has grants", async () => {
    const { dialog } = await open("user-3", "permissions");
    expect(within(dialog).getByRole("combobox", { name: "Role" })).toHaveDisplayValue("User");
  });

  it("R16: on a backend that lets only people change their own name and email, another's profile is locked with why", async () => {
    const options = { declares: { capabilities: { editOtherProfiles: false } } };
    const { dialog } = await open("user-3", "profile", options);
    expect(within(dialog).getByLabelText("First name")).toBeDisabled();
    expect(within(dialog).getByLabelText("Email")).toBeDisabled();
    expect(within(dialog).getByText("Only this person can change their name and email.")).toBeInTheDocument();
    cleanup();

    // Their role is still the administrator's to change.
    const { dialog: role, user, memory } = await open("user-3", "role", options);
    await user.selectOptions(within(role).getByLabelText("Role"), "Administrator");
    await user.click(within(role).getByRole("button", { name: "Save" }));
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

  it("R17: Change password asks for a new password, then requires the administrator's own", async () => {
    const { dialog, user, memory } = await open("user-3", "password");
    expect(dialog).toHaveAccessibleName("Change password for \u2068Дмитрий Okonjo-Iweala\u2069");
    const newPassword = within(dialog).getByLabelText("New password");
    expect(newPassword).toHaveFocus();
    expect(within(dialog).queryByLabelText("First name")).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(newPassword).toHaveAccessibleDescription("Enter a new password."));

    await user.type(newPassword, "a-brand-new-secret");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    const actor = within(dialog).getByLabelText("Your current password");
    await waitFor(() => expect(actor).toHaveAccessibleDescription(/Enter your current password to confirm\./));

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

  it("R27: an administrator changing their own role sees it locked, and says why", async () => {
    const { dialog } = await open("user-1", "role");
    const role = within(dialog).getByLabelText("Role");
    expect(role).toBeDisabled();
    expect(role).toHaveAccessibleDescription("You cannot change your own role or permissions.");
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

  it("R27: in Permissions a delegated manager cannot grant what they lack, each refusal saying why", async () => {
    const { dialog } = await open("custom-1", "permissions", delegatedManager());
    const boxes = within(dialog).getAllByRole("checkbox");
    expect(boxes.length).toBeGreaterThan(0);
    // The "User manager" role holds none of the custom role's grantable permissions.
    for (const box of boxes) {
      expect(box).toBeDisabled();
      expect(box).toHaveAccessibleDescription(/You do not have this permission, so you cannot grant it\./);
    }
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

  it("R25: in Permissions a conflict keeps the ticks made and says what the grants are now", async () => {
    const { dialog, user, memory } = await open("user-2", "permissions");
    const before = stored(memory, "user-2");
    if (!before) throw new Error("user-2");
    await user.click(within(dialog).getByRole("checkbox", { name: /Send campaigns/ }));
    await memory.updateUser({ id: "user-2", version: before.version, changes: { permissions: [] } });
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(/Someone else changed this user/);
    expect(within(dialog).getByRole("checkbox", { name: /Send campaigns/ })).toBeChecked();
    expect(within(dialog).getByText("Now: None")).toBeInTheDocument();
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

  it("issue 9: a double click on Save sends one request, and Escape waits for its result", async () => {
    const { dialog, user, memory } = await open("user-3", "role");
    const held = holdUpdates(memory);
    await user.selectOptions(within(dialog).getByLabelText("Role"), "Administrator");
    const save = within(dialog).getByRole("button", { name: "Save" });
    await user.dblClick(save);
    await waitFor(() => expect(within(dialog).getByRole("button", { name: "Saving…" })).toHaveAttribute("aria-busy"));
    expect(within(dialog).getByRole("button", { name: "Saving…" })).toHaveAttribute("aria-disabled", "true");
    await user.click(within(dialog).getByRole("button", { name: "Saving…" }));
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(held.calls()).toBe(1);

    held.release();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/was saved\./));
    expect(held.calls()).toBe(1);
    expect(stored(memory, "user-3")).toMatchObject({ roleId: "administrator", version: 2 });
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

  it.each(["profile", "role", "permissions", "password"] as const)(
    "the %s dialog has no axe violations",
    async (section) => {
      const { dialog } = await open("user-2", section);
      // Colour contrast needs layout, which jsdom has not: the stories check it in Chromium.
      const results = await act(() => axe.run(dialog, { rules: { "color-contrast": { enabled: false } } }));
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    },
  );
});
