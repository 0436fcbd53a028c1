import type { Meta, StoryObj } from "@storybook/react-vite";
import { QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { generateDataset } from "../src/adapters/memory";
import { UserManagementPage, type UserManagementPageProps } from "../src/components/page";
import type { Plan } from "../src/core";
import { catalogFor } from "./support/catalogs";
import { findDialog } from "./support/dialogs";
import { outage } from "./support/outage";
import { expectNoSidewaysScroll, expectUserRowsOnScreen, PHONE } from "./support/phone";
import { createStoryAdapter, STORY_NOW, type StoryBackend } from "./support/storyBackend";

type PageStoryProps = Omit<UserManagementPageProps, "adapter">;

/**
 * The page sets up its own providers, so each story gives it its own memory adapter and
 * QueryClient, made once from `parameters.backend` (the preview's adapter goes unused).
 */
function PageStory({ backend, ...props }: PageStoryProps & { backend: StoryBackend | undefined }) {
  const [adapter] = useState(() => createStoryAdapter(backend));
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  return <UserManagementPage adapter={adapter} queryClient={queryClient} {...props} />;
}

const meta = {
  title: "Pages/UserManagementPage",
  args: { now: new Date(STORY_NOW), upgrade: { href: "#upgrade" } },
  render: (args, { parameters, globals }) => {
    const locale = (parameters.locale as string | undefined) ?? (globals.locale as string | undefined) ?? "en";
    return (
      <PageStory
        backend={parameters.backend as StoryBackend | undefined}
        locale={locale}
        messages={catalogFor(locale)}
        dir={parameters.dir as "ltr" | "rtl" | undefined}
        {...args}
      />
    );
  },
} satisfies Meta<PageStoryProps>;
export default meta;
type Story = StoryObj<typeof meta>;

const FREE: Plan = { id: "starter", name: "Starter", multiUser: false, seatLimit: null, upgradePlanName: "Pro" };
const TEAM_OF_12: Plan = { id: "team", name: "Team", multiUser: true, seatLimit: 12 };
const TEAM_OF_20: Plan = { ...TEAM_OF_12, seatLimit: 20 };

/** An administrator: seats, invite, users, pending invitations, external users. Smoke test of the invite button. */
export const Administrator: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("12 seats used")).toBeVisible();
    // No limit on this plan: the count alone, no seats meter.
    await expect(canvas.queryByRole("meter")).not.toBeInTheDocument();
    await expect(await canvas.findByRole("heading", { name: "Pending invitations" })).toBeVisible();
    await expect(await canvas.findByRole("heading", { name: "External users" })).toBeVisible();
    await userEvent.click(await canvas.findByRole("button", { name: "Invite" }));
    const dialog = await findDialog(within(canvasElement.ownerDocument.body), "dialog", { name: "Invite people" });
    await expect(dialog).toBeVisible();
    await userEvent.keyboard("{Escape}");
  },
};

/** R8: a plain user sees only their own profile, under one heading, with their role. */
export const PlainUserViewer: Story = {
  parameters: { backend: { viewerId: "user-3" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = await canvas.findByRole("heading", { level: 1, name: "Your profile" });
    await expect(title).toBeVisible();
    await expect(canvas.getAllByRole("heading")).toEqual([title]);
    await expect(canvas.queryByText("Everyone with their own login to this account.")).not.toBeInTheDocument();
    await expect(await canvas.findByRole("definition")).toHaveTextContent("User");
    await expect(canvas.queryByRole("button", { name: "Invite" })).not.toBeInTheDocument();
  },
};

/** R5, R8: a custom user without the user-management grant also sees only their own profile. */
export const CustomUserViewer: Story = {
  parameters: { backend: { viewerId: "user-2" } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("heading", { name: "Your profile" })).toBeVisible();
  },
};

/** R5: the administrator / user / custom preset (the default). */
export const AdministratorUserCustomPreset: Story = {
  parameters: { backend: { preset: "administrator-user-custom" } },
};

