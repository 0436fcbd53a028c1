import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { generateDataset, type MemoryAdapter } from "../src/adapters/memory";
import { InviteDialog } from "../src/components/invite";
import { Announcer } from "../src/components/ui/Announcer";
import { useUsers } from "../src/hooks";
import { createConformanceFixture } from "../src/testing/conformanceFixture";
import { findDialog } from "./support/dialogs";
import { expectNoSidewaysScroll, PHONE } from "./support/phone";
import { STORY_NOW } from "./support/storyBackend";

// The generated 10-user account behind every story: its seats (non-revoked users plus pending
// invitations, R1), a member's and an invitee's address.
const account = generateDataset({ size: 10, now: STORY_NOW });
const SEATS_USED =
  account.users.filter((user) => user.status !== "revoked").length +
  account.invitations.filter((invitation) => invitation.expiresAt > STORY_NOW).length;
const MEMBER = account.users[2]?.email ?? "";
const INVITED = account.invitations[0]?.email ?? "";

const meta = {
  title: "Components/InviteDialog",
  component: InviteDialog,
} satisfies Meta<typeof InviteDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

const bodyOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const dialogOf = async (canvasElement: HTMLElement) =>
  within(await findDialog(bodyOf(canvasElement), "dialog", { name: "Invite people" }));

/** The "Invite" button; it opens the dialog and focus comes back to it on close. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const body = bodyOf(canvasElement);
    const trigger = await body.findByRole("button", { name: "Invite" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(trigger);
    await dialogOf(canvasElement);
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** The dialog open on the default role; issue 9 item 12: the address field has focus, not Close. */
export const Open: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await waitFor(() => expect(dialog.getByLabelText("Email addresses")).toHaveFocus());
  },
};

/** What each address chip says: the address, then why it will not be sent, if so. */
const chipTexts = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.ownerDocument.querySelectorAll('[data-slot="invite-chip"]'), (chip) =>
    chip.textContent?.replace(/×$/, ""),
  );

/**
 * R11: addresses become chips as they are typed past or pasted (`Name <address>` forms too): valid,
 * not valid (with the reason) and listed twice; only valid, distinct ones count. A chip goes with
 * its remove button, or Backspace in the empty input.
 */
export const AddressChips: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const emails = await dialog.findByLabelText("Email addresses");
    await userEvent.type(emails, "ada@example.com, ");
    await userEvent.paste("Grace Hopper <grace@example.com>\nADA@example.com bob@@example ");
    await expect(chipTexts(canvasElement)).toEqual([
      "ada@example.com",
      "grace@example.com",
      "ADA@example.comAlready listed",
      "bob@@exampleNot a valid address",
    ]);
    await expect(dialog.getByText("2 addresses (up to 100 at once)")).toBeVisible();
    const send = dialog.getByRole("button", { name: "Send 2 invitations" });
    await expect(send).toHaveAttribute("aria-disabled", "true");
    await expect(send).toHaveAccessibleDescription("Not valid: bob@@example");
    // Backspace in the empty input removes the last chip, the invalid one: Send may go.
    await userEvent.keyboard("{Backspace}");
    await expect(send).not.toHaveAttribute("aria-disabled");
    await userEvent.click(dialog.getByRole("button", { name: "Remove ADA@example.com" }));
    await expect(emails).toHaveFocus();
    await expect(chipTexts(canvasElement)).toEqual(["ada@example.com", "grace@example.com"]);
  },
};

/** {@link AddressChips} on a 390 × 844 phone: chips wrap, nothing scrolls sideways. */
export const AddressChipsPhone: Story = {
  ...PHONE,
  args: { defaultOpen: true },
  play: async (context) => {
    await AddressChips.play?.(context);
    await userEvent.paste(` ${"a-rather-long-address.of-someone@a-very-long-domain-name.example.com"} not valid`);
    await expectNoSidewaysScroll(context.canvasElement);
  },
};

