import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { generateDataset, type MemoryAdapter } from "../src/adapters/memory";
import { InvitationsPanel } from "../src/components/invitations";
import { InviteDialog } from "../src/components/invite";
import { findDialog } from "./support/dialogs";
import { outage } from "./support/outage";
import { expectNoSidewaysScroll, PHONE } from "./support/phone";
import { expectTableSkeleton } from "./support/skeleton";
import { STORY_NOW } from "./support/storyBackend";

// The generated 10-user account: invitation-1 and -2 are pending, invitation-3 has expired.
const { invitations } = generateDataset({ size: 10, now: STORY_NOW });
const PENDING = invitations[0]?.email ?? "";
const EXPIRED = invitations[2]?.email ?? "";

const meta = {
  title: "Components/InvitationsPanel",
  component: InvitationsPanel,
  args: { now: new Date(STORY_NOW) },
} satisfies Meta<typeof InvitationsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const bodyOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
/** The invitation's row: the one whose header is its address. */
const rowOf = async (canvasElement: HTMLElement, email: string) =>
  within((await within(canvasElement).findByRole("rowheader", { name: email })).closest("tr") as HTMLElement);
/** Opens the invitation's "⋯" menu (the same menu as a user's); returns it. */
async function openMenu(canvasElement: HTMLElement, email: string) {
  const row = await rowOf(canvasElement, email);
  await userEvent.click(row.getByRole("button", { name: `Actions for ${email}` }));
  return within(await bodyOf(canvasElement).findByRole("menu"));
}
/** Chooses an action from the invitation's menu. */
async function choose(canvasElement: HTMLElement, email: string, item: string) {
  const menu = await openMenu(canvasElement, email);
  await userEvent.click(menu.getByRole("menuitem", { name: item }));
}

/** R12: pending invitations with their expiry, and an expired one. */
export const Default: Story = {};

/** R12: an expired invitation is marked expired. */
export const ExpiredInvitation: Story = {
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, EXPIRED);
    await expect(row.getByText("Expired")).toBeInTheDocument();
  },
};

/** R9: an invitation's "⋯" menu, left open: Resend, Change and Cancel invitation, as a user's menu looks. */
export const RowMenu: Story = {
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement, PENDING);
    await expect(menu.getAllByRole("menuitem").map((item) => item.textContent)).toEqual([
      "Resend",
      "Change",
      "Cancel invitation",
    ]);
  },
};

/** R13: resend gives a fresh link and a new expiry, announced. */
export const Resend: Story = {
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, EXPIRED);
    await choose(canvasElement, EXPIRED, "Resend");
    await waitFor(() => expect(row.getByText("Expires next week")).toBeInTheDocument());
    await expect(
      await within(canvasElement).findByText(`A new invitation was sent to ${EXPIRED}. It is valid for 7 days.`),
    ).toBeInTheDocument();
  },
};

// A slow backend for `ResendBusy`: `resendInvitation` waits until the play function lets it
// through (`ResendBusyThenDone`), never for a time: a busy machine may take longer than any time
// to reach the busy menu, and the answer must not come before.
const heldResend = { calls: 0, release: () => {} };

/**
 * R13: a slow backend; while the resend runs, the row's menu is busy: Resend (and the other items)
 * say "In progress…" and do nothing, so pressing it again sends no second email. Left open, busy.
 */
export const ResendBusy: Story = {
  parameters: {
    backend: {
      setup: (adapter: MemoryAdapter) => {
        const resendInvitation = adapter.resendInvitation;
        heldResend.calls = 0;
        const released = new Promise<void>((resolve) => {
          heldResend.release = resolve;
        });
        adapter.resendInvitation = async (params) => {
          heldResend.calls++;
          await released;
          return resendInvitation(params);
        };
      },
    },
  },
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, EXPIRED);
    await choose(canvasElement, EXPIRED, "Resend");
    const trigger = row.getByRole("button", { name: `Actions for ${EXPIRED}` });
    await waitFor(() => expect(trigger).toHaveAttribute("aria-busy", "true"));
    const menu = await openMenu(canvasElement, EXPIRED);
    // Its name is what it shows: the label, then why it waits.
    const resend = menu.getByRole("menuitem", { name: "Resend In progress…" });
    await expect(resend).toHaveAttribute("aria-disabled", "true");
    await expect(resend).toHaveAccessibleDescription("In progress…");
    await userEvent.click(resend);
    await expect(heldResend.calls).toBe(1);
  },
};

/** R13: once the answer comes, the toast says so and the row's menu works again; one email in all. */
export const ResendBusyThenDone: Story = {
  parameters: ResendBusy.parameters,
  play: async (context) => {
    await ResendBusy.play?.(context);
    const { canvasElement } = context;
    await userEvent.keyboard("{Escape}");
    heldResend.release();
    await expect(
      await within(canvasElement).findByText(`A new invitation was sent to ${EXPIRED}. It is valid for 7 days.`),
    ).toBeInTheDocument();
    const row = await rowOf(canvasElement, EXPIRED);
    await waitFor(() =>
      expect(row.getByRole("button", { name: `Actions for ${EXPIRED}` })).not.toHaveAttribute("aria-busy"),
    );
    await expect(heldResend.calls).toBe(1);
  },
};

/** R13: cancel asks first; the invitation goes and focus lands on the panel's title. */
export const Cancel: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await choose(canvasElement, PENDING, "Cancel invitation");
    const confirm = within(await findDialog(bodyOf(canvasElement), "alertdialog"));
    await userEvent.click(confirm.getByRole("button", { name: "Cancel invitation" }));
    await waitFor(() => expect(canvas.queryByRole("rowheader", { name: PENDING })).not.toBeInTheDocument());
    await waitFor(() => expect(canvas.getByRole("heading", { name: "Pending invitations" })).toHaveFocus());
  },
};