/** R6: owners and managers. */
export const OwnerManagerPreset: Story = { parameters: { backend: { preset: "owner-manager" } } };

/** R7: account holder and members. */
export const AccountHolderMemberPreset: Story = { parameters: { backend: { preset: "account-holder-member" } } };

export const TenUsers: Story = { parameters: { backend: { size: 10 } } };

export const ThousandUsers: Story = { parameters: { backend: { size: 1_000 } } };

/** R1: 100,000 users, paged, searched and sorted by the adapter. */
export const HundredThousandUsers: Story = {
  parameters: { backend: { size: 100_000 } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/seats used/)).toBeVisible();
  },
};

/** R23: no multi-user on this plan: what it does and an upgrade link instead of inviting; users still listed. */
export const PlanWithoutMultiUser: Story = {
  parameters: { backend: { plan: FREE } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("heading", { name: "Work together on this account" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Upgrade to Pro" })).toHaveAttribute("href", "#upgrade");
    await expect(canvas.queryByRole("button", { name: "Invite" })).not.toBeInTheDocument();
    await expect(await canvas.findByRole("heading", { name: "External users" })).toBeVisible();
  },
};

/** R1: every seat of the plan is used: the count with its limit, a notice below, a plain Invite. */
export const SeatLimitReached: Story = {
  parameters: { backend: { plan: TEAM_OF_12 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("12 of 12 seats used")).toBeVisible();
    // The meter under the count is full (in the warning colour).
    const meter = canvas.getByRole("meter", { name: "12 of 12 seats used" });
    await expect(meter).toBeVisible();
    await expect(meter).toHaveProperty("value", 12);
    await expect(meter).toHaveProperty("max", 12);
    const notice = await canvas.findByText(/All seats are used/);
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute("role", "status");
    await expect(notice.closest("[data-slot=page-header]")).toBeNull();
    // The host's upgrade action (`upgrade`, here a link) takes the Invite button's place.
    const upgrade = await canvas.findByRole("link", { name: "Upgrade your plan" });
    await expect(upgrade).toHaveAttribute("href", "#upgrade");
    await expect(upgrade.closest("[data-slot=page-header]")).not.toBeNull();
    await expect(canvas.queryByRole("button", { name: "Invite" })).toBeNull();
  },
};

/** R1: every seat used and no upgrade action given: Invite stays, plain, and says why when opened. */
export const SeatLimitWithoutUpgrade: Story = {
  args: { upgrade: undefined },
  parameters: SeatLimitReached.parameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("12 of 12 seats used")).toBeVisible();
    await expect(await canvas.findByRole("button", { name: "Invite" })).toHaveAttribute("data-variant", "secondary");
  },
};