/** R11: a pasted list, an invalid address flagged before sending, then one result per address. */
export const ManyAddresses: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const emails = await dialog.findByLabelText("Email addresses");
    await userEvent.click(emails);
    await userEvent.paste(`new.person@example.com, ${MEMBER.toUpperCase()}\n${INVITED} not-an-email`);
    // Only valid addresses count; pressing Send flags the invalid one and sends nothing.
    await userEvent.click(dialog.getByRole("button", { name: "Send 3 invitations" }));
    await expect(emails).toHaveAccessibleDescription(/Not valid: not-an-email/);

    await userEvent.click(dialog.getByRole("button", { name: "Remove not-an-email" }));
    await userEvent.click(dialog.getByRole("button", { name: "Send 3 invitations" }));
    const results = within(await dialog.findByRole("list", { name: "Results" }));
    await expect(results.getAllByRole("listitem").map((item) => item.dataset.state)).toEqual([
      "sent",
      "already_member",
      "already_invited",
    ]);
    await expect(dialog.getByRole("status")).toHaveTextContent("1 of 3 invitations sent.");
    await waitFor(() => expect(dialog.getByRole("button", { name: "Done" })).toHaveFocus());
  },
};

/**
 * R11: an invalid address and a repeated one: the button counts the one valid, distinct address,
 * stays inert and says which address is not valid; the repeat is sent once.
 */
export const InvalidAndRepeatedAddresses: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const emails = await dialog.findByLabelText("Email addresses");
    await userEvent.click(emails);
    await userEvent.paste("ada@example.com, ADA@example.com bob@@example");
    await userEvent.tab();
    const send = dialog.getByRole("button", { name: "Send invitation" });
    await expect(send).toHaveAttribute("aria-disabled", "true");
    await expect(send).toHaveAccessibleDescription("Not valid: bob@@example");
    await expect(chipTexts(canvasElement)).toEqual([
      "ada@example.com",
      "ADA@example.comAlready listed",
      "bob@@exampleNot a valid address",
    ]);
  },
};

/** R11: 101 addresses pasted: over the 100-address limit, Send is disabled and says why before any click. */
export const OverTheBatchLimit: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.click(await dialog.findByLabelText("Email addresses"));
    await userEvent.paste(Array.from({ length: 101 }, (_, index) => `person${index}@example.com`).join("\n"));
    await expect(dialog.getByText("101 addresses (up to 100 at once)")).toBeVisible();
    const send = dialog.getByRole("button", { name: "Send 101 invitations" });
    await expect(send).toBeDisabled();
    await expect(send).toHaveAccessibleDescription(/invite at most 100 people at once/);
    await expect(dialog.getByText(/invite at most 100 people at once/)).toBeVisible();
  },
};

/** {@link OverTheBatchLimit} on a 390 × 844 phone. */
export const OverTheBatchLimitPhone: Story = {
  ...PHONE,
  args: { defaultOpen: true },
  play: async (context) => {
    await OverTheBatchLimit.play?.(context);
    await expectNoSidewaysScroll(context.canvasElement);
  },
};

// A slow backend for `SendingHeld`: `inviteUsers` waits until the play function lets it through
// (or 5 s, for someone browsing), so the story waits for states, not for time.
const held = { calls: 0, release: () => {} };

/**
 * R11, R24: a slow backend. A double click sends once; while sending, the button is busy and inert
 * and Escape does not close the dialog; the result then shows.
 */
export const SendingHeld: Story = {
  args: { defaultOpen: true },
  parameters: {
    backend: {
      setup: (adapter: MemoryAdapter) => {
        const inviteUsers = adapter.inviteUsers;
        held.calls = 0;
        const released = new Promise<void>((resolve) => {
          held.release = resolve;
          setTimeout(resolve, 5000);
        });
        adapter.inviteUsers = async (params) => {
          held.calls++;
          await released;
          return inviteUsers(params);
        };
      },
    },
  },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.type(await dialog.findByLabelText("Email addresses"), "slow@example.com");
    await userEvent.dblClick(dialog.getByRole("button", { name: "Send invitation" }));
    const sending = await dialog.findByRole("button", { name: "Sending…" });
    await expect(sending).toHaveAttribute("aria-busy", "true");
    await expect(sending).toHaveAttribute("aria-disabled", "true");
    await userEvent.keyboard("{Escape}");
    await expect(await dialogOf(canvasElement)).toBeTruthy();
    await expect(held.calls).toBe(1);
    held.release();
    const results = within(await dialog.findByRole("list", { name: "Results" }));
    await expect(results.getAllByRole("listitem").map((item) => item.dataset.state)).toEqual(["sent"]);
    await expect(dialog.getByRole("status")).toHaveTextContent("1 of 1 invitations sent.");
    await expect(held.calls).toBe(1);
  },
};

