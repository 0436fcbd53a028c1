import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../src/adapters/memory";
import { InvitationsPanel } from "../../../src/components/invitations";
import { createConformanceFixture } from "../../../src/testing/conformanceFixture";
import { holdCalls } from "../invite/holdCalls";
import { optionLabels, type RenderWithAdapterOptions, renderWithAdapter, TEST_NOW } from "../renderWithAdapter";

const now = new Date(TEST_NOW);
// The generated 10-user account: invitation-1 and -2 pending, invitation-3 expired.
const dataset = () => generateDataset({ size: 10, now: TEST_NOW });
const emailOf = (id: string) => dataset().invitations.find((invitation) => invitation.id === id)?.email ?? "";

async function renderPanel(options: RenderWithAdapterOptions = {}) {
  const rendered = renderWithAdapter(<InvitationsPanel now={now} />, options);
  await screen.findByRole("list");
  return { ...rendered, memory: rendered.memory as NonNullable<typeof rendered.memory> };
}

const row = (email: string) => screen.getByRole("listitem", { name: email });

/**
 * The live region says it. A toast shows the same words, but only the live region speaks them, so
 * the test waits for the live region itself, not for the first element with the text.
 */
const announced = (text: string) =>
  waitFor(() => expect(screen.getAllByRole("status").map((region) => region.textContent)).toContain(text));

