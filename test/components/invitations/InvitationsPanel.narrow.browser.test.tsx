import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { InvitationsPanel } from "../../../src/components/invitations";
import "../../../src/styles/base.css";
import "../../../src/styles/invitations.css";
import { renderWithAdapter, TEST_NOW } from "../renderWithAdapter";

// Audit 9, item 2: the generated account's pending invitations, two of them without a name. At a
// phone's width a nameless row put its role and expiry beside the address, which was cut to
// "sam.delacr…" and left the "⋯" button mid-row; at a desktop's, the addresses were cut although
// the name column beside them stood mostly empty. In real Chromium.

beforeAll(() => {
  document.body.style.margin = "0";
});
afterAll(async () => {
  await page.viewport(414, 896);
});

async function renderRows() {
  renderWithAdapter(<InvitationsPanel now={new Date(TEST_NOW)} />);
  const table = await screen.findByRole("table", { name: "Pending invitations" });
  await waitFor(() => expect(table.querySelector('[data-slot="skeleton-row"]')).toBeNull());
  const rows = Array.from(table.querySelectorAll<HTMLElement>('tr[data-slot="invitation"]'));
  expect(rows.length).toBe(3);
  // The case in question: an invitation without a name.
  expect(rows.some((row) => row.querySelector('[data-column="name"]')?.textContent === "")).toBe(true);
  return rows;
}

const addressOf = (row: HTMLElement) => row.querySelector('th [data-slot="person-name"]') as HTMLElement;
const truncated = (element: HTMLElement) => element.scrollWidth > element.clientWidth + 0.5;

describe("InvitationsPanel at 390 × 844", () => {
  beforeAll(async () => {
    await page.viewport(390, 844);
  });

  it("every row's ⋯ button ends at the row's end, and each address that fits is whole", async () => {
    const rows = await renderRows();
    const ends = rows.map((row) =>
      within(row)
        .getByRole("button", { name: /^Actions for / })
        .getBoundingClientRect(),
    );
    for (const [index, row] of rows.entries()) {
      const box = row.getBoundingClientRect();
      const padding = Number.parseFloat(getComputedStyle(row).paddingInlineEnd);
      expect(ends[index]?.right, row.textContent ?? "").toBeCloseTo(box.right - padding, 0);
      expect(ends[index]?.right).toBeCloseTo(ends[0]?.right ?? 0, 0);
      // The room beside the button: an address narrower than that shows whole.
      const room = (ends[index]?.left ?? 0) - box.left - Number.parseFloat(getComputedStyle(row).paddingInlineStart);
      const address = addressOf(row);
      if (address.scrollWidth <= room - 12) expect(truncated(address), address.textContent ?? "").toBe(false);
    }
    // This account's addresses all fit a phone's row.
    expect(rows.filter((row) => truncated(addressOf(row))).map((row) => addressOf(row).textContent)).toEqual([]);
  });
});

describe("InvitationsPanel at 1280 × 800", () => {
  beforeAll(async () => {
    await page.viewport(1280, 800);
  });

  it("an address shorter than its column shows whole", async () => {
    const rows = await renderRows();
    for (const row of rows) {
      const cell = row.querySelector("th") as HTMLElement;
      const address = addressOf(row);
      const style = getComputedStyle(cell);
      const column =
        cell.clientWidth - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd);
      // Each of this account's addresses is narrower than a fair share of a desktop's table.
      expect(address.scrollWidth, address.textContent ?? "").toBeLessThanOrEqual(column);
      expect(truncated(address), address.textContent ?? "").toBe(false);
    }
  });
});