/** R5: a custom role offers its permissions one by one. */
export const CustomRole: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.selectOptions(await dialog.findByLabelText("Role"), "Custom");
    const checklist = within(dialog.getByRole("group", { name: "Permissions" }));
    await userEvent.click(checklist.getByRole("checkbox", { name: /Send campaigns/ }));
    await expect(checklist.getByRole("checkbox", { name: /Send campaigns/ })).toBeChecked();
  },
};

/** R1: every seat of the plan is used: the dialog says so and sending is blocked. */
export const SeatLimitReached: Story = {
  args: { defaultOpen: true },
  parameters: { backend: { plan: { id: "team", name: "Team", multiUser: true, seatLimit: SEATS_USED } } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(await dialog.findByText(/0 seats left/)).toBeInTheDocument();
    await expect(dialog.getByRole("button", { name: "Send invitation" })).toBeDisabled();
  },
};

/** R1: a few seats left: seats used and left show, the seats a list leaves show as it is typed; a longer list is blocked. */
export const SeatsLeft: Story = {
  args: { defaultOpen: true },
  parameters: { backend: { plan: { id: "team", name: "Team", multiUser: true, seatLimit: SEATS_USED + 2 } } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(await dialog.findByText(`${SEATS_USED} of ${SEATS_USED + 2} seats used · 2 seats left`)).toBeVisible();
    const emails = dialog.getByLabelText("Email addresses");
    await userEvent.type(emails, "one@example.com ");
    await expect(dialog.getByText("1 address (up to 100 at once) · 1 seat left after these invitations")).toBeVisible();
    await userEvent.type(emails, "two@example.com three@example.com");
    const send = dialog.getByRole("button", { name: "Send 3 invitations" });
    await expect(send).toBeDisabled();
    await expect(send).toHaveAccessibleDescription(/Only 2 seats are left/);
  },
};

/** {@link SeatsLeft} on a 390 × 844 phone. */
export const SeatsLeftPhone: Story = {
  ...PHONE,
  args: { defaultOpen: true },
  parameters: { ...PHONE.parameters, ...SeatsLeft.parameters },
  play: async (context) => {
    await SeatsLeft.play?.(context);
    await expectNoSidewaysScroll(context.canvasElement);
  },
};

/** The dialog over a page whose user list has loaded (the list's query fills the cache; nothing is shown). */
function OverLoadedUsers(props: Parameters<typeof InviteDialog>[0]) {
  const list = useUsers();
  return list.users.length > 0 ? <InviteDialog {...props} /> : null;
}

/** R11: a member of the user list already loaded is flagged as they are typed, and not counted or sent. */
export const AlreadyMember: Story = {
  args: { defaultOpen: true },
  render: (args) => <OverLoadedUsers {...args} />,
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.type(await dialog.findByLabelText("Email addresses"), `new@example.com ${MEMBER} `);
    await expect(chipTexts(canvasElement)).toEqual(["new@example.com", `${MEMBER}Already a member`]);
    await expect(dialog.getByRole("button", { name: "Send invitation" })).toBeEnabled();
  },
};

/** {@link AlreadyMember} on a 390 × 844 phone. */
export const AlreadyMemberPhone: Story = {
  ...PHONE,
  args: { defaultOpen: true },
  render: AlreadyMember.render,
  play: async (context) => {
    await AlreadyMember.play?.(context);
    await expectNoSidewaysScroll(context.canvasElement);
  },
};

/**
 * With the page's toasts (an `Announcer` around it): every address sent, so the dialog closes,
 * focus goes back to Invite, and a toast says so, as every other action's success does.
 */
