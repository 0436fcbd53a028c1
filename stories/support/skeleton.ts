import { expect, within } from "storybook/test";

/**
 * Issue 9: the list named `name` is loading in its real table: busy, its real header (a column per
 * `columns`, each header's `data-column`), and in the body placeholder rows with a cell under each
 * column, named alike, the first holding "Loading…" for screen readers.
 */
export async function expectTableSkeleton(canvasElement: HTMLElement, name: string, columns: readonly string[]) {
  const table = await within(canvasElement).findByRole("table", { name });
  await expect(table).toHaveAttribute("aria-busy", "true");
  const headers = within(table).getAllByRole("columnheader");
  await expect(headers.map((header) => header.getAttribute("data-column"))).toEqual(columns);
  await expect(within(table).getByRole("status")).toHaveTextContent("Loading…");
  const rows = table.querySelectorAll('tbody > [data-slot="skeleton-row"]');
  await expect(rows.length).toBeGreaterThan(2);
  for (const row of rows)
    await expect(Array.from(row.children, (cell) => cell.getAttribute("data-column"))).toEqual(columns);
  await expect(within(table).queryAllByRole("rowheader")).toEqual([]);
}
