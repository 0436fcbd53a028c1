import { waitFor, within } from "@testing-library/react";
import { expect } from "vitest";

/** The `data-column` of each cell of a row. */
const dataColumns = (row: Element) => Array.from(row.children, (cell) => cell.getAttribute("data-column"));

/**
 * Issue 9: `table` is loading as a list does (ListTable, UserTable): busy, with its real header
 * (these `headers`, named by these `columns`) over placeholder rows, a cell under each column named
 * alike, the first holding the "Loading…" status; no real row yet. Waits for the placeholders.
 */
export async function expectPlaceholderRows(
  table: HTMLElement,
  headers: readonly string[],
  columns: readonly string[],
) {
  await waitFor(() => expect(table.querySelector('[data-slot="skeleton-row"]')).not.toBeNull());
  expect(table).toHaveAttribute("aria-busy", "true");
  const headerCells = within(table).getAllByRole("columnheader");
  expect(headerCells.map((header) => header.textContent)).toEqual(headers);
  expect(headerCells.map((header) => header.getAttribute("data-column"))).toEqual(columns);
  expect(within(table).getByRole("status")).toHaveTextContent("Loading…");
  expect(within(table).queryAllByRole("rowheader")).toEqual([]);
  const rows = table.querySelectorAll('tbody > [data-slot="skeleton-row"]');
  expect(rows.length).toBeGreaterThanOrEqual(3);
  for (const row of rows) expect(dataColumns(row)).toEqual(columns);
}

/** Issue 9: the rows have replaced the placeholders in `table`, and `row`'s cells are named as they were. */
export async function expectLoadedRows(table: HTMLElement, row: HTMLElement, columns: readonly string[]) {
  expect(dataColumns(row)).toEqual(columns);
  expect(table.querySelector('[data-slot="skeleton-row"]')).toBeNull();
  expect(within(table).queryByRole("status")).not.toBeInTheDocument();
  await waitFor(() => expect(table).not.toHaveAttribute("aria-busy"));
}
