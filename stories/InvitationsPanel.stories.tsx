import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { generateDataset, type MemoryAdapter } from "../src/adapters/memory";
import { InvitationsPanel } from "../src/components/invitations";
import { InviteDialog } from "../src/components/invite";
import { expectNoSidewaysScroll, PHONE } from "./support/phone";
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
const rowOf = async (canvasElement: HTMLElement, email: string) =>
  within(await within(canvasElement).findByRole("listitem", { name: email }));

/** R12: pending invitations with their expiry, and an expired one. */
export const Default: Story = {};

/** R12: an expired invitation is marked expired. */
export const ExpiredInvitation: Story = {
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, EXPIRED);
    await expect(row.getByText("Expired")).toBeInTheDocument();
  },
};

/** R13: resend gives a fresh link and a new expiry, announced. */
export const Resend: Story = {
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, EXPIRED);
    await userEvent.click(row.getByRole("button", { name: "Resend" }));
    await waitFor(() => expect(row.getByText("Expires next week")).toBeInTheDocument());
    await expect(
      await within(canvasElement).findByText(`A new invitation was sent to ${EXPIRED}. It is valid for 7 days.`),
    ).toBeInTheDocument();
  },
};

// A slow backend for `ResendDoubleClick`: `resendInvitation` waits until the play function lets it
// through (or 5 s, for someone browsing).
const heldResend = { calls: 0, release: () => {} };

/** R13: a slow backend; a double click on Resend sends one email, the button busy until the answer. */
export const ResendDoubleClick: Story = {
  parameters: {
    backend: {
      setup: (adapter: MemoryAdapter) => {
        const resendInvitation = adapter.resendInvitation;
        heldResend.calls = 0;
        const released = new Promise<void>((resolve) => {
          heldResend.release = resolve;
          setTimeout(resolve, 5000);
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
    const resend = row.getByRole("button", { name: "Resend" });
    await userEvent.dblClick(resend);
    await waitFor(() => expect(resend).toHaveAttribute("aria-busy", "true"));
    await expect(resend).toHaveAttribute("aria-disabled", "true");
    await expect(heldResend.calls).toBe(1);
    heldResend.release();
    await expect(
      await within(canvasElement).findByText(`A new invitation was sent to ${EXPIRED}. It is valid for 7 days.`),
    ).toBeInTheDocument();
    await expect(heldResend.calls).toBe(1);
  },
};

/** R13: cancel asks first; the invitation goes and focus lands on the panel's title. */
export const Cancel: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = await rowOf(canvasElement, PENDING);
    await userEvent.click(row.getByRole("button", { name: "Cancel invitation" }));
    const confirm = within(await bodyOf(canvasElement).findByRole("alertdialog"));
    await userEvent.click(confirm.getByRole("button", { name: "Cancel invitation" }));
    await waitFor(() => expect(canvas.queryByRole("listitem", { name: PENDING })).not.toBeInTheDocument());
    await waitFor(() => expect(canvas.getByRole("heading", { name: "Pending invitations" })).toHaveFocus());
  },
};

/** R14: change = cancel and reinvite in one step; the dialog says so. */
export const Change: Story = {
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, PENDING);
    await userEvent.click(row.getByRole("button", { name: "Change" }));
    const dialog = within(await bodyOf(canvasElement).findByRole("dialog"));
    const email = dialog.getByLabelText("Email address");
    await userEvent.clear(email);
    await userEvent.type(email, "corrected@example.com");
    await userEvent.click(dialog.getByRole("button", { name: "Cancel and reinvite" }));
    await expect(await within(canvasElement).findByRole("listitem", { name: "corrected@example.com" })).toBeVisible();
    await waitFor(() =>
      expect(within(canvasElement).queryByRole("listitem", { name: PENDING })).not.toBeInTheDocument(),
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
    const dialog = within(await body.findByRole("dialog"));
    await userEvent.type(dialog.getByLabelText("Email addresses"), "newcomer@example.com");
    await userEvent.click(dialog.getByRole("button", { name: "Send invitation" }));
    await userEvent.click(await dialog.findByRole("button", { name: "Done" }));
    await expect(await within(canvasElement).findByRole("listitem", { name: "newcomer@example.com" })).toBeVisible();
  },
};

/** R23: without multi-user access, resend and change are disabled with the reason; cancel works. */
export const PlanWithoutMultiUser: Story = {
  parameters: { backend: { plan: { id: "solo", name: "Solo", multiUser: false, seatLimit: 1 } } },
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, PENDING);
    await expect(row.getByRole("button", { name: "Resend" })).toHaveAttribute("aria-disabled", "true");
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

export const Loading: Story = { parameters: { backend: { latency: 600_000 } } };

/** R24: the list fails to load; "Try again" loads it. */
export const LoadError: Story = {
  parameters: { backend: { fail: { listInvitations: "unavailable" } } },
  play: async ({ canvasElement }) => {
    const alert = within(await within(canvasElement).findByRole("alert"));
    await userEvent.click(alert.getByRole("button", { name: "Try again" }));
    await expect(await within(canvasElement).findByRole("listitem", { name: PENDING })).toBeVisible();
  },
};

/** 5,000 users: 100 invitations over two pages. */
export const ManyInvitations: Story = { parameters: { backend: { size: 5000 } } };

export const French: Story = { parameters: { locale: "fr" } };

export const Dark: Story = { parameters: { theme: "dark" } };

export const RightToLeft: Story = { parameters: { dir: "rtl" } };

/** Issue 9: on a 390 × 844 phone each invitation's actions wrap below it; no sideways scroll. */
export const Phone: Story = {
  ...PHONE,
  parameters: { ...PHONE.parameters, backend: { size: 1000 } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findAllByRole("button", { name: "Resend" });
    await expectNoSidewaysScroll(canvasElement);
  },
};
