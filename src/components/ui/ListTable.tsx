import type { ReactNode } from "react";
import { SkeletonRows } from "./SkeletonRows";
import { visuallyHidden } from "./visuallyHidden";

/** A list table's column: its name (each cell's `data-column`, which the list's CSS sizes) and its header. */
export type ListColumn = readonly [column: string, label: string];

/** Props of {@link ListTable}. */
export interface ListTableProps {
  /** The table's `data-slot`, e.g. `invitation-table`. */
  slot: string;
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** The columns in order, as the rows' cells name them (`data-column`); the row menus' column follows. */
  columns: readonly ListColumn[];
  /** The row menus' column's name, for screen readers. */
  actions: string;
  /** The first page is loading: placeholder rows (SkeletonRows) under the real header, and `aria-busy`. */
  loading?: boolean;
  /** A refresh is under way: `aria-busy`, the rows stay. */
  busy?: boolean;
  /** The rows (`<tr>`, a cell per column then the menu's), shown once loaded. */
  children?: ReactNode;
}

/**
 * The table of a list that sorts nothing (invitations, external users), the same while its first
 * page loads as once loaded (issue 9): the header row (a header per column, with its `data-column`,
 * then the row menus' column, named for screen readers only), and in the body placeholder rows
 * (SkeletonRows, a cell per column with the same `data-column`s) until the rows arrive, so the
 * list's CSS gives the columns their final widths from the first paint (a fixed layout, base.css).
 * Inside ListState with `skeleton`, which keeps the error and empty states.
 *
 * Slots: `list-scroll` (the box that scrolls a table too wide for it), the table's own `slot`
 * (`aria-busy` while loading or refreshing), and SkeletonRows' `skeleton-row`, `skeleton`, `loading`.
 */
export function ListTable({ slot, labelledBy, columns, actions, loading, busy, children }: ListTableProps) {
  return (
    <div data-slot="list-scroll">
      <table data-slot={slot} aria-labelledby={labelledBy} aria-busy={loading || busy || undefined}>
        <thead>
          <tr>
            {columns.map(([column, label]) => (
              <th key={column} scope="col" data-column={column}>
                {label}
              </th>
            ))}
            <th scope="col" data-column="actions">
              <span style={visuallyHidden}>{actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {loading ? <SkeletonRows columns={[...columns.map(([column]) => column), "actions"]} /> : children}
        </tbody>
      </table>
    </div>
  );
}
