import { QueryClient } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateDataset } from "../../../src/adapters/memory";
import { UserManagementPage, type UserManagementPageProps } from "../../../src/components/page";
import { createManualClock, type Plan } from "../../../src/core";
import { TEST_NOW } from "../renderWithAdapter";

// Audit 9, item 4: "12 of 20 seats used" with a meter when the plan has a seat limit, none when it
// is unlimited. The generated 10-user account uses 12 seats.
function renderPage(plan: Plan, upgrade?: UserManagementPageProps["upgrade"]) {
  const adapter = createMemoryAdapter({
    dataset: generateDataset({ size: 10, now: TEST_NOW, plan }),
    clock: createManualClock(TEST_NOW),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<UserManagementPage adapter={adapter} queryClient={queryClient} upgrade={upgrade} />);
}

const team = (seatLimit: number | null): Plan => ({ id: "team", name: "Team", multiUser: true, seatLimit });

describe("UserManagementPage's seats meter", () => {
  it("R1: a plan with a limit: a meter named as the count, 12 of 20, in the header; axe clean", async () => {
    const { container } = renderPage(team(20));
    const text = await screen.findByText("12 of 20 seats used");
    const meter = screen.getByRole("meter", { name: "12 of 20 seats used" });
    expect(meter).toBeInstanceOf(HTMLMeterElement);
    expect([(meter as HTMLMeterElement).min, (meter as HTMLMeterElement).max]).toEqual([0, 20]);
    expect((meter as HTMLMeterElement).value).toBe(12);
    expect(text).toContainElement(meter);
    expect(meter.closest('[data-slot="page-header"]')).not.toBeNull();
    expect(meter).toHaveAttribute("data-slot", "seats-meter");
    const header = container.querySelector('[data-slot="page-header"]') as HTMLElement;
    const results = await axe.run(header);
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });

  it("R1: at the limit the meter is full and the seats say so (the notice is below the header)", async () => {
    renderPage(team(12));
    const meter = await screen.findByRole("meter", { name: "12 of 12 seats used" });
    expect([(meter as HTMLMeterElement).value, (meter as HTMLMeterElement).max]).toEqual([12, 12]);
    // Full: the seats (and so the meter's colour) say the limit is reached.
    await waitFor(() => expect(meter.closest('[data-slot="seats"]')).toHaveAttribute("data-state", "seat_limit"));
    expect(await screen.findByText(/All seats are used/)).toBeInTheDocument();
  });

  it("R1: an unlimited plan shows the count alone, no meter", async () => {
    renderPage(team(null));
    expect(await screen.findByText("12 seats used")).toBeInTheDocument();
    expect(screen.queryByRole("meter")).toBeNull();
  });
  it("R1: at the limit the host's upgrade action takes the Invite button's place; without one, Invite stays", async () => {
    const { unmount } = renderPage({ ...team(12), upgradePlanName: "Business" }, { href: "/billing" });
    const upgrade = await screen.findByRole("link", { name: "Upgrade to Business" });
    expect(upgrade).toHaveAttribute("href", "/billing");
    expect(upgrade.closest('[data-slot="page-header"]')).not.toBeNull();
    expect(screen.queryByRole("button", { name: "Invite" })).toBeNull();
    unmount();

    renderPage(team(20), { href: "/billing" });
    expect(await screen.findByRole("button", { name: "Invite" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Upgrade/ })).toBeNull();
  });
});