/** R14: change = cancel and reinvite in one step; the dialog says so. */
export const Change: Story = {
  play: async ({ canvasElement }) => {
    await choose(canvasElement, PENDING, "Change");
    const dialog = within(await findDialog(bodyOf(canvasElement), "dialog"));
    const email = dialog.getByLabelText("Email address");
    await userEvent.clear(email);
    await userEvent.type(email, "corrected@example.com");
    await userEvent.click(dialog.getByRole("button", { name: "Cancel and reinvite" }));
    await expect(await within(canvasElement).findByRole("rowheader", { name: "corrected@example.com" })).toBeVisible();
    await waitFor(() =>
      expect(within(canvasElement).queryByRole("rowheader", { name: PENDING })).not.toBeInTheDocument(),
    );
  },
};

/** R11: invite from the dialog; the new invitation is listed in the panel. */
export const InviteThenListed: Story = {
  render: (args) => (
    <>
      <InviteDialog />
      <InvitationsPanel {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const body = bodyOf(canvasElement);
    const trigger = await body.findByRole("button", { name: "Invite" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(trigger);
    const dialog = within(await findDialog(body, "dialog"));
    await userEvent.type(dialog.getByLabelText("Email addresses"), "newcomer@example.com");
    await userEvent.click(dialog.getByRole("button", { name: "Send invitation" }));
    await userEvent.click(await dialog.findByRole("button", { name: "Done" }));
    await expect(await within(canvasElement).findByRole("rowheader", { name: "newcomer@example.com" })).toBeVisible();
  },
};

/** R23: without multi-user access, resend and change are disabled with the reason; cancel works. */
export const PlanWithoutMultiUser: Story = {
  parameters: { backend: { plan: { id: "solo", name: "Solo", multiUser: false, seatLimit: 1 } } },
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement, PENDING);
    const resend = menu.getByRole("menuitem", { name: /^Resend / });
    await expect(resend).toHaveAttribute("aria-disabled", "true");
    await expect(resend).toHaveAccessibleDescription(expect.stringContaining("not included in your Solo plan"));
    await expect(menu.getByRole("menuitem", { name: "Cancel invitation" })).not.toHaveAttribute("aria-disabled");
  },
};

export const Empty: Story = {
  parameters: {
    backend: {
      setup: (adapter: MemoryAdapter) => {
        for (const invitation of invitations) void adapter.cancelInvitation({ id: invitation.id });
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("No pending invitations.")).toBeInTheDocument();
  },
};

/**
 * Issue 9: while the invitations load, the real table and header (busy) over placeholder rows with a
 * bar per column, sized as the loaded rows will be, and "Loading…" for screen readers.
 */
export const Loading: Story = {
  parameters: { backend: { latency: 600_000 } },
  play: async ({ canvasElement }) => {
    await expectTableSkeleton(canvasElement, "Pending invitations", [
      "email",
      "name",
      "role",
      "status",
      "sentAt",
      "invitedBy",
      "actions",
    ]);
  },
};

/** Issue 9: the placeholder rows on a phone: blocks, as the invitations will be; no sideways scroll. */
export const PhoneLoading: Story = {
  ...PHONE,
  parameters: { ...PHONE.parameters, ...Loading.parameters },
  play: async (context) => {
    await Loading.play?.(context);
    await expectNoSidewaysScroll(context.canvasElement);
  },
};

// Every list call fails until the retry story ends it, however often the panel asks (see `outage`).
const listDown = outage("listInvitations");

/** R24: the list fails to load; the error and its Try again stay on screen (the retry is the next story). */
export const LoadError: Story = {
  parameters: { backend: { setup: listDown.setup } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("The invitations could not be loaded.");
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** R24: Try again after a failed load brings the invitations. */
export const LoadErrorRetry: Story = {
  parameters: LoadError.parameters,
  play: async ({ canvasElement }) => {
    const alert = within(await within(canvasElement).findByRole("alert"));
    listDown.end();
    await userEvent.click(alert.getByRole("button", { name: "Try again" }));
    await expect(await within(canvasElement).findByRole("rowheader", { name: PENDING })).toBeVisible();
  },
};

/** 5,000 users: 100 invitations over two pages. */
export const ManyInvitations: Story = { parameters: { backend: { size: 5000 } } };

export const French: Story = { parameters: { locale: "fr" } };

export const Dark: Story = { parameters: { theme: "dark" } };

export const RightToLeft: Story = { parameters: { dir: "rtl" } };

/**
 * Issue 9: on a 390 × 844 phone each invitation is a block with its "⋯" menu on its first line,
 * reachable by touch; no sideways scroll, the menu left open.
 */
export const Phone: Story = {
  ...PHONE,
  parameters: { ...PHONE.parameters, backend: { size: 1000 } },
  play: async ({ canvasElement }) => {
    // 1,000 users: other invitations than the 10-user account's; the first row's menu.
    const [first] = await within(canvasElement).findAllByRole("button", { name: /^Actions for / });
    await userEvent.click(first as HTMLElement);
    const menu = within(await bodyOf(canvasElement).findByRole("menu"));
    await expect(menu.getByRole("menuitem", { name: "Resend" })).toBeVisible();
    await expectNoSidewaysScroll(canvasElement);
  },
};

/** Issue 9: the busy row action on a phone. */
export const PhoneResendBusy: Story = {
  ...PHONE,
  parameters: { ...PHONE.parameters, ...ResendBusy.parameters },
  play: async (context) => {
    await ResendBusy.play?.(context);
    await expectNoSidewaysScroll(context.canvasElement);
  },
};
