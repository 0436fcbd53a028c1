import { render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../../../src/components/i18n";
import { fr } from "../../../src/components/i18n/fr";
import { ListState } from "../../../src/components/ui/ListState";
import { ListTable } from "../../../src/components/ui/ListTable";
import { SkeletonRows } from "../../../src/components/ui/SkeletonRows";

const rowsOf = (container: HTMLElement) => container.querySelectorAll('[data-slot="skeleton-row"]');

/** A list as InvitationsPanel and ExternalUsersPanel draw theirs: ListState around a ListTable. */
const list = ({ loading, error, empty }: { loading: boolean; error?: unknown; empty?: boolean }) => (
  <>
    <h2 id="things">Things</h2>
    <ListState loading={loading} skeleton error={error} errorTitle="Could not load" empty={empty && "Nothing yet."}>
      <ListTable
        slot="thing-table"
        labelledBy="things"
        columns={[
          ["name", "Name"],
          ["role", "Role"],
        ]}
        actions="Actions"
        loading={loading}
      >
        <tr>
          <th scope="row" data-column="name">
            Ada
          </th>
          <td data-column="role">Owner</td>
          <td data-column="actions" />
        </tr>
      </ListTable>
    </ListState>
  </>
);

describe("SkeletonRows", () => {
  it("issue 9: a list loading with `skeleton` shows its table, the real header over placeholder rows, busy, with one Loading… status", async () => {
    const { container, rerender } = render(list({ loading: true }));
    const table = screen.getByRole("table", { name: "Things" });
    expect(table).toHaveAttribute("aria-busy", "true");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Name", "Role", "Actions"]);
    expect(within(table).getByRole("status")).toHaveTextContent("Loading…");
    expect(screen.getAllByRole("status")).toHaveLength(1);
    const rows = rowsOf(container);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    // A cell per column, named as the real cells and headers are, so the list's CSS sizes them alike.
    for (const row of rows)
      expect(Array.from(row.children, (cell) => cell.getAttribute("data-column"))).toEqual(["name", "role", "actions"]);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => header.getAttribute("data-column")),
    ).toEqual(["name", "role", "actions"]);
    expect(screen.queryByText("Ada")).not.toBeInTheDocument();
    expect(screen.queryByText("Nothing yet.")).not.toBeInTheDocument();
    expect((await axe.run(container)).violations).toEqual([]);

    rerender(list({ loading: false }));
    expect(screen.getByRole("table", { name: "Things" })).not.toHaveAttribute("aria-busy");
    expect(screen.getByRole("rowheader", { name: "Ada" })).toBeInTheDocument();
    expect(rowsOf(container)).toHaveLength(0);
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("with `skeleton`, a failure and an empty list still show as ListState's error and empty text", () => {
    const { rerender } = render(list({ loading: false, error: new Error("down") }));
    expect(screen.getByRole("alert")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    rerender(list({ loading: false, empty: true }));
    expect(screen.getByText("Nothing yet.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
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
            <SkeletonRows cellSlot="user-table-cell" columns={["name", "role"]} />
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
