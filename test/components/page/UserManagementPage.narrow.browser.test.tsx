import { screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cdp, page } from "vitest/browser";
import { UserManagementPage } from "../../../src/components/page";
import "../../../src/styles/base.css";
import "../../../src/styles/page.css";
import "../../../src/styles/user-table.css";
import "../../../src/styles/invitations.css";
import "../../../src/styles/external-users.css";
import "../../../src/styles/invite.css";
import "../../../src/styles/edit-user.css";
import { overflowing } from "../overflowing";
import { renderWithAdapter, TEST_NOW } from "../renderWithAdapter";

// Issue 9: the page at a phone's width and at a desktop's, in real Chromium (the viewport is the
// test iframe's size). 60 users: two pages of 25 and a pager; invitations and external users too.
const WIDTHS = [320, 390, 1280] as const;

beforeAll(() => {
  document.body.style.margin = "0";
});
afterAll(async () => {
  await page.viewport(414, 896);
});

function renderPage() {
  return renderWithAdapter(<UserManagementPage now={new Date(TEST_NOW)} />, { size: 60 });
}

async function rowsLoaded() {
  const table = await screen.findByRole("table", { name: "Users" });
  await waitFor(() => expect(within(table).getAllByRole("row").length).toBeGreaterThan(10));
  await screen.findByRole("heading", { name: "Pending invitations" });
  return table;
}

/** Whether the element's box lies inside the viewport sideways and is drawn (not clipped to nothing). */
function insideViewport(element: Element) {
  const box = element.getBoundingClientRect();
  return (
    box.width > 0 &&
    box.height > 0 &&
    box.left >= 0 &&
    box.right <= document.documentElement.clientWidth + 0.5 &&
    element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
  );
}

/** Not hidden by an ancestor that scrolls or clips sideways: its box is inside every such ancestor's box. */
function notClipped(element: Element) {
  const box = element.getBoundingClientRect();
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    if (style.overflowX === "visible") continue;
    const clip = parent.getBoundingClientRect();
    if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5) return false;
  }
  return true;
}

describe.each(WIDTHS)("UserManagementPage at %i px wide", (width) => {
  beforeAll(async () => {
    await page.viewport(width, 844);
  });

  it("issue 9: the document never scrolls sideways", async () => {
    renderPage();
    await rowsLoaded();
    const root = document.documentElement;
    console.info(`width ${width}: scrollWidth ${root.scrollWidth}, clientWidth ${root.clientWidth}`);
    expect(root.clientWidth).toBe(width);
    expect(root.scrollWidth, overflowing().join("\n")).toBeLessThanOrEqual(root.clientWidth);
    expect(document.body.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  });

  it("issue 9: every user row shows its name, email, role, status and actions inside the viewport", async () => {
    renderPage();
    const table = await rowsLoaded();
    const rows = within(table)
      .getAllByRole("row")
      .filter((row) => row.getAttribute("data-slot") === "user-table-row");
    expect(rows.length).toBe(25);
    for (const row of rows) {
      const parts = [
        row.querySelector('[data-column="name"] [data-slot="person-name"]'),
        row.querySelector('[data-column="email"] [data-slot="person-name"]'),
        row.querySelector('[data-column="role"]'),
        row.querySelector('[data-column="status"] [data-slot="status-badge"]'),
        within(row).getByRole("button", { name: /^Actions for / }),
      ];
      for (const part of parts) {
        expect(part, row.textContent ?? "").not.toBeNull();
        const element = part as Element;
        expect(insideViewport(element), `${element.textContent} in ${row.textContent}`).toBe(true);
        expect(notClipped(element), `${element.textContent} clipped in ${row.textContent}`).toBe(true);
      }
    }
  });

  it("issue 9: the pager's buttons stay together on one line", async () => {
    renderPage();
    const table = await rowsLoaded();
    const pager = table.closest('[data-slot="user-table"]')?.querySelector('[data-slot="pager"]') as HTMLElement;
    const previous = within(pager).getByRole("button", { name: "Previous page" });
    const next = within(pager).getByRole("button", { name: "Next page" });
    const a = previous.getBoundingClientRect();
    const b = next.getBoundingClientRect();
    expect(Math.abs(a.top - b.top)).toBeLessThan(1);
    expect(insideViewport(previous) && insideViewport(next)).toBe(true);
    // Each button on one line of text: none wraps inside itself.
    expect(a.height).toBeLessThan(48);
    expect(b.height).toBeLessThan(48);
  });

  it("issue 9: the toolbar's search and filters stay inside the viewport", async () => {
    renderPage();
    await rowsLoaded();
    const toolbar = document.querySelector('[data-slot="user-table-toolbar"]') as HTMLElement;
    for (const control of within(toolbar).getAllByRole("combobox").concat(within(toolbar).getByRole("searchbox"))) {
      expect(insideViewport(control), control.outerHTML).toBe(true);
    }
  });

  it("keeps the users list a table with column headers for assistive tech; axe clean", async () => {
    const { container } = renderPage();
    await rowsLoaded();
    const results = await axe.run(container);
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    // What Chromium itself exposes (its accessibility tree, not the DOM): the table, its header
    // cells, one row header per user and plain cells, whatever CSS display the narrow layout uses.
    const roles = await chromiumRoles();
    expect(roles.get("table")).toBeGreaterThanOrEqual(2);
    expect(roles.get("columnheader")).toBeGreaterThanOrEqual(7 + 5);
    expect(roles.get("rowheader")).toBeGreaterThanOrEqual(25);
    expect(roles.get("cell")).toBeGreaterThanOrEqual(25 * 6);
  });
});

/** Counts of each role in Chromium's accessibility tree of the test's frame. */
async function chromiumRoles(): Promise<Map<string, number>> {
  const session = cdp();
  const { frameTree } = (await session.send("Page.getFrameTree")) as FrameTreeResult;
  const frames: FrameTree[] = [];
  const walk = (tree: FrameTree) => {
    frames.push(tree);
    for (const child of tree.childFrames ?? []) walk(child);
  };
  walk(frameTree);
  const here = frames.find((tree) => tree.frame.url === location.href) ?? frames.at(-1);
  const { nodes } = (await session.send("Accessibility.getFullAXTree", { frameId: here?.frame.id })) as {
    nodes: { ignored: boolean; role?: { value: string } }[];
  };
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (node.ignored || !node.role) continue;
    counts.set(node.role.value, (counts.get(node.role.value) ?? 0) + 1);
  }
  return counts;
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}
interface FrameTreeResult {
  frameTree: FrameTree;
}
