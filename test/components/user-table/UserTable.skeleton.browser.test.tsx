import { screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cdp, page } from "vitest/browser";
import { UserTable } from "../../../src/components/user-table";
import "../../../src/styles/base.css";
import "../../../src/styles/user-table.css";
import { overflowing } from "../overflowing";
import { renderWithAdapter, TEST_NOW } from "../renderWithAdapter";
import { heldAdapter } from "../ui/heldAdapter";

// Issue 9: while the first page loads the table shows placeholder rows, and nothing moves when the
// data arrives: each column, the search box and both filters keep their widths (they were Name
// ≈ 230 → 330 px and Role filter 96 → 137 px). In real Chromium, at a desktop's width and a phone's.

const table = () => screen.getByRole("table", { name: "Users" });
const root = () => table().closest<HTMLElement>('[data-slot="user-table"]') as HTMLElement;

/** The width of each column header, the search box and each filter, by name. */
function widths() {
  const measured: Record<string, number> = {};
  for (const header of within(table()).getAllByRole("columnheader"))
    measured[`column ${header.getAttribute("data-column")}`] = header.getBoundingClientRect().width;
  const toolbar = root().querySelector('[data-slot="user-table-toolbar"]') as HTMLElement;
  for (const control of [...within(toolbar).getAllByRole("combobox"), within(toolbar).getByRole("searchbox")])
    measured[
      `control ${control.getAttribute("aria-label") ?? control.closest("label")?.firstElementChild?.textContent}`
    ] = control.getBoundingClientRect().width;
  return measured;
}

function renderHeld() {
  const { adapter, release } = heldAdapter({ size: 60 });
  const rendered = renderWithAdapter(<UserTable now={new Date(TEST_NOW)} />, { adapter });
  return { ...rendered, release };
}

async function loaded() {
  await waitFor(() => expect(root()).toHaveAttribute("data-state", "ready"));
  await screen.findAllByRole("button", { name: /^Actions for / });
}

beforeAll(() => {
  document.body.style.margin = "0";
});
afterAll(async () => {
  await page.viewport(414, 896);
});

describe("UserTable loading at 1280 px", () => {
  beforeAll(async () => {
    await page.viewport(1280, 800);
  });
  afterEach(async () => {
    await cdp().send("Emulation.setEmulatedMedia", { features: [] });
  });

  it("issue 9: placeholder rows shaped like the columns, busy, with a Loading… status; axe clean", async () => {
    const { container } = renderHeld();
    expect(root()).toHaveAttribute("data-state", "loading");
    expect(table()).toHaveAttribute("aria-busy", "true");
    expect(within(table()).getByRole("status")).toHaveTextContent("Loading…");
    const headers = within(table()).getAllByRole("columnheader");
    const skeletonRows = table().querySelectorAll<HTMLElement>('tbody [data-slot="skeleton-row"]');
    expect(skeletonRows.length).toBeGreaterThanOrEqual(3);
    for (const row of skeletonRows) {
      const cells = Array.from(row.children);
      expect(cells).toHaveLength(headers.length);
      // Each placeholder cell sits under its header, and draws a bar (all but the actions').
      cells.forEach((cell, index) => {
        const header = headers[index]?.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        expect(Math.abs(box.left - (header?.left ?? 0))).toBeLessThanOrEqual(1);
        expect(Math.abs(box.width - (header?.width ?? 0))).toBeLessThanOrEqual(1);
      });
      for (const bar of row.querySelectorAll('[data-slot="skeleton"]:not([data-column="actions"] > *)'))
        expect(bar.getBoundingClientRect().width).toBeGreaterThan(20);
    }
    const results = await axe.run(container);
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });

  it("issue 9: columns, search and filters keep their widths (±2 px) when the data arrives", async () => {
    const { release } = renderHeld();
    await waitFor(() => expect(table().querySelector('[data-slot="skeleton-row"]')).not.toBeNull());
    const before = widths();
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(["column name", "column role", "column actions", "control Role", "control Search users"]),
    );
    release();
    await loaded();
    // The roles have arrived: the role filter lists them (its width no longer follows its options).
    expect(within(root()).getByRole("combobox", { name: "Role" }).querySelectorAll("option").length).toBeGreaterThan(1);
    const after = widths();
    console.info(JSON.stringify({ before, after }));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [name, width] of Object.entries(before)) {
      expect(Math.abs((after[name] ?? 0) - width), `${name}: ${width} → ${after[name]}`).toBeLessThanOrEqual(2);
    }
  });

  it("issue 9: the placeholders pulse, and stay still when reduced motion is asked for", async () => {
    renderHeld();
    const bar = () => table().querySelector('[data-slot="skeleton"]') as HTMLElement;
    await waitFor(() => expect(bar()).not.toBeNull());
    expect(getComputedStyle(bar()).animationName).toBe("rum-pulse");
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "prefers-reduced-motion", value: "reduce" }],
    });
    await waitFor(() => expect(getComputedStyle(bar()).animationName).toBe("none"));
  });
});

describe("UserTable loading at 390 px", () => {
  beforeAll(async () => {
    await page.viewport(390, 844);
  });

  it("issue 9: the placeholder rows do not scroll the document sideways", async () => {
    const { release } = renderHeld();
    await waitFor(() => expect(table().querySelector('[data-slot="skeleton-row"]')).not.toBeNull());
    const documentRoot = document.documentElement;
    expect(documentRoot.clientWidth).toBe(390);
    expect(documentRoot.scrollWidth, overflowing().join("\n")).toBeLessThanOrEqual(documentRoot.clientWidth);
    // Every bar drawn, inside the screen.
    for (const bar of table().querySelectorAll('[data-slot="skeleton"]:not([data-column="actions"] > *)')) {
      const box = bar.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(20);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    release();
    await loaded();
    expect(documentRoot.scrollWidth, overflowing().join("\n")).toBeLessThanOrEqual(documentRoot.clientWidth);
  });
});