/** R1: a plan of 20 seats, 12 used: the count with its limit and a meter under it, 12 of 20; Invite as usual. */
export const SeatsLeft: Story = {
  parameters: { backend: { plan: TEAM_OF_20 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const seats = await canvas.findByText("12 of 20 seats used");
    const meter = canvas.getByRole("meter", { name: "12 of 20 seats used" });
    await expect(seats).toContainElement(meter);
    await expect(meter).toBeVisible();
    await expect(meter).toHaveProperty("value", 12);
    await expect(meter).toHaveProperty("max", 20);
    // As wide as the count, under it.
    const text = seats.getBoundingClientRect();
    const bar = meter.getBoundingClientRect();
    await expect(Math.abs(bar.width - text.width)).toBeLessThan(1);
    await expect(bar.top).toBeGreaterThan(text.top);
    await expect(canvas.queryByText(/All seats are used/)).not.toBeInTheDocument();
    await expect(await canvas.findByRole("button", { name: "Invite" })).toHaveAttribute("data-variant", "primary");
  },
};

/** {@link SeatsLeft} on a 390 × 844 phone: the count and its meter in the header, nothing wider than the screen. */
export const SeatsLeftPhone: Story = {
  ...PHONE,
  parameters: { ...PHONE.parameters, ...SeatsLeft.parameters },
  play: async (context) => {
    await SeatsLeft.play?.(context);
    await expectNoSidewaysScroll(context.canvasElement);
  },
};

/**
 * A backend that declares what it lacks (as Better Auth's does): no suspension, no external users,
 * no password changes, and only a person changes their own name and email (R16). None of it is
 * offered; editing someone else changes their role only.
 */
export const BackendWithFewerCapabilities: Story = {
  parameters: {
    backend: {
      declares: {
        capabilities: { suspendUsers: false, externalUsers: false, changePassword: false, editOtherProfiles: false },
        behaviours: { emailCase: "lower-case", resendLink: "same" },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await expect(await canvas.findByRole("heading", { name: "Pending invitations" })).toBeVisible();
    const [, other] = await canvas.findAllByRole("button", { name: /^Actions for / });
    if (!other) throw new Error("a second user");
    await userEvent.click(other);
    const edit = await body.findByRole("menuitem", { name: /^Edit profile/ });
    await expect(edit).toHaveAccessibleDescription("Only this person can change their name and email.");
    await expect(body.queryByRole("menuitem", { name: "Suspend" })).not.toBeInTheDocument();
    await expect(body.queryByRole("menuitem", { name: /password/i })).not.toBeInTheDocument();
    await userEvent.click(body.getByRole("menuitem", { name: "Change role" }));
    const dialog = await findDialog(body, "dialog");
    await expect(await within(dialog).findByRole("combobox", { name: "Role" })).toBeEnabled();
    await userEvent.keyboard("{Escape}");
    // The section waits for the declarations, so it never appears for a backend without external users.
    await expect(canvas.queryByRole("heading", { name: "External users" })).not.toBeInTheDocument();
  },
};

/** R10: the viewer's access was revoked (owner-manager's user-5 is a revoked manager). */
export const AccessRevoked: Story = {
  parameters: { backend: { preset: "owner-manager", viewerId: "user-5" } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("alert")).toHaveTextContent(
      "Your access to this account was revoked.",
    );
  },
};

/** R10: the viewer was suspended by an administrator (the default preset's user-5 is suspended). */
export const SuspendedViewer: Story = {
  parameters: { backend: { viewerId: "user-5" } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("Your access to this account is suspended.");
    await expect(alert).not.toHaveTextContent(/revoked/);
  },
};

export const Loading: Story = {
  parameters: { backend: { latency: 600_000 } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("Loading…")).toBeVisible();
  },
};

// Every session call fails until the retry story ends it, however often the page asks (see `outage`).
const sessionDown = outage("getSession");

/** R24: the page fails to load; the error and its Try again stay on screen (the retry is the next story). */
export const LoadError: Story = {
  parameters: { backend: { setup: sessionDown.setup } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("This page could not be loaded.");
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** R24: Try again after a failed load brings the page. */
export const LoadErrorRetry: Story = {
  parameters: LoadError.parameters,
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    sessionDown.end();
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await expect(await within(canvasElement).findByText("12 seats used")).toBeVisible();
  },
};

/** Dark because the host says so: `data-theme="dark"` on `<html>` (the toolbar's theme). */
export const Dark: Story = {
  parameters: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText("12 seats used");
    const page = canvasElement.querySelector<HTMLElement>("[data-slot=page]");
    await expect(page && getComputedStyle(page).colorScheme).toBe("dark");
  },
};

/** Dark through the page's own `theme` prop inside a light host; the invite dialog follows. */
export const DarkByTheProp: Story = {
  args: { theme: "dark" },
  parameters: { theme: "light" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText("12 seats used");
    const page = canvasElement.querySelector<HTMLElement>("[data-slot=page]");
    await expect(page && getComputedStyle(page).colorScheme).toBe("dark");
    await userEvent.click(await canvas.findByRole("button", { name: "Invite" }));
    const dialog = await findDialog(within(canvasElement.ownerDocument.body), "dialog", { name: "Invite people" });
    await expect(getComputedStyle(dialog).colorScheme).toBe("dark");
    await userEvent.keyboard("{Escape}");
  },
};

/** Light by default: no theme asked, so the page is light whatever the system prefers. */
export const LightByDefault: Story = {
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText("12 seats used");
    const page = canvasElement.querySelector<HTMLElement>("[data-slot=page]");
    await expect(page && getComputedStyle(page).colorScheme).toBe("light");
  },
};

