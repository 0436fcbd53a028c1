import { act, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../../src/adapters/memory";
import { InviteDialog } from "../../../src/components/invite";
import { Announcer } from "../../../src/components/ui/Announcer";
import type { Plan } from "../../../src/core";
import { userManagementKeys } from "../../../src/hooks";
import { createConformanceFixture } from "../../../src/testing/conformanceFixture";
import { optionLabels, type RenderWithAdapterOptions, renderWithAdapter, TEST_NOW } from "../renderWithAdapter";
import { holdCalls } from "./holdCalls";

/** 10 users, 2 of them pending invitations: the generated account uses 12 seats (R1). */
const SEATS_USED = 12;

const withPlan = (plan: Plan): RenderWithAdapterOptions => ({
  dataset: generateDataset({ size: 10, now: TEST_NOW, plan }),
});

async function openDialog(options: RenderWithAdapterOptions = {}) {
  const rendered = renderWithAdapter(<InviteDialog />, options);
  const trigger = await screen.findByRole("button", { name: "Invite" });
  await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
  await rendered.user.click(trigger);
  const dialog = await screen.findByRole("dialog", { name: "Invite people" });
  return { ...rendered, dialog, memory: rendered.memory as NonNullable<typeof rendered.memory> };
}

/** What each address chip says: the address, then why it will not be sent, if so. */
const chipTexts = (dialog: HTMLElement) =>
  Array.from(dialog.querySelectorAll('[data-slot="invite-chip"]'), (chip) => chip.textContent?.replace(/×$/, ""));

describe("InviteDialog", () => {
  it("R11: flags invalid addresses of a pasted list inline, before anything is sent", async () => {
    const { dialog, user, memory } = await openDialog();
    const send = vi.spyOn(memory, "inviteUsers");
    const emails = within(dialog).getByLabelText("Email addresses");
    await user.click(emails);
    await user.paste("a@x.com, B@Y.com\nnot-an-email");
    await user.tab();
    expect(emails).toHaveAccessibleDescription(expect.stringContaining("Not valid: not-an-email"));
    expect(emails).toHaveAttribute("aria-invalid", "true");

    // Only the two valid addresses count; the flagged one keeps Send inert, saying why.
    const submit = within(dialog).getByRole("button", { name: "Send 2 invitations" });
    expect(submit).toHaveAttribute("aria-disabled", "true");
    expect(submit).toHaveAccessibleDescription("Not valid: not-an-email");
    await user.click(submit);
    expect(send).not.toHaveBeenCalled();
    expect(emails).toHaveFocus();
  });

  it("R11: the button counts only valid, distinct addresses, and says which are not valid", async () => {
    const { dialog, user, memory } = await openDialog();
    const send = vi.spyOn(memory, "inviteUsers");
    const emails = within(dialog).getByLabelText("Email addresses");
    await user.click(emails);
    await user.paste("ada@example.com, ADA@example.com bob@@example");
    await user.tab();
    const submit = within(dialog).getByRole("button", { name: "Send invitation" });
    expect(submit).toHaveAttribute("aria-disabled", "true");
    expect(submit).toHaveAccessibleDescription("Not valid: bob@@example");
    expect(chipTexts(dialog)).toEqual([
      "ada@example.com",
      "ADA@example.comAlready listed",
      "bob@@exampleNot a valid address",
    ]);
    expect(within(dialog).getByText("1 address (up to 100 at once)")).toBeVisible();
    await user.click(submit);
    expect(send).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole("button", { name: "Remove bob@@example" }));
    expect(emails).toHaveFocus();
    expect(submit).not.toHaveAttribute("aria-disabled");
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    const results = await within(dialog).findByRole("list", { name: "Results" });
    expect(
      within(results)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["ada@example.comSent"]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0].invitees).toEqual([{ email: "ada@example.com" }]);
  });

  it("R11: an invalid address is flagged once typed past, not while it is being typed", async () => {
    const { dialog, user } = await openDialog();
    const emails = within(dialog).getByLabelText("Email addresses");
    await user.type(emails, "bob@");
    expect(emails).not.toHaveAttribute("aria-invalid");
    expect(within(dialog).getByRole("button", { name: "Send invitation" })).not.toHaveAttribute("aria-disabled");
    await user.type(emails, "@example, ada@example.com");
    expect(chipTexts(dialog)).toEqual(["bob@@exampleNot a valid address"]);
    expect(emails).toHaveValue("ada@example.com");
    expect(emails).toHaveAttribute("aria-invalid", "true");
    expect(emails).toHaveAccessibleDescription(expect.stringContaining("Not valid: bob@@example"));
    const submit = within(dialog).getByRole("button", { name: "Send invitation" });
    expect(submit).toHaveAttribute("aria-disabled", "true");
    expect(submit).toHaveAccessibleDescription("Not valid: bob@@example");
  });

  it("R11: 101 addresses disable Send with the limit before any click; 100 may be sent", async () => {
    const { dialog, user } = await openDialog();
    const emails = within(dialog).getByLabelText("Email addresses");
    const list = (count: number) =>
      Array.from({ length: count }, (_, index) => `person${index}@example.com`).join("\n");
    await user.click(emails);
    await user.paste(list(100));
    expect(within(dialog).getByText("100 addresses (up to 100 at once)")).toBeVisible();
    expect(within(dialog).getByRole("button", { name: "Send 100 invitations" })).toBeEnabled();
    expect(within(dialog).queryByText(/invite at most 100 people/)).toBeNull();

    // One more, typed: the limit shows as soon as the address is complete, before any click.
    await user.type(emails, "one.more@example.com");
    const limit = "101 addresses: invite at most 100 people at once. Split the list and send it in parts.";
    const submit = within(dialog).getByRole("button", { name: "Send 101 invitations" });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(limit);
    expect(within(dialog).getByText(limit)).toBeVisible();
    expect(within(dialog).getByText("101 addresses (up to 100 at once)")).toBeVisible();

    // Erased, it is 100 again; then Backspace in the empty input removes the last chip.
    await user.type(emails, "{Backspace>20/}");
    expect(emails).toHaveValue("");
    expect(within(dialog).getByRole("button", { name: "Send 100 invitations" })).toBeEnabled();
    await user.keyboard("{Backspace}");
    expect(chipTexts(dialog)).toHaveLength(99);
    expect(within(dialog).getByRole("button", { name: "Send 99 invitations" })).toBeEnabled();
  });

  it("R11: a double click on Send sends once, and the address is reported sent", async () => {
    const { dialog, user, memory } = await openDialog();
    const held = holdCalls(memory, "inviteUsers");
    await user.type(within(dialog).getByLabelText("Email addresses"), "once@example.com");
    await user.dblClick(within(dialog).getByRole("button", { name: "Send invitation" }));
    expect(held.calls).toHaveLength(1);

    const sending = within(dialog).getByRole("button", { name: "Sending…" });
    expect(sending).toHaveAttribute("aria-busy", "true");
    expect(sending).toHaveAttribute("aria-disabled", "true");
    expect(sending).toHaveFocus();
    await user.click(sending);
    expect(held.calls).toHaveLength(1);

    held.release();
    const results = await within(dialog).findByRole("list", { name: "Results" });
    expect(
      within(results)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["once@example.comSent"]);
    expect(within(dialog).getByRole("status")).toHaveTextContent("1 of 1 invitations sent.");
    expect(held.calls).toHaveLength(1);
  });

  it("R11, R24: Escape, the close button and Cancel while sending keep the dialog until the result shows", async () => {
    const { dialog, user, memory } = await openDialog();
    const held = holdCalls(memory, "inviteUsers");
    await user.type(within(dialog).getByLabelText("Email addresses"), "kept@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    await within(dialog).findByRole("button", { name: "Sending…" });

    await user.keyboard("{Escape}");
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toBeDisabled();
    expect(screen.getByRole("dialog", { name: "Invite people" })).toBe(dialog);

    held.release();
    expect(await within(dialog).findByRole("list", { name: "Results" })).toHaveTextContent("kept@example.comSent");
    expect(within(dialog).getByRole("status")).toHaveTextContent("1 of 1 invitations sent.");
    // Once the result is shown, Escape closes as usual.
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("R11: a controlled dialog is not asked to close while sending", async () => {
    const onOpenChange = vi.fn();
    const { user, memory } = renderWithAdapter(
      <InviteDialog.Root open onOpenChange={onOpenChange}>
        <InviteDialog.Content />
      </InviteDialog.Root>,
    );
    const held = holdCalls(memory as NonNullable<typeof memory>, "inviteUsers");
    await user.type(await screen.findByLabelText("Email addresses"), "held@example.com");
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    await screen.findByRole("button", { name: "Sending…" });
    await user.keyboard("{Escape}");
    expect(onOpenChange).not.toHaveBeenCalled();
    held.release();
    await screen.findByRole("list", { name: "Results" });
    await user.keyboard("{Escape}");
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it("R11: sending a mix gives one result per address, and announces the summary", async () => {
    const { dialog, user, memory } = await openDialog();
    const { users, invitations } = memory.snapshot();
    const member = users[2]?.email.toUpperCase() ?? "";
    const invited = invitations[0]?.email ?? "";
    await user.click(within(dialog).getByLabelText("Email addresses"));
    await user.paste(`new.person@example.com, ${member}\n${invited}`);
    await user.click(within(dialog).getByRole("button", { name: "Send 3 invitations" }));

    const results = await within(dialog).findByRole("list", { name: "Results" });
    const items = within(results).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "new.person@example.comSent",
      `${member}Already a member`,
      `${invited}Already invited`,
    ]);
    expect(within(dialog).getByRole("status")).toHaveTextContent("1 of 3 invitations sent.");
    expect(memory.snapshot().invitations.some((invitation) => invitation.email === "new.person@example.com")).toBe(
      true,
    );
  });

  it("R11: an address the backend refuses for its own reason says why, and the others are still sent", async () => {
    const { memory } = renderWithAdapter(<span />);
    if (!memory) throw new Error("a memory adapter");
    // A backend with a rule of its own: it declines one domain, address by address.
    const adapter = {
      ...memory,
      async inviteUsers(params: Parameters<typeof memory.inviteUsers>[0]) {
        const blocked = params.invitees.filter((invitee) => invitee.email.endsWith("@blocked.example"));
        const sent = await memory.inviteUsers({
          ...params,
          invitees: params.invitees.filter((i) => !blocked.includes(i)),
        });
        const refused = blocked.map((invitee) => ({
          email: invitee.email,
          outcome: "refused" as const,
          message: "this domain is not allowed by your identity provider",
        }));
        return { results: [...sent.results, ...refused] };
      },
    };
    const { dialog, user } = await openDialog({ adapter });
    await user.click(within(dialog).getByLabelText("Email addresses"));
    await user.paste("kim@example.com, lee@blocked.example");
    await user.click(within(dialog).getByRole("button", { name: "Send 2 invitations" }));

    const results = await within(dialog).findByRole("list", { name: "Results" });
    expect(
      within(results)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "kim@example.comSent",
      "lee@blocked.exampleNot invited: this domain is not allowed by your identity provider",
    ]);
    expect(within(dialog).getByRole("status")).toHaveTextContent("1 of 2 invitations sent.");
  });

  it("R11: names are offered for one address and sent with it", async () => {
    const { dialog, user, memory } = await openDialog();
    await user.type(within(dialog).getByLabelText("Email addresses"), "ada@example.com");
    await user.type(within(dialog).getByLabelText("First name (optional)"), "Ada");
    await user.type(within(dialog).getByLabelText("Last name (optional)"), "Lovelace");
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    await within(dialog).findByRole("list", { name: "Results" });
    const sent = memory.snapshot().invitations.find((invitation) => invitation.email === "ada@example.com");
    expect(sent).toMatchObject({ firstName: "Ada", lastName: "Lovelace", roleId: "user" });
  });

  it("R5: a custom role shows the permission checklist and sends the chosen grants", async () => {
    const { dialog, user, memory } = await openDialog();
    expect(within(dialog).queryByRole("group", { name: "Permissions" })).toBeNull();
    await user.type(within(dialog).getByLabelText("Email addresses"), "custom@example.com");
    await user.selectOptions(within(dialog).getByLabelText("Role"), "Custom");
    const checklist = within(dialog).getByRole("group", { name: "Permissions" });
    await user.click(within(checklist).getByRole("checkbox", { name: /Send campaigns/ }));
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    await within(dialog).findByRole("list", { name: "Results" });
    const sent = memory.snapshot().invitations.find((invitation) => invitation.email === "custom@example.com");
    expect(sent).toMatchObject({ roleId: "custom", permissions: ["campaigns.send"] });
  });

  it("R1: shows seats used and left, and blocks sending when every seat is taken", async () => {
    const { dialog } = await openDialog(withPlan({ id: "team", name: "Team", multiUser: true, seatLimit: SEATS_USED }));
    expect(within(dialog).getByText(`${SEATS_USED} of ${SEATS_USED} seats used · 0 seats left`)).toBeInTheDocument();
    const send = within(dialog).getByRole("button", { name: "Send invitation" });
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription(
      "All seats are used. Remove someone or upgrade your plan to invite more people.",
    );
  });

  it("R1: blocks a list longer than the seats left, and allows one that fits", async () => {
    const { dialog, user } = await openDialog(
      withPlan({ id: "team", name: "Team", multiUser: true, seatLimit: SEATS_USED + 1 }),
    );
    expect(within(dialog).getByText("1 seat left", { exact: false })).toBeInTheDocument();
    const emails = within(dialog).getByLabelText("Email addresses");
    await user.type(emails, "one@example.com ");
    expect(
      within(dialog).getByText("1 address (up to 100 at once) · 0 seats left after these invitations"),
    ).toBeVisible();
    await user.type(emails, "two@example.com");
    expect(within(dialog).getByRole("button", { name: "Send 2 invitations" })).toBeDisabled();
    expect(within(dialog).getByText(/Only 1 seat is left/)).toBeInTheDocument();
    await user.clear(emails);
    expect(within(dialog).getByRole("button", { name: "Send invitation" })).toBeEnabled();
  });

  it("R23: on a plan without multi-user access the dialog explains and shows no form", async () => {
    const { dialog } = await openDialog(
      withPlan({ id: "solo", name: "Solo", multiUser: false, seatLimit: null, upgradePlanName: "Pro" }),
    );
    expect(within(dialog).getByText(/not included in your Solo plan/)).toBeInTheDocument();
    expect(within(dialog).queryByLabelText("Email addresses")).toBeNull();
    expect(within(dialog).queryByRole("button", { name: /Send/ })).toBeNull();
  });

  it("R9: the trigger is disabled with its reason for a viewer who does not manage users", async () => {
    const { user } = renderWithAdapter(<InviteDialog />, { viewerId: "user-3" });
    const trigger = await screen.findByRole("button", { name: "Invite" });
    await waitFor(() => expect(trigger).toHaveAccessibleDescription("You do not have permission to do this."));
    expect(trigger).toHaveAttribute("aria-disabled", "true");
    await user.click(trigger);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("R24: a failure is shown and the typed addresses stay", async () => {
    const { dialog, user, memory } = await openDialog();
    memory.failNext("unavailable", "inviteUsers");
    const emails = within(dialog).getByLabelText("Email addresses");
    await user.type(emails, "kept@example.com, also@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Send 2 invitations" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "The service is unavailable right now. Try again in a moment.",
    );
    expect(chipTexts(dialog)).toEqual(["kept@example.com", "also@example.com"]);
  });

  it("R27: a delegated manager is not offered the Administrator role, nor permissions they lack", async () => {
    const { dialog, user, memory } = await openDialog({
      dataset: createConformanceFixture("delegated-manager"),
      viewerId: "manager-1",
    });
    const role = within(dialog).getByLabelText("Role");
    // The default role (User) has permissions the manager lacks: the first role they may give is chosen.
    expect(optionLabels(role)).toEqual(["Custom", "User manager"]);
    expect(role).toHaveDisplayValue("Custom");
    const checklist = within(dialog).getByRole("group", { name: "Permissions" });
    for (const box of within(checklist).getAllByRole("checkbox")) {
      expect(box).toBeDisabled();
      expect(box).toHaveAccessibleDescription(/You do not have this permission, so you cannot grant it\./);
    }

    await user.type(within(dialog).getByLabelText("Email addresses"), "helper@example.com");
    await user.selectOptions(role, "User manager");
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    await within(dialog).findByRole("list", { name: "Results" });
    const sent = memory.snapshot().invitations.find((invitation) => invitation.email === "helper@example.com");
    expect(sent).toMatchObject({ roleId: "user-manager", permissions: [] });
  });

  it("R30: an address invited but not emailed says so, with a Resend that works once the mail recovers", async () => {
    let mailDown = true;
    const mailed: string[] = [];
    const { dialog, user, memory } = await openDialog({
      onInvitationSent: (invitation) => {
        if (mailDown) throw new Error("smtp down");
        mailed.push(invitation.email);
      },
      onError: () => {},
    });
    await user.type(within(dialog).getByLabelText("Email addresses"), "late@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));

    const results = await within(dialog).findByRole("list", { name: "Results" });
    const item = within(results).getByRole("listitem");
    expect(item).toHaveTextContent("Invited, but the email was not sent");
    expect(item).toHaveAttribute("data-state", "not_emailed");
    expect(within(dialog).getByRole("status")).toHaveTextContent(
      "1 of 1 invitations sent. 1 person was invited but not emailed: resend their invitation.",
    );
    // The invitation is stored all the same (R30).
    expect(memory.snapshot().invitations.some((invitation) => invitation.email === "late@example.com")).toBe(true);

    mailDown = false;
    const resend = within(item).getByRole("button", { name: "Resend" });
    expect(resend).toHaveAccessibleDescription("late@example.com Invited, but the email was not sent");
    await user.click(resend);
    await waitFor(() => expect(item).toHaveTextContent("Email sent"));
    expect(within(item).queryByRole("button", { name: "Resend" })).toBeNull();
    expect(within(dialog).getByRole("status")).toHaveTextContent(
      "1 of 1 invitations sent. The invitation email was sent to late@example.com.",
    );
    expect(mailed).toEqual(["late@example.com"]);
    expect(within(dialog).getByRole("button", { name: "Done" })).toHaveFocus();
  });

  it("R30: a double click on Resend in the results resends once", async () => {
    let mailDown = true;
    const { dialog, user, memory } = await openDialog({
      onInvitationSent: () => {
        if (mailDown) throw new Error("smtp down");
      },
      onError: () => {},
    });
    await user.type(within(dialog).getByLabelText("Email addresses"), "late@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    const item = within(await within(dialog).findByRole("list", { name: "Results" })).getByRole("listitem");
    mailDown = false;
    const held = holdCalls(memory, "resendInvitation");
    const resend = within(item).getByRole("button", { name: "Resend" });
    await user.dblClick(resend);
    await waitFor(() => expect(resend).toHaveAttribute("aria-busy", "true"));
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog", { name: "Invite people" })).toBe(dialog);
    held.release();
    await waitFor(() => expect(item).toHaveTextContent("Email sent"));
    expect(held.calls).toHaveLength(1);
  });

  it("R30: a resend whose email fails again says so again, and keeps Resend", async () => {
    const { dialog, user } = await openDialog({
      onInvitationSent: () => {
        throw new Error("smtp down");
      },
      onError: () => {},
    });
    await user.type(within(dialog).getByLabelText("Email addresses"), "late@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    const item = within(await within(dialog).findByRole("list", { name: "Results" })).getByRole("listitem");
    await user.click(within(item).getByRole("button", { name: "Resend" }));

    await waitFor(() =>
      expect(item).toHaveTextContent("Invited, but the email could still not be sent. Try again later."),
    );
    expect(item).toHaveAttribute("data-state", "not_emailed");
    expect(within(item).getByRole("button", { name: "Resend" })).toBeInTheDocument();
    expect(within(dialog).getByRole("status")).toHaveTextContent(
      "The email to late@example.com could still not be sent. The invitation is saved.",
    );
  });

  it("is controllable: Escape asks the owner to close it", async () => {
    const onOpenChange = vi.fn();
    const { user } = renderWithAdapter(
      <InviteDialog.Root open onOpenChange={onOpenChange}>
        <InviteDialog.Content />
      </InviteDialog.Root>,
    );
    await screen.findByLabelText("Email addresses");
    await user.keyboard("{Escape}");
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("starts afresh when reopened, and returns focus to the trigger when closed", async () => {
    const { dialog, user } = await openDialog();
    await user.type(within(dialog).getByLabelText("Email addresses"), "draft@example.com");
    await user.keyboard("{Escape}");
    const trigger = screen.getByRole("button", { name: "Invite" });
    await waitFor(() => expect(trigger).toHaveFocus());
    await user.click(trigger);
    expect(await screen.findByLabelText("Email addresses")).toHaveValue("");
  });
  it("issue 9 item 12: focus lands on the address input when the dialog opens, not on Close", async () => {
    const { dialog } = await openDialog();
    await waitFor(() => expect(within(dialog).getByLabelText("Email addresses")).toHaveFocus());
  });

  it("issue 9 item 12: opened before permissions load, focus moves from Close to the address input once it shows", async () => {
    renderWithAdapter(<InviteDialog defaultOpen />);
    expect(await screen.findByLabelText("Email addresses")).toHaveFocus();
  });

  it("R11: addresses become chips as they are typed past, pasted or entered; Enter with an address does not send", async () => {
    const { dialog, user, memory } = await openDialog();
    const send = vi.spyOn(memory, "inviteUsers");
    const emails = within(dialog).getByLabelText("Email addresses");
    await user.type(emails, "ada@example.com;");
    expect(chipTexts(dialog)).toEqual(["ada@example.com"]);
    await user.paste('"Lovelace, Ada" <ada.l@example.com>\nGrace Hopper <grace@example.com>');
    expect(chipTexts(dialog)).toEqual(["ada@example.com", "ada.l@example.com", "grace@example.com"]);
    await user.type(emails, "alan@example.com{Enter}");
    expect(send).not.toHaveBeenCalled();
    expect(emails).toHaveValue("");
    expect(chipTexts(dialog)).toHaveLength(4);
    expect(within(dialog).getByText("4 addresses (up to 100 at once)")).toBeVisible();
    expect(within(dialog).getByRole("button", { name: "Send 4 invitations" })).toBeEnabled();
  });

  it("R11: a chip is removed from the keyboard with its named button, and focus returns to the input", async () => {
    const { dialog, user } = await openDialog();
    const emails = within(dialog).getByLabelText("Email addresses");
    await user.type(emails, "ada@example.com bob@example.com ");
    const remove = within(dialog).getByRole("button", { name: "Remove ada@example.com" });
    // Back from the input lands on the last chip's remove button.
    await user.tab({ shift: true });
    expect(within(dialog).getByRole("button", { name: "Remove bob@example.com" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(remove).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(chipTexts(dialog)).toEqual(["bob@example.com"]);
    expect(emails).toHaveFocus();
    // The live line says the new count.
    expect(within(dialog).getByText("1 address (up to 100 at once)")).toHaveAttribute("aria-live", "polite");
  });

  it("R2, R11: a member already in the loaded user list is flagged, not counted and not sent", async () => {
    const rendered = renderWithAdapter(<InviteDialog />);
    const memory = rendered.memory as NonNullable<typeof rendered.memory>;
    const { users } = memory.snapshot();
    // A user list page already loaded by the page's table: the form reads it, and fetches nothing.
    rendered.queryClient.setQueryData(userManagementKeys.users.list({ page: 1, pageSize: 25 }), {
      users,
      total: users.length,
    });
    const member = users[2]?.email ?? "";
    const trigger = await screen.findByRole("button", { name: "Invite" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await rendered.user.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Invite people" });
    const send = vi.spyOn(memory, "inviteUsers");
    await rendered.user.paste(`new@example.com ${member.toUpperCase()}`);
    expect(chipTexts(dialog)).toEqual(["new@example.com", `${member.toUpperCase()}Already a member`]);
    await rendered.user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    await within(dialog).findByRole("list", { name: "Results" });
    expect(send.mock.calls[0]?.[0].invitees).toEqual([{ email: "new@example.com" }]);
  });

  it("R11: once every address is sent, the dialog closes and a toast says so, as other actions do", async () => {
    const rendered = renderWithAdapter(
      <Announcer toastDurationMs={600_000}>
        <InviteDialog />
      </Announcer>,
    );
    const trigger = await screen.findByRole("button", { name: "Invite" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await rendered.user.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Invite people" });
    const send = vi.spyOn(rendered.memory as NonNullable<typeof rendered.memory>, "inviteUsers");
    await rendered.user.paste("one@example.com, two@example.com");
    await rendered.user.dblClick(within(dialog).getByRole("button", { name: "Send 2 invitations" }));
    const toasts = await screen.findByRole("region", { name: "Notifications" });
    expect(toasts).toHaveTextContent("2 invitations sent.");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    // The double click sent one request.
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("R11: with toasts, a partial result keeps the dialog open, address by address, and toasts nothing", async () => {
    const rendered = renderWithAdapter(
      <Announcer toastDurationMs={600_000}>
        <InviteDialog />
      </Announcer>,
    );
    const invited = rendered.memory?.snapshot().invitations[0]?.email ?? "";
    const trigger = await screen.findByRole("button", { name: "Invite" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await rendered.user.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Invite people" });
    await rendered.user.paste(`fresh@example.com ${invited}`);
    await rendered.user.click(within(dialog).getByRole("button", { name: "Send 2 invitations" }));
    const results = await within(dialog).findByRole("list", { name: "Results" });
    expect(
      within(results)
        .getAllByRole("listitem")
        .map((item) => item.dataset.state),
    ).toEqual(["sent", "already_invited"]);
    expect(screen.queryByRole("region", { name: "Notifications" })).toBeNull();
  });

  it("has no axe violations with chips of every state and the live count", async () => {
    const { dialog, user } = await openDialog();
    await user.paste("ada@example.com ADA@example.com bob@@example");
    await within(dialog).findByRole("button", { name: "Remove bob@@example" });
    // Colour contrast needs layout, which jsdom has not: the stories check it in Chromium.
    const results = await act(() => axe.run(dialog, { rules: { "color-contrast": { enabled: false } } }));
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
