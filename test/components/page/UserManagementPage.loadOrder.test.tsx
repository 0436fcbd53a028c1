import { QueryClient } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { UserManagementAdapter } from "../../../src/adapter";
import { createMemoryAdapter, generateDataset } from "../../../src/adapters/memory";
import { UserManagementPage } from "../../../src/components/page";
import { createManualClock } from "../../../src/core";
import { TEST_NOW } from "../renderWithAdapter";

/** What happened, in order: adapter calls (by method) and what appeared on the page (by slot). */
let events: string[] = [];
let observer: MutationObserver | undefined;

afterEach(() => {
  observer?.disconnect();
  events = [];
});

/** Records each method call of `adapter` in `events`. */
function recorded(adapter: UserManagementAdapter): UserManagementAdapter {
  return new Proxy(adapter, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const params = args[0] as { pageSize?: number } | undefined;
        events.push(`call ${String(key)}${key === "listUsers" && params?.pageSize === 1 ? " (owner count)" : ""}`);
        return value.apply(target, args);
      };
    },
  });
}

/** Records in `events` the first time each of these slots is in the document. */
function watch(slots: Record<string, string>) {
  const seen = new Set<string>();
  const look = () => {
    for (const [name, selector] of Object.entries(slots)) {
      if (!seen.has(name) && document.querySelector(selector)) {
        seen.add(name);
        events.push(`shown ${name}`);
      }
    }
  };
  observer = new MutationObserver(look);
  observer.observe(document.body, { childList: true, subtree: true });
}

const SLOTS = {
  "loading rows": '[data-slot="user-table"] [data-slot="skeleton-row"]',
  "user rows": '[data-slot="user-table-row"]',
  invitations: '[data-slot="invitations-panel"]',
  "external users": '[data-slot="external-users"]',
};

function renderPage(viewerId = "user-1") {
  const adapter = recorded(
    createMemoryAdapter({
      dataset: generateDataset({ size: 10, now: TEST_NOW }),
      clock: createManualClock(TEST_NOW),
      viewerId,
    }),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  watch(SLOTS);
  render(<UserManagementPage adapter={adapter} queryClient={queryClient} now={new Date(TEST_NOW)} />);
  return adapter;
}

describe("UserManagementPage: what loads first", () => {
  it("R1: asks for the first page of users as soon as the session is in, and shows its rows without placeholders first", async () => {
    renderPage();
    await screen.findByRole("heading", { name: "External users" });
    await screen.findByRole("heading", { name: "Pending invitations" });
    // The session, role model and capabilities at once; then the owner count and the first page,
    // before the page has rendered anything of the table (no loading rows: the answer was in).
    expect(events.slice(0, 5).sort()).toEqual([
      "call getCapabilities",
      "call getRoleModel",
      "call getSession",
      "call listUsers",
      "call listUsers (owner count)",
    ]);
    expect(events).not.toContain("shown loading rows");
    // Each query was asked once: the table and the permissions read what the early requests got.
    expect(events.filter((event) => event.startsWith("call listUsers"))).toHaveLength(2);
    expect(events.filter((event) => event === "call getSession")).toHaveLength(1);
  });

  it("R1: shows the users' rows before asking for and showing invitations and external users", async () => {
    renderPage();
    await screen.findByRole("heading", { name: "External users" });
    await screen.findByRole("heading", { name: "Pending invitations" });
    const rows = events.indexOf("shown user rows");
    expect(rows).toBeGreaterThan(-1);
    for (const later of [
      "call listInvitations",
      "call listExternalUsers",
      "shown invitations",
      "shown external users",
    ]) {
      expect(events.indexOf(later), later).toBeGreaterThan(rows);
    }
  });

  it("R8: asks for no list of users for a viewer who does not manage users", async () => {
    renderPage("user-3");
    expect(await screen.findByLabelText("First name")).toHaveValue("Дмитрий");
    expect(events.filter((event) => event.startsWith("call list"))).toEqual([]);
  });
});
