import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../../src/adapters/memory";
import { InvitationsPanel } from "../../../src/components/invitations";
import { createConformanceFixture } from "../../../src/testing/conformanceFixture";
import { holdCalls } from "../invite/holdCalls";
import { optionLabels, type RenderWithAdapterOptions, renderWithAdapter, TEST_NOW } from "../renderWithAdapter";
import { heldAdapter } from "../ui/heldAdapter";
import { expectLoadedRows, expectPlaceholderRows } from "../ui/placeholderRows";

const now = new Date(TEST_NOW);
// The generated 10-user account: invitation-1 and -2 pending, invitation-3 expired.
const dataset = () => generateDataset({ size: 10, now: TEST_NOW });
const HEADERS = ["Email", "Name", "Role", "Status", "Sent", "Invited by", "Actions"];
const emailOf = (id: string) => dataset().invitations.find((invitation) => invitation.id === id)?.email ?? "";

async function renderPanel(options: RenderWithAdapterOptions = {}) {
  const rendered = renderWithAdapter(<InvitationsPanel now={now} />, options);
  await screen.findByRole("table", { name: "Pending invitations" });
  // The table shows from the start (issue 9); the invitations replace its placeholder rows.
  await waitFor(() => expect(document.querySelector('[data-slot="skeleton-row"]')).toBeNull());
  return { ...rendered, memory: rendered.memory as NonNullable<typeof rendered.memory> };
}

/** An invitation's row: the one whose header is its address. */
const row = (email: string) => screen.getByRole("rowheader", { name: email }).closest("tr") as HTMLElement;
const queryRow = (email: string) => screen.queryByRole("rowheader", { name: email });
const bodyRows = () => screen.getAllByRole("rowheader");
const trigger = (email: string) => within(row(email)).getByRole("button", { name: `Actions for ${email}` });

type User = ReturnType<typeof renderWithAdapter>["user"];
/** A menu item by its label: its name goes on with the reason when it is unavailable. */
const labelled = (label: string) => new RegExp(`^${label}( |$)`);
/** Opens the row's "⋯" menu; returns the item named `name`. */
async function menuItem(user: User, email: string, name: string) {
  await user.click(trigger(email));
  return screen.findByRole("menuitem", { name: labelled(name) });
}
/** Chooses an action from the row's menu. */
async function choose(user: User, email: string, name: string) {
  await user.click(await menuItem(user, email, name));
}

/**
 * The live region says it. A toast shows the same words, but only the live region speaks them, so
 * the test waits for the live region itself, not for the first element with the text.
 */
const announced = (text: string) =>
  waitFor(() => expect(screen.getAllByRole("status").map((region) => region.textContent)).toContain(text));