export const French: Story = {
  parameters: { locale: "fr" },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("12 places utilisées")).toBeVisible();
  },
};

/**
 * The whole page in one language: its title, the seats used (the language's own plural) and the
 * pending invitations' heading, in the catalog's words, left to right or right to left.
 */
const speaks =
  (expected: { title: string; seats: string; invitations: string; dir?: "ltr" | "rtl" }): Story["play"] =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("heading", { level: 1, name: expected.title })).toBeVisible();
    await expect(await canvas.findByText(expected.seats)).toBeVisible();
    await expect(await canvas.findByRole("heading", { name: expected.invitations })).toBeVisible();
    await expect(canvasElement.querySelector("[data-slot=page]")).toHaveAttribute("dir", expected.dir ?? "ltr");
  };

/** `react-user-management/locales/de`. */
export const German: Story = {
  parameters: { locale: "de" },
  play: speaks({ title: "Benutzer", seats: "12 Plätze belegt", invitations: "Ausstehende Einladungen" }),
};

/** `react-user-management/locales/es`. */
export const Spanish: Story = {
  parameters: { locale: "es" },
  play: speaks({ title: "Usuarios", seats: "12 puestos ocupados", invitations: "Invitaciones pendientes" }),
};

/** `react-user-management/locales/pt-BR`. */
export const BrazilianPortuguese: Story = {
  parameters: { locale: "pt-BR" },
  play: speaks({ title: "Usuários", seats: "12 vagas ocupadas", invitations: "Convites pendentes" }),
};

/** `react-user-management/locales/ja`: one plural form. */
export const Japanese: Story = {
  parameters: { locale: "ja" },
  play: speaks({ title: "ユーザー", seats: "12 シート使用", invitations: "保留中の招待" }),
};

/** `react-user-management/locales/zh-CN`: one plural form. */
export const SimplifiedChinese: Story = {
  parameters: { locale: "zh-CN" },
  play: speaks({ title: "用户", seats: "已使用 12 个席位", invitations: "待接受的邀请" }),
};

/** `react-user-management/locales/ar`: right to left, six plural forms (12 takes "many"). */
export const Arabic: Story = {
  parameters: { locale: "ar" },
  play: speaks({ title: "المستخدمون", seats: "12 مقعدًا مستخدمًا", invitations: "الدعوات قيد الانتظار", dir: "rtl" }),
};

export const RightToLeft: Story = { parameters: { dir: "rtl" } };

/**
 * Issue 9: on a 390 × 844 phone the page fits the screen: users are a list of rows whose name,
 * email, role, status and actions menu all show, the pager's two buttons share a line, and
 * nothing makes the page scroll sideways.
 */
export const Phone: Story = {
  ...PHONE,
  parameters: { ...PHONE.parameters, backend: { size: 1000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole("button", { name: /^Actions for / });
    await canvas.findByRole("heading", { name: "External users" });
    await expectNoSidewaysScroll(canvasElement);
    await expectUserRowsOnScreen(canvasElement);
    const previous = canvas.getByRole("button", { name: "Previous page" }).getBoundingClientRect();
    const next = canvas.getByRole("button", { name: "Next page" }).getBoundingClientRect();
    await expect(Math.abs(previous.top - next.top)).toBeLessThan(1);
  },
};

// Feedback (issue 9 item 3): each result of an action as a toast at the bottom of the page's column.
const PEOPLE = generateDataset({ size: 10, now: STORY_NOW }).users;
const nameOf = (id: string) => {
  const found = PEOPLE.find((person) => person.id === id);
  return `${found?.firstName} ${found?.lastName}`;
};

async function rowAction(canvasElement: HTMLElement, name: string, item: string) {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole("button", { name: `Actions for ${name}` }));
  const body = within(canvasElement.ownerDocument.body);
  await userEvent.click(await body.findByRole("menuitem", { name: item }));
}