describe("InvitationsPanel", () => {
  it("R12: lists pending invitations with their expiry and expired ones as expired", async () => {
    await renderPanel();
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    const pending = row(emailOf("invitation-1"));
    expect(within(pending).getByText(/^Expires in \d days$/)).toBeInTheDocument();
    expect(within(pending).getByText("Invited by")).toBeInTheDocument();
    expect(within(pending).queryByText("Expired")).toBeNull();
    const expired = row(emailOf("invitation-3"));
    expect(within(expired).getByText("Expired")).toBeInTheDocument();
    expect(expired).toHaveAttribute("data-state", "expired");
  });

  it("R13: resend gives a fresh expiry and announces it", async () => {
    const { user } = await renderPanel();
    const email = emailOf("invitation-3");
    await user.click(within(row(email)).getByRole("button", { name: "Resend" }));
    // Resent now, valid 7 days: "next week" as Intl says it.
    await waitFor(() => expect(within(row(email)).getByText("Expires next week")).toBeInTheDocument());
    expect(within(row(email)).queryByText("Expired")).toBeNull();
    await announced(`A new invitation was sent to ${email}. It is valid for 7 days.`);
  });

  it("R13: a double click on Resend sends one email; the button is busy until the answer", async () => {
    const { user, memory } = await renderPanel();
    const held = holdCalls(memory, "resendInvitation");
    const email = emailOf("invitation-1");
    const resend = within(row(email)).getByRole("button", { name: "Resend" });
    await user.dblClick(resend);
    expect(held.calls).toHaveLength(1);
    await waitFor(() => expect(resend).toHaveAttribute("aria-busy", "true"));
    expect(resend).toHaveAttribute("aria-disabled", "true");
    expect(resend).toHaveFocus();
    await user.click(resend);
    expect(held.calls).toHaveLength(1);

    held.release();
    await announced(`A new invitation was sent to ${email}. It is valid for 7 days.`);
    await waitFor(() => expect(resend).not.toHaveAttribute("aria-busy"));
    expect(resend).not.toHaveAttribute("aria-disabled");
    expect(held.calls).toHaveLength(1);
  });

  it("R13: resending two invitations at once keeps each row's Resend busy on its own", async () => {
    const { user, memory } = await renderPanel();
    const held = holdCalls(memory, "resendInvitation");
    const first = within(row(emailOf("invitation-1"))).getByRole("button", { name: "Resend" });
    const second = within(row(emailOf("invitation-2"))).getByRole("button", { name: "Resend" });
    await user.click(first);
    await user.click(second);
    await user.click(first);
    expect(held.calls).toEqual([
      expect.objectContaining({ id: "invitation-1" }),
      expect.objectContaining({ id: "invitation-2" }),
    ]);
    expect(first).toHaveAttribute("aria-busy", "true");
    expect(second).toHaveAttribute("aria-busy", "true");
    held.release();
    await waitFor(() => expect(first).not.toHaveAttribute("aria-busy"));
    await waitFor(() => expect(second).not.toHaveAttribute("aria-busy"));
  });

  it("R13: a double click on the confirmation cancels once, and the dialog stays until the answer", async () => {
    const { user, memory } = await renderPanel();
    const held = holdCalls(memory, "cancelInvitation");
    const email = emailOf("invitation-1");
    await user.click(within(row(email)).getByRole("button", { name: "Cancel invitation" }));
    const confirm = await screen.findByRole("alertdialog");
    const action = within(confirm).getByRole("button", { name: "Cancel invitation" });
    await user.dblClick(action);
    expect(held.calls).toHaveLength(1);
    await waitFor(() => expect(action).toHaveAttribute("aria-busy", "true"));
    expect(action).toHaveAttribute("aria-disabled", "true");
    await user.keyboard("{Escape}");
    expect(screen.getByRole("alertdialog")).toBe(confirm);

    held.release();
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(await screen.findByText(`The invitation to ${email} was cancelled.`)).toBeInTheDocument();
    expect(held.calls).toHaveLength(1);
  });

  it("R14: a double click on Cancel and reinvite replaces once; Escape waits for the answer", async () => {
    const { user, memory } = await renderPanel();
    const held = holdCalls(memory, "replaceInvitation");
    await user.click(within(row(emailOf("invitation-1"))).getByRole("button", { name: "Change" }));
    const dialog = await screen.findByRole("dialog");
    const field = within(dialog).getByLabelText("Email address");
    await user.clear(field);
    await user.type(field, "twice@example.com");
    await user.dblClick(within(dialog).getByRole("button", { name: "Cancel and reinvite" }));
    expect(held.calls).toHaveLength(1);
    expect(await within(dialog).findByRole("button", { name: "Sending…" })).toHaveAttribute("aria-busy", "true");
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog")).toBe(dialog);

    held.release();
    expect(await screen.findByRole("listitem", { name: "twice@example.com" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(held.calls).toHaveLength(1);
  });

  it("R24: a failed resend says what went wrong and keeps the old expiry", async () => {
    const { user, memory } = await renderPanel();
    memory.failNext("unavailable", "resendInvitation");
    const email = emailOf("invitation-3");
    await user.click(within(row(email)).getByRole("button", { name: "Resend" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The service is unavailable right now.");
    expect(within(row(email)).getByText("Expired")).toBeInTheDocument();
  });

  it("R13: cancel asks first, then removes the invitation and its link stops working", async () => {
    const { user, memory } = await renderPanel();
    const email = emailOf("invitation-1");
    const token = memory.invitationToken("invitation-1") ?? "";
    await user.click(within(row(email)).getByRole("button", { name: "Cancel invitation" }));
    const confirm = await screen.findByRole("alertdialog", { name: `Cancel the invitation to ${email}?` });
    expect(confirm).toHaveTextContent("The invitation link stops working at once.");
    await user.click(within(confirm).getByRole("button", { name: "Cancel invitation" }));

    await waitFor(() => expect(screen.queryByRole("listitem", { name: email })).toBeNull());
    expect(await screen.findByText(`The invitation to ${email} was cancelled.`)).toBeInTheDocument();
    await expect(memory.acceptInvitation({ token, firstName: "A", lastName: "B" })).rejects.toMatchObject({
      code: "invitation_invalid",
    });
    await waitFor(() => expect(screen.getByRole("heading", { name: "Pending invitations" })).toHaveFocus());
  });

  it("R13: keeping the invitation leaves it listed", async () => {
    const { user } = await renderPanel();
    const email = emailOf("invitation-2");
    await user.click(within(row(email)).getByRole("button", { name: "Cancel invitation" }));
    await user.click(await screen.findByRole("button", { name: "Keep" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(row(email)).toBeInTheDocument();
  });

  it("R14: change cancels and reinvites in one step, and says so", async () => {
    const { user, memory } = await renderPanel();
    const email = emailOf("invitation-1");
    await user.click(within(row(email)).getByRole("button", { name: "Change" }));
    const dialog = await screen.findByRole("dialog", { name: `Change the invitation to ${email}` });
    expect(dialog).toHaveTextContent("An invitation cannot be edited: saving cancels this one");
    const field = within(dialog).getByLabelText("Email address");
    expect(field).toHaveValue(email);
    await user.clear(field);
    await user.type(field, "changed@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Cancel and reinvite" }));

    expect(await screen.findByRole("listitem", { name: "changed@example.com" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("listitem", { name: email })).toBeNull());
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(memory.snapshot().invitations.map((invitation) => invitation.email)).not.toContain(email);
    // The changed row is gone: focus goes to the panel's title, not to the page's start.
    await waitFor(() => expect(screen.getByRole("heading", { name: "Pending invitations" })).toHaveFocus());
  });

  it("R24: a failed change keeps the dialog open with the edit and the error", async () => {
    const { user, memory } = await renderPanel();
    memory.failNext("unavailable", "replaceInvitation");
    const email = emailOf("invitation-2");
    await user.click(within(row(email)).getByRole("button", { name: "Change" }));
    const dialog = await screen.findByRole("dialog");
    const field = within(dialog).getByLabelText("Email address");
    await user.clear(field);
    await user.type(field, "other@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Cancel and reinvite" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("The service is unavailable right now.");
    expect(field).toHaveValue("other@example.com");
    expect(memory.snapshot().invitations.map((invitation) => invitation.email)).toContain(email);
  });

  it("R23: on a plan without multi-user access, resend and change are denied with the reason; cancel is not", async () => {
    await renderPanel({
      dataset: generateDataset({
        size: 10,
        now: TEST_NOW,
        plan: { id: "solo", name: "Solo", multiUser: false, seatLimit: null },
      }),
    });
    const actions = within(row(emailOf("invitation-1")));
    for (const name of ["Resend", "Change"]) {
      const button = actions.getByRole("button", { name });
      expect(button).toHaveAttribute("aria-disabled", "true");
      expect(button).toHaveAccessibleDescription(expect.stringContaining("not included in your Solo plan"));
    }
    expect(actions.getByRole("button", { name: "Cancel invitation" })).not.toHaveAttribute("aria-disabled");
  });

  it("R27: a delegated manager changing an invitation is offered only roles within their own", async () => {
    const fixture = createConformanceFixture("delegated-manager");
    const invitations = fixture.invitations.map((each) => ({ ...each, roleId: "custom", permissions: [] }));
    const { user } = await renderPanel({ dataset: { ...fixture, invitations }, viewerId: "manager-1" });
    const email = invitations[0]?.email ?? "";
    await user.click(within(row(email)).getByRole("button", { name: "Change" }));
    const dialog = await screen.findByRole("dialog", { name: `Change the invitation to ${email}` });
    const role = within(dialog).getByLabelText("Role");
    expect(optionLabels(role)).toEqual(["Custom", "User manager"]);
    expect(within(dialog).getByRole("checkbox", { name: "View reports" })).toBeDisabled();
  });

  it("R30: a resend whose email fails says, in the row, that the invitation is saved but not emailed", async () => {
    let mailDown = true;
    const { user } = await renderPanel({
      onInvitationSent: () => {
        if (mailDown) throw new Error("smtp down");
      },
      onError: () => {},
    });
    const email = emailOf("invitation-1");
    await user.click(within(row(email)).getByRole("button", { name: "Resend" }));
    const notice = `The invitation to ${email} is saved, but its email could not be sent. Resend it to try again.`;
    expect(await within(row(email)).findByText(notice)).toBeVisible();

    mailDown = false;
    await user.click(within(row(email)).getByRole("button", { name: "Resend" }));
    await waitFor(() => expect(within(row(email)).queryByText(notice)).toBeNull());
    await announced(`A new invitation was sent to ${email}. It is valid for 7 days.`);
  });

  it("R30: a change whose email fails says so, and the new invitation's row offers Resend", async () => {
    const { user } = await renderPanel({
      onInvitationSent: () => {
        throw new Error("smtp down");
      },
      onError: () => {},
    });
    await user.click(within(row(emailOf("invitation-1"))).getByRole("button", { name: "Change" }));
    const dialog = await screen.findByRole("dialog");
    const field = within(dialog).getByLabelText("Email address");
    await user.clear(field);
    await user.type(field, "changed@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Cancel and reinvite" }));

    const created = await screen.findByRole("listitem", { name: "changed@example.com" });
    expect(
      await within(created).findByText(
        "The invitation to changed@example.com is saved, but its email could not be sent. Resend it to try again.",
      ),
    ).toBeVisible();
    expect(within(created).getByRole("button", { name: "Resend" })).not.toHaveAttribute("aria-disabled");
    await announced(
      "The invitation was replaced, but the email to changed@example.com could not be sent. Resend it to try again.",
    );
  });

  it("shows an error with retry when the invitations cannot be loaded", async () => {
    const { user, memory } = renderWithAdapter(<InvitationsPanel now={now} />);
    memory?.failNext("unavailable", "listInvitations");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The invitations could not be loaded.");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findAllByRole("listitem")).toHaveLength(3);
  });

  it("says when there is no invitation", async () => {
    renderWithAdapter(<InvitationsPanel now={now} />, { dataset: { ...dataset(), invitations: [] } });
    expect(await screen.findByText("No pending invitations.")).toBeInTheDocument();
  });

  it("R8: tells a viewer who does not manage users that they cannot see invitations", async () => {
    renderWithAdapter(<InvitationsPanel now={now} />, { viewerId: "user-3" });
    expect(await screen.findByText("You do not have permission to do this.")).toBeInTheDocument();
    expect(screen.queryByRole("list")).toBeNull();
  });
});
