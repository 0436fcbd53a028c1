import { screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import type { ReactElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import type { MemoryAdapter } from "../../../src/adapters/memory";
import { ExternalUsersPanel } from "../../../src/components/external-users";
import { InvitationsPanel } from "../../../src/components/invitations";
import "../../../src/styles/base.css";
import "../../../src/styles/invitations.css";
import "../../../src/styles/external-users.css";
import { overflowing } from "../overflowing";
import { renderWithAdapter, TEST_NOW } from "../renderWithAdapter";
import { heldAdapter } from "./heldAdapter";

// Issue 9, for the lists that sort nothing (ListTable): while the first page loads, each shows its
// real table with placeholder rows, and nothing moves when the data arrives. In real Chromium, at a
// desktop's width and a phone's. UserTable's own test is UserTable.skeleton.browser.test.tsx.

const LISTS: { name: string; ui: ReactElement; method: keyof MemoryAdapter; columns: string[] }[] = [
  {
    name: "Pending invitations",
    ui: <InvitationsPanel now={new Date(TEST_NOW)} />,
    method: "listInvitations",
    columns: ["email", "name", "role", "status", "sentAt", "invitedBy", "actions"],
  },
  {
    name: "External users",
    ui: <ExternalUsersPanel />,
    method: "listExternalUsers",
    columns: ["name", "email", "homeAccount", "role", "actions"],
  },
];

/** Renders the list with its first page held back until `release()`; resolves once the placeholders show. */
async function renderHeld({ name, ui, method }: (typeof LISTS)[number]) {
  const { adapter, release } = heldAdapter({ methods: [method] });
  const rendered = renderWithAdapter(ui, { adapter });
  const table = await screen.findByRole("table", { name });
  await waitFor(() => expect(table.querySelector('[data-slot="skeleton-row"]')).not.toBeNull());
  const loaded = async () => {
    release();
    await waitFor(() => expect(table.querySelector('[data-slot="skeleton-row"]')).toBeNull());
    await within(table).findAllByRole("button", { name: /^Actions for / });
  };
  return { ...rendered, table, loaded };
}

/** The width of each column header, by its column. */
function widths(table: HTMLElement) {
  const measured: Record<string, number> = {};
  for (const header of within(table).getAllByRole("columnheader"))
    measured[header.getAttribute("data-column") ?? ""] = header.getBoundingClientRect().width;
  return measured;
}

/** The bars drawn (the actions' is kept invisible, for the menu's height). */
const bars = (table: HTMLElement) =>
  table.querySelectorAll<HTMLElement>('[data-slot="skeleton"]:not([data-column="actions"] > *)');

beforeAll(() => {
  document.body.style.margin = "0";
});
afterAll(async () => {
  await page.viewport(414, 896);
});

describe.each(LISTS)("$name loading at 1280 px", (list) => {
  beforeAll(async () => {
    await page.viewport(1280, 800);
  });

  it("issue 9: the real header over placeholder rows shaped like the columns, busy, with a Loading… status; axe clean", async () => {
    const { container, table } = await renderHeld(list);
    expect(table).toHaveAttribute("aria-busy", "true");
    expect(within(table).getByRole("status")).toHaveTextContent("Loading…");
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((header) => header.getAttribute("data-column"))).toEqual(list.columns);
    const rows = table.querySelectorAll<HTMLElement>('tbody [data-slot="skeleton-row"]');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      // Each placeholder cell sits under its header.
      Array.from(row.children).forEach((cell, index) => {
        const header = headers[index]?.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        expect(cell.getAttribute("data-column")).toBe(list.columns[index]);
        expect(Math.abs(box.left - (header?.left ?? 0))).toBeLessThanOrEqual(1);
        expect(Math.abs(box.width - (header?.width ?? 0))).toBeLessThanOrEqual(1);
      });
    }
    for (const bar of bars(table)) expect(bar.getBoundingClientRect().width).toBeGreaterThan(20);
    const results = await axe.run(container);
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });

  it("issue 9: the columns keep their widths (±2 px) when the data arrives", async () => {
    const { table, loaded } = await renderHeld(list);
    const before = widths(table);
    expect(Object.keys(before)).toEqual(list.columns);
    await loaded();
    const after = widths(table);
    console.info(JSON.stringify({ list: list.name, before, after }));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [column, width] of Object.entries(before))
      expect(Math.abs((after[column] ?? 0) - width), `${column}: ${width} → ${after[column]}`).toBeLessThanOrEqual(2);
  });
});

describe.each(LISTS)("$name loading at 390 px", (list) => {
  beforeAll(async () => {
    await page.viewport(390, 844);
  });

  it("issue 9: the placeholder rows follow the narrow layout and do not scroll the document sideways", async () => {
    const { table, loaded } = await renderHeld(list);
    const documentRoot = document.documentElement;
    expect(documentRoot.clientWidth).toBe(390);
    expect(documentRoot.scrollWidth, overflowing().join("\n")).toBeLessThanOrEqual(documentRoot.clientWidth);
    // Rows drawn as blocks, as the loaded ones are; every bar drawn, inside the screen.
    const row = table.querySelector('tbody [data-slot="skeleton-row"]') as HTMLElement;
    expect(getComputedStyle(row).display).toBe("flex");
    for (const bar of bars(table)) {
      const box = bar.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(20);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    await loaded();
    expect(documentRoot.scrollWidth, overflowing().join("\n")).toBeLessThanOrEqual(documentRoot.clientWidth);
  });
});
