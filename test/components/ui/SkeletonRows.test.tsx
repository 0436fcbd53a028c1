import { render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../../../src/components/i18n";
import { fr } from "../../../src/components/i18n/fr";
import { ListState } from "../../../src/components/ui/ListState";
import { SkeletonRows } from "../../../src/components/ui/SkeletonRows";

const rowsOf = (container: HTMLElement) => container.querySelectorAll('[data-slot="skeleton-row"]');

describe("SkeletonRows", () => {
  it("issue 9: a list loading with `skeleton` shows placeholder rows of that many columns, busy, with one Loading… status", async () => {
    const { container } = render(
      <ListState loading skeleton={4}>
        never shown
      </ListState>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(screen.getAllByRole("status")).toHaveLength(1);
    expect(container.querySelector('[data-slot="skeleton-list"]')).toHaveAttribute("aria-busy", "true");
    const rows = rowsOf(container);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.querySelectorAll('[data-slot="skeleton"]')).toHaveLength(4);
    expect(screen.queryByText("never shown")).not.toBeInTheDocument();
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("without `skeleton`, loading is the status text alone, as before", () => {
    const { container } = render(<ListState loading />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(rowsOf(container)).toHaveLength(0);
  });

  it("in a table: rows under the real header, a cell per named column with its data-column and slot", async () => {
    const { container } = render(
      <I18nProvider locale="fr" messages={fr}>
        <table aria-label="Users" aria-busy="true">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            <SkeletonRows table cellSlot="user-table-cell" columns={["name", "role"]} />
          </tbody>
        </table>
      </I18nProvider>,
    );
    const table = screen.getByRole("table");
    expect(within(table).getByRole("status")).toHaveTextContent(fr.common.loading);
    const rows = rowsOf(container);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.tagName).toBe("TR");
      const cells = Array.from(row.children, (cell) => [cell.tagName, cell.getAttribute("data-column")]);
      expect(cells).toEqual([
        ["TD", "name"],
        ["TD", "role"],
      ]);
      expect(row.querySelector('[data-slot="user-table-cell"]')).not.toBeNull();
    }
    expect((await axe.run(container)).violations).toEqual([]);
  });
});
