import { QueryClient } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateDataset, type MemoryAdapterOptions } from "../../../src/adapters/memory";
import { UserManagementPage, type UserManagementPageProps } from "../../../src/components/page";
import { createManualClock, type Plan, type RolePresetName } from "../../../src/core";
import { fr } from "../../../src/locales/fr";
import { TEST_NOW } from "../renderWithAdapter";

// A 10-user account (user-1 an administrator, user-3 a plain user), 2 pending and 1 expired
// invitation, 2 external users: 12 seats used.
function renderPage(
  options: Omit<MemoryAdapterOptions, "dataset"> & { plan?: Plan; preset?: RolePresetName } = {},
  props: Partial<UserManagementPageProps> = {},
) {
  const { plan, preset, ...adapterOptions } = options;
  const adapter = createMemoryAdapter({
    dataset: generateDataset({
      size: 10,
      now: TEST_NOW,
      ...(plan ? { plan } : {}),
      ...(preset ? { rolePreset: preset } : {}),
    }),
    clock: createManualClock(TEST_NOW),
    ...adapterOptions,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  return { adapter, user, ...render(<UserManagementPage adapter={adapter} queryClient={queryClient} {...props} />) };
}

const FREE: Plan = { id: "free", name: "Free", multiUser: false, seatLimit: null, upgradePlanName: "Pro" };

describe("UserManagementPage", () => {
  it("R1: shows the seats used against the plan's limit", async () => {
    renderPage({ plan: { id: "team", name: "Team", multiUser: true, seatLimit: 20 } });
    expect(await screen.findByText("12 of 20 seats used")).toBeInTheDocument();
  });

  it("R1: shows the seats used alone when the plan has no limit", async () => {
    renderPage();
    expect(await screen.findByText("12 seats used")).toBeInTheDocument();
    expect(screen.queryByText(/All seats are used/)).not.toBeInTheDocument();
  });

  it("R1: says when every seat is used, in a notice of its own below the count", async () => {
    renderPage({ plan: { id: "team", name: "Team", multiUser: true, seatLimit: 12 } });
    const full = await screen.findByText(/^All seats are used\. Remove someone/);
    expect(full).toHaveAttribute("role", "status");
    // The count says the limit and nothing else.
    expect(await screen.findByText("12 of 12 seats used")).not.toContainElement(full);
    expect(screen.getByText("12 of 12 seats used").tagName).toBe("P");
  });

  it("R1: with every seat used, Invite is no longer the primary action, and its dialog says why", async () => {
    const { user } = renderPage({ plan: { id: "team", name: "Team", multiUser: true, seatLimit: 12 } });
    await screen.findByText("12 of 12 seats used");
    const invite = await screen.findByRole("button", { name: "Invite" });
    expect(invite).toHaveAttribute("data-variant", "secondary");
    await user.click(invite);
    const dialog = await screen.findByRole("dialog", { name: "Invite people" });
    expect(within(dialog).getAllByText(/All seats are used/).length).toBeGreaterThan(0);
  });

  it("R1: Invite stays the primary action while seats are left", async () => {
    renderPage({ plan: { id: "team", name: "Team", multiUser: true, seatLimit: 20 } });
    await screen.findByText("12 of 20 seats used");
    expect(await screen.findByRole("button", { name: "Invite" })).toHaveAttribute("data-variant", "primary");
    expect(screen.queryByText(/All seats are used/)).not.toBeInTheDocument();
  });

  it("shows users, the invite button and external users to an administrator", async () => {
    const { user } = renderPage();
    expect(await screen.findByRole("heading", { level: 1, name: "Users" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "External users" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Pending invitations" })).toBeInTheDocument();
    expect((await screen.findAllByText(/Lovelace/)).length).toBeGreaterThan(0);
    await user.click(await screen.findByRole("button", { name: "Invite" }));
    expect(await screen.findByRole("dialog", { name: "Invite people" })).toBeInTheDocument();
  });

  it("R23: a plan without multi-user offers an upgrade instead of inviting, and still lists users", async () => {
    renderPage({ plan: FREE }, { upgrade: { href: "/billing" } });
    expect(await screen.findByRole("heading", { name: "Work together on this account" })).toBeInTheDocument();
    expect(screen.getByText(/not included in your Free plan/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Upgrade to Pro" })).toHaveAttribute("href", "/billing");
    expect(screen.queryByRole("button", { name: "Invite" })).not.toBeInTheDocument();
    expect((await screen.findAllByText(/Lovelace/)).length).toBeGreaterThan(0);
    expect(await screen.findByRole("heading", { name: "External users" })).toBeInTheDocument();
  });

  it("R23: the upgrade slot takes the host's own call to action", async () => {
    renderPage({ plan: FREE }, { upgrade: <button type="button">Talk to sales</button> });
    expect(await screen.findByRole("button", { name: "Talk to sales" })).toBeInTheDocument();
  });

  it("R8: a viewer who does not manage users sees only their own profile", async () => {
    renderPage({ viewerId: "user-3" });
    expect(await screen.findByRole("heading", { name: "Your profile" })).toBeInTheDocument();
    expect(await screen.findByLabelText("First name")).toHaveValue("Дмитрий");
    expect(screen.queryByText(/Lovelace/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Invite" })).not.toBeInTheDocument();
    expect(screen.queryByText(/seats used/)).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "External users" })).not.toBeInTheDocument();
  });

  it("R8: a plain user's page has one heading, their profile, and shows their role", async () => {
    renderPage({ viewerId: "user-3" });
    const title = await screen.findByRole("heading", { level: 1, name: "Your profile" });
    expect(screen.getAllByRole("heading")).toEqual([title]);
    expect(screen.queryByText("Everyone with their own login to this account.")).not.toBeInTheDocument();
    const role = await screen.findByRole("term");
    expect(role).toHaveTextContent("Role");
    expect(screen.getByRole("definition")).toHaveTextContent("User");
    // The profile fields' group keeps its name for screen readers, but is not shown as a second title.
    expect(screen.getByRole("group", { name: "Profile" }).querySelector("legend")).toHaveStyle({
      position: "absolute",
    });
  });

  it("R10: a viewer whose access was revoked is told so", async () => {
    // owner-manager's user-5 is a revoked manager.
    renderPage({ preset: "owner-manager", viewerId: "user-5" });
    expect(await screen.findByRole("alert")).toHaveTextContent("Your access to this account was revoked.");
    expect(screen.queryByRole("heading", { name: "Your profile" })).not.toBeInTheDocument();
  });

  it("R10: a suspended viewer is told their access is suspended, not revoked", async () => {
    // The default preset's user-5 is suspended.
    renderPage({ viewerId: "user-5" });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Your access to this account is suspended. Ask the account's administrator to reactivate you.",
    );
    expect(alert).not.toHaveTextContent(/revoked/);
    expect(screen.queryByRole("button", { name: "Invite" })).not.toBeInTheDocument();
  });

  it("R10: a viewer deleted meanwhile is told their access was revoked", async () => {
    renderPage({ viewerId: "user-404" });
    expect(await screen.findByRole("alert")).toHaveTextContent("Your access to this account was revoked.");
    expect(screen.queryByRole("button", { name: "Invite" })).not.toBeInTheDocument();
  });

  it("shows loading, then a session failure with a retry that recovers", async () => {
    const { adapter, user } = renderPage({ latency: 20 });
    adapter.failNext("unavailable", "getSession");
    expect(screen.getByText("Loading…")).toBeInTheDocument();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This page could not be loaded.");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("12 seats used")).toBeInTheDocument();
  });

  it("speaks the language it is given, with overrides", async () => {
    renderPage({}, { locale: "fr", messages: fr, overrides: { page: { title: "Équipe" } } });
    expect(await screen.findByRole("heading", { level: 1, name: "Équipe" })).toBeInTheDocument();
    expect(await screen.findByText("12 places utilisées")).toBeInTheDocument();
  });

  it("leaves out the sections it is told to hide", async () => {
    renderPage({}, { hide: ["externalUsers", "invite"] });
    expect(await screen.findByText("12 seats used")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Invite" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "External users" })).not.toBeInTheDocument();
  });

  it("is light by default: sets no theme of its own, so it never follows the system unasked", async () => {
    const { container } = renderPage();
    await screen.findByRole("heading", { level: 1, name: "Users" });
    expect(container.querySelector("[data-rum]")).not.toHaveAttribute("data-theme");
  });

  it("is dark when the host asks, and its dialogs follow", async () => {
    const { container, user } = renderPage({}, { theme: "dark" });
    expect(container.querySelector("[data-slot=page]")).toHaveAttribute("data-theme", "dark");
    await user.click(await screen.findByRole("button", { name: "Invite" }));
    expect(await screen.findByRole("dialog", { name: "Invite people" })).toHaveAttribute("data-theme", "dark");
  });

  it('follows the operating system only with theme="system"', async () => {
    const { container } = renderPage({}, { theme: "system" });
    expect(container.querySelector("[data-slot=page]")).toHaveAttribute("data-theme", "system");
  });
});