export const SentAsToast: Story = {
  render: (args) => (
    // Ten minutes instead of five seconds: the play function checks states, never races the timer.
    <Announcer toastDurationMs={600_000}>
      <InviteDialog {...args} />
    </Announcer>
  ),
  play: async ({ canvasElement }) => {
    const body = bodyOf(canvasElement);
    const trigger = await body.findByRole("button", { name: "Invite" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(trigger);
    const dialog = await dialogOf(canvasElement);
    await userEvent.type(await dialog.findByLabelText("Email addresses"), "one@example.com two@example.com");
    await userEvent.click(dialog.getByRole("button", { name: "Send 2 invitations" }));
    const region = await body.findByRole("region", { name: "Notifications" });
    const toast = await within(region).findByText("2 invitations sent.");
    await waitFor(() => expect(toast).toBeVisible());
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** {@link SentAsToast} on a 390 × 844 phone. */
export const SentAsToastPhone: Story = {
  ...PHONE,
  render: SentAsToast.render,
  play: async (context) => {
    await SentAsToast.play?.(context);
    await expectNoSidewaysScroll(context.canvasElement);
  },
};

/** R23: the plan lacks multi-user access: an explanation instead of the form. */
export const PlanWithoutMultiUser: Story = {
  args: { defaultOpen: true },
  parameters: {
    backend: { plan: { id: "solo", name: "Solo", multiUser: false, seatLimit: 1, upgradePlanName: "Pro" } },
  },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(await dialog.findByText(/not included in your Solo plan/)).toBeInTheDocument();
    await expect(dialog.queryByLabelText("Email addresses")).not.toBeInTheDocument();
  },
};

/** R9: a plain user may not invite: the button is disabled and says why. */
export const PlainUserViewer: Story = {
  parameters: { backend: { viewerId: "user-3" } },
  play: async ({ canvasElement }) => {
    const trigger = await bodyOf(canvasElement).findByRole("button", { name: "Invite" });
    await waitFor(() => expect(trigger).toHaveAccessibleDescription("You do not have permission to do this."));
  },
};

/**
 * R27: a "User manager" (manages users, not an administrator) invites: only roles within their own
 * are offered (not Administrator, not User), and permissions they lack are disabled with why.
 */
export const DelegatedManager: Story = {
  args: { defaultOpen: true },
  parameters: { backend: { dataset: createConformanceFixture("delegated-manager"), viewerId: "manager-1" } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
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

/** R30: the mail server is down: the address is invited but not emailed, and says so, with Resend. */
export const InvitedNotEmailed: Story = {
  args: { defaultOpen: true },
  parameters: { backend: { mail: "down" } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.type(await dialog.findByLabelText("Email addresses"), "late@example.com");
    await userEvent.click(dialog.getByRole("button", { name: "Send invitation" }));
    const result = within(await dialog.findByRole("listitem"));
    await expect(result.getByText("Invited, but the email was not sent")).toBeVisible();
    await expect(result.getByRole("button", { name: "Resend" })).toBeVisible();
    await expect(dialog.getByRole("status")).toHaveTextContent(/1 person was invited but not emailed/);
  },
};

/** R24: the backend fails; the error shows and the typed addresses stay. */
export const SendFails: Story = {
  args: { defaultOpen: true },
  parameters: { backend: { fail: { inviteUsers: "unavailable" } } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const emails = await dialog.findByLabelText("Email addresses");
    await userEvent.type(emails, "kept@example.com");
    await userEvent.click(dialog.getByRole("button", { name: "Send invitation" }));
    await expect(await dialog.findByRole("alert")).toHaveTextContent(/unavailable/);
    await expect(chipTexts(canvasElement)).toEqual(["kept@example.com"]);
  },
};

/** One term for one concept: the French catalog says "e-mail" everywhere, never "courriel". */
export const French: Story = {
  args: { defaultOpen: true },
  parameters: { locale: "fr" },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(bodyOf(canvasElement), "dialog");
    await expect(await within(dialog).findByLabelText("Adresses e-mail")).toBeVisible();
    await expect(dialog).not.toHaveTextContent(/courriel/i);
  },
};

export const Dark: Story = { args: { defaultOpen: true }, parameters: { theme: "dark" } };

/** R26: the title keeps room for the close button on the side where it sits, the left. */
export const RightToLeft: Story = {
  args: { defaultOpen: true },
  parameters: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const dialog = within(await findDialog(bodyOf(canvasElement), "dialog"));
    const title = dialog.getByRole("heading", { name: "Invite people" }).getBoundingClientRect();
    const close = dialog.getByRole("button", { name: "Close" }).getBoundingClientRect();
    const text = getComputedStyle(dialog.getByRole("heading", { name: "Invite people" }));
    // The × sits on the left, and the title's reserved room is on its left too, clear of the ×.
    await expect(close.left).toBeLessThan(title.left + title.width / 2);
    await expect(Number.parseFloat(text.paddingLeft)).toBeGreaterThan(0);
    await expect(Number.parseFloat(text.paddingRight)).toBe(0);
    await expect(title.left + Number.parseFloat(text.paddingLeft)).toBeGreaterThanOrEqual(close.right - 1);
  },
};