/** Suspend someone: a success toast with Undo; an invitation resent: a second toast in the stack. */
/** A toast fades in (its opacity rises over 160 ms): wait for it to be shown, as a person would. */
const shown = (element: HTMLElement) => waitFor(() => expect(element).toBeVisible());

export const Toasts: Story = {
  // Ten minutes instead of five seconds: the play function checks states, never races the timer.
  args: { toastDurationMs: 600_000 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const name = nameOf("user-3");
    await rowAction(canvasElement, name, "Suspend");
    await userEvent.click(await body.findByRole("button", { name: "Suspend user" }));
    const region = await canvas.findByRole("region", { name: "Notifications" });
    const toast = await within(region).findByText(`${name} was suspended and logged out.`);
    await shown(toast);
    await shown(within(region).getByRole("button", { name: "Undo" }));
    const invitations = within(await canvas.findByRole("table", { name: "Pending invitations" }));
    const [invitation] = await invitations.findAllByRole("button", { name: /^Actions for / });
    if (invitation) await userEvent.click(invitation);
    await userEvent.click(await body.findByRole("menuitem", { name: "Resend" }));
    await waitFor(() => expect(within(region).getAllByRole("button", { name: "Dismiss" })).toHaveLength(2));
    // Hovering the stack keeps it.
    await userEvent.hover(region);
    await expect(region).toHaveAttribute("data-state", "paused");
  },
};

/** A failed reactivation: an error toast with the reason and Try again, left on screen. */
export const ToastError: Story = {
  parameters: { backend: { fail: { reactivateUser: "unavailable" } } },
  play: async ({ canvasElement }) => {
    const name = nameOf("user-5");
    await rowAction(canvasElement, name, "Reactivate");
    const region = await within(canvasElement).findByRole("region", { name: "Notifications" });
    const alert = await within(region).findByRole("alert");
    await expect(alert).toHaveTextContent(`${name} could not be reactivated.`);
    await shown(alert);
    await shown(within(region).getByRole("button", { name: "Try again" }));
  },
};

/** The error toast's Try again runs the reactivation again, which now succeeds. */
export const ToastRetry: Story = {
  args: { toastDurationMs: 600_000 },
  parameters: { backend: { fail: { reactivateUser: "unavailable" } } },
  play: async ({ canvasElement }) => {
    const name = nameOf("user-5");
    await rowAction(canvasElement, name, "Reactivate");
    const region = await within(canvasElement).findByRole("region", { name: "Notifications" });
    await userEvent.click(await within(region).findByRole("button", { name: "Try again" }));
    // The failure's toast is gone, and with it that region; the success comes in a new one.
    const after = await within(canvasElement).findByRole("region", { name: "Notifications" });
    await shown(await within(after).findByText(`${name} was reactivated.`));
    await expect(within(after).queryByRole("alert")).toBeNull();
  },
};

/** `feedback="none"`: no toasts; the host hears each result through `onFeedback` (see the Actions panel). */
export const FeedbackNone: Story = {
  args: { feedback: "none", onFeedback: fn() },
  play: async ({ canvasElement, args }) => {
    const name = nameOf("user-3");
    await rowAction(canvasElement, name, "Suspend");
    await userEvent.click(
      await within(canvasElement.ownerDocument.body).findByRole("button", { name: "Suspend user" }),
    );
    await waitFor(() =>
      expect(args.onFeedback).toHaveBeenCalledWith(
        expect.objectContaining({ kind: "success", message: `${name} was suspended and logged out.` }),
      ),
    );
    await expect(within(canvasElement).queryByRole("region", { name: "Notifications" })).toBeNull();
  },
};