describe("InvitationsPanel", () => {
  it("R12: lists pending invitations with their expiry and expired ones as expired, in the users' table pattern", async () => {
    await renderPanel();
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(HEADERS);
    const pending = row(emailOf("invitation-1"));
    expect(within(pending).getByText(/^Expires in \d days$/)).toBeInTheDocument();
    expect(within(pending).queryByText("Expired")).toBeNull();
    const expired = row(emailOf("invitation-3"));
    expect(within(expired).getByText("Expired")).toBeInTheDocument();
    expect(expired).toHaveAttribute("data-state", "expired");
    // One action language: the row's actions are in its "⋯" menu, as a user's are.
    expect(within(pending).getAllByRole("button")).toEqual([trigger(emailOf("invitation-1"))]);
  });

  it("issue 9: while the first page loads, the real table and headers over placeholder rows with a Loading… status, then the invitations", async () => {
    const { adapter, release } = heldAdapter({ methods: ["listInvitations"] });
    renderWithAdapter(<InvitationsPanel now={now} />, { adapter });
    const table = await screen.findByRole("table", { name: "Pending invitations" });
    const columns = ["email", "name", "role", "status", "sentAt", "invitedBy", "actions"];
    await expectPlaceholderRows(table, HEADERS, columns);
    release();
    await screen.findByRole("rowheader", { name: emailOf("invitation-1") });
    await expectLoadedRows(table, row(emailOf("invitation-1")), columns);
  });

  it("R9: the row menu offers Resend, Change and Cancel invitation", async () => {
    const { user } = await renderPanel();
    await user.click(trigger(emailOf("invitation-1")));
    const menu = await screen.findByRole("menu");
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual(["Resend", "Change", "Cancel invitation"]);
  });

  it("R13: resend gives a fresh expiry and announces it; focus stays on the row's menu", async () => {
    const { user } = await renderPanel();
    const email = emailOf("invitation-3");
    await choose(user, email, "Resend");
    // Resent now, valid 7 days: "next week" as Intl says it.
    await waitFor(() => expect(within(row(email)).getByText("Expires next week")).toBeInTheDocument());
    expect(within(row(email)).queryByText("Expired")).toBeNull();
    await announced(`A new invitation was sent to ${email}. It is valid for 7 days.`);
    expect(trigger(email)).toHaveFocus();
  });

  it("R13: Resend chosen twice sends one email; the row's menu is busy until the answer", async () => {
    const { user, memory } = await renderPanel();
    const held = holdCalls(memory, "resendInvitation");
    const email = emailOf("invitation-1");
    await choose(user, email, "Resend");
    await waitFor(() => expect(trigger(email)).toHaveAttribute("aria-busy", "true"));
    const again = await menuItem(user, email, "Resend");
    expect(again).toHaveAttribute("aria-disabled", "true");
    expect(again).toHaveAttribute("data-state", "busy");
    expect(again).toHaveAccessibleDescription("In progress…");
    // Another action of the row waits too: nothing races the resend.
    expect(screen.getByRole("menuitem", { name: labelled("Cancel invitation") })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await user.click(again);
    await user.keyboard("{Escape}");
    expect(held.calls).toHaveLength(1);

    held.release();
    await announced(`A new invitation was sent to ${email}. It is valid for 7 days.`);
    await waitFor(() => expect(trigger(email)).not.toHaveAttribute("aria-busy"));
    expect(await menuItem(user, email, "Resend")).not.toHaveAttribute("aria-disabled");
    expect(held.calls).toHaveLength(1);
  });

  it("R13: resending two invitations at once keeps each row's menu busy on its own", async () => {
    const { user, memory } = await renderPanel();
    const held = holdCalls(memory, "resendInvitation");
    const first = emailOf("invitation-1");
    const second = emailOf("invitation-2");
    await choose(user, first, "Resend");
    await choose(user, second, "Resend");
    await user.click(await menuItem(user, first, "Resend"));
    await user.keyboard("{Escape}");
    expect(held.calls).toEqual([
      expect.objectContaining({ id: "invitation-1" }),
      expect.objectContaining({ id: "invitation-2" }),
    ]);
    expect(trigger(first)).toHaveAttribute("aria-busy", "true");
    expect(trigger(second)).toHaveAttribute("aria-busy", "true");
    expect(trigger(emailOf("invitation-3"))).not.toHaveAttribute("aria-busy");
    held.release();
    await waitFor(() => expect(trigger(first)).not.toHaveAttribute("aria-busy"));
    await waitFor(() => expect(trigger(second)).not.toHaveAttribute("aria-busy"));
  });

  it("R13: a double click on the confirmation cancels once, and the dialog stays until the answer", async () => {
    const { user, memory } = await renderPanel();
    const held = holdCalls(memory, "cancelInvitation");
    const email = emailOf("invitation-1");
    await choose(user, email, "Cancel invitation");
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
    await announced(`The invitation to ${email} was cancelled.`);
    expect(held.calls).toHaveLength(1);
  });

  it("R14: a double click on Cancel and reinvite replaces once; Escape waits for the answer", async () => {
    const { user, memory } = await renderPanel();
    const held = holdCalls(memory, "replaceInvitation");
    await choose(user, emailOf("invitation-1"), "Change");
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
    expect(await screen.findByRole("rowheader", { name: "twice@example.com" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(held.calls).toHaveLength(1);
  });

  it("R24: a failed resend says what went wrong and keeps the old expiry", async () => {
    const { user, memory } = await renderPanel();
    memory.failNext("unavailable", "resendInvitation");
    const email = emailOf("invitation-3");
    await choose(user, email, "Resend");
    expect(await screen.findByRole("alert")).toHaveTextContent("The service is unavailable right now.");
    expect(within(row(email)).getByText("Expired")).toBeInTheDocument();
    await waitFor(() => expect(trigger(email)).not.toHaveAttribute("aria-busy"));
  });

  it("R13: cancel asks first, then removes the invitation and its link stops working", async () => {
    const { user, memory } = await renderPanel();
    const email = emailOf("invitation-1");
    const token = memory.invitationToken("invitation-1") ?? "";
    await choose(user, email, "Cancel invitation");
    const confirm = await screen.findByRole("alertdialog", { name: `Cancel the invitation to ${email}?` });
    expect(confirm).toHaveTextContent("The invitation link stops working at once.");
    await user.click(within(confirm).getByRole("button", { name: "Cancel invitation" }));

    await waitFor(() => expect(queryRow(email)).toBeNull());
    await announced(`The invitation to ${email} was cancelled.`);
    await expect(memory.acceptInvitation({ token, firstName: "A", lastName: "B" })).rejects.toMatchObject({
      code: "invitation_invalid",
    });
    await waitFor(() => expect(screen.getByRole("heading", { name: "Pending invitations" })).toHaveFocus());
  });

  it("R13: keeping the invitation leaves it listed and gives focus back to its menu", async () => {
    const { user } = await renderPanel();
    const email = emailOf("invitation-2");
    await choose(user, email, "Cancel invitation");
    await user.click(await screen.findByRole("button", { name: "Keep" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(row(email)).toBeInTheDocument();
    await waitFor(() => expect(trigger(email)).toHaveFocus());
  });

  it("R14: change cancels and reinvites in one step, and says so", async () => {
    const { user, memory } = await renderPanel();
    const email = emailOf("invitation-1");
    await choose(user, email, "Change");
    const dialog = await screen.findByRole("dialog", { name: `Change the invitation to ${email}` });
    expect(dialog).toHaveTextContent("An invitation cannot be edited: saving cancels this one");
    const field = within(dialog).getByLabelText("Email address");
    expect(field).toHaveValue(email);
    await user.clear(field);
    await user.type(field, "changed@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Cancel and reinvite" }));

    expect(await screen.findByRole("rowheader", { name: "changed@example.com" })).toBeInTheDocument();
    await waitFor(() => expect(queryRow(email)).toBeNull());
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(memory.snapshot().invitations.map((invitation) => invitation.email)).not.toContain(email);
    // The changed row is gone: focus goes to the panel's title, not to the page's start.
    await waitFor(() => expect(screen.getByRole("heading", { name: "Pending invitations" })).toHaveFocus());
  });

  it("R24: a failed change keeps the dialog open with the edit and the error", async () => {
    const { user, memory } = await renderPanel();
    memory.failNext("unavailable", "replaceInvitation");
    const email = emailOf("invitation-2");
    await choose(user, email, "Change");
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
    const { user, memory } = await renderPanel({
      dataset: generateDataset({
        size: 10,
        now: TEST_NOW,
        plan: { id: "solo", name: "Solo", multiUser: false, seatLimit: null },
      }),
    });
    const resendInvitation = vi.spyOn(memory, "resendInvitation");
    const email = emailOf("invitation-1");
    await user.click(trigger(email));
    const menu = within(await screen.findByRole("menu"));
    for (const name of ["Resend", "Change"]) {
      const item = menu.getByRole("menuitem", { name: labelled(name) });
      expect(item).toHaveAttribute("aria-disabled", "true");
      expect(item).toHaveAccessibleDescription(expect.stringContaining("not included in your Solo plan"));
    }
    expect(menu.getByRole("menuitem", { name: "Cancel invitation" })).not.toHaveAttribute("aria-disabled");
    // A denied item stays in the menu, and choosing it does nothing.
    await user.click(menu.getByRole("menuitem", { name: labelled("Resend") }));
    expect(screen.getByRole("menu")).toBeInTheDocument();
    expect(resendInvitation).not.toHaveBeenCalled();
  });

  it("R27: a delegated manager changing an invitation is offered only roles within their own", async () => {
    const fixture = createConformanceFixture("delegated-manager");
    const invitations = fixture.invitations.map((each) => ({ ...each, roleId: "custom", permissions: [] }));
    const { user } = await renderPanel({ dataset: { ...fixture, invitations }, viewerId: "manager-1" });
    const email = invitations[0]?.email ?? "";
    await choose(user, email, "Change");
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
    await choose(user, email, "Resend");
    const notice = `The invitation to ${email} is saved, but its email could not be sent. Resend it to try again.`;
    expect(await within(row(email)).findByText(notice)).toBeVisible();

    mailDown = false;
    await waitFor(() => expect(trigger(email)).not.toHaveAttribute("aria-busy"));
    await choose(user, email, "Resend");
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
    await choose(user, emailOf("invitation-1"), "Change");
    const dialog = await screen.findByRole("dialog");
    const field = within(dialog).getByLabelText("Email address");
    await user.clear(field);
    await user.type(field, "changed@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Cancel and reinvite" }));

    await screen.findByRole("rowheader", { name: "changed@example.com" });
    expect(
      await within(row("changed@example.com")).findByText(
        "The invitation to changed@example.com is saved, but its email could not be sent. Resend it to try again.",
      ),
    ).toBeVisible();
    await announced(
      "The invitation was replaced, but the email to changed@example.com could not be sent. Resend it to try again.",
    );
    await waitFor(() => expect(trigger("changed@example.com")).not.toHaveAttribute("aria-busy"));
    expect(await menuItem(user, "changed@example.com", "Resend")).not.toHaveAttribute("aria-disabled");
  });

  it("shows an error with retry when the invitations cannot be loaded", async () => {
    const { user, memory } = renderWithAdapter(<InvitationsPanel now={now} />);
    memory?.failNext("unavailable", "listInvitations");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The invitations could not be loaded.");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findAllByRole("rowheader")).toHaveLength(3);
  });

  it("says when there is no invitation", async () => {
    renderWithAdapter(<InvitationsPanel now={now} />, { dataset: { ...dataset(), invitations: [] } });
    expect(await screen.findByText("No pending invitations.")).toBeInTheDocument();
  });

  it("R8: tells a viewer who does not manage users that they cannot see invitations", async () => {
    renderWithAdapter(<InvitationsPanel now={now} />, { viewerId: "user-3" });
    expect(await screen.findByText("You do not have permission to do this.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
