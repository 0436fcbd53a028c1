import { useI18n } from "../i18n/I18nContext";
import { visuallyHidden } from "./visuallyHidden";

/** Props of {@link SkeletonRows}. */
export interface SkeletonRowsProps {
  /** The list's columns: their names (each cell's `data-column`, so the list's CSS shapes it), or a count. */
  columns: readonly string[] | number;
  /** Table rows (`<tr>`, for a `<tbody>` under the real header) instead of a block of its own. */
  table?: boolean;
  /** The cells' `data-slot` in a table, so they take the width and narrow layout of the real cells. */
  cellSlot?: string;
}

const ROWS = [0, 1, 2, 3, 4];

/**
 * Placeholder rows while a list's first page loads: a grey bar per column, so the page has its
 * shape before the data (and, in a table, the columns their final widths). The bars are empty;
 * the first cell holds a visually hidden "Loading…" status for screen readers. Pulses only when
 * the person has not asked for reduced motion (styles.css).
 *
 * Slots: `skeleton-list` (the block, `aria-busy`; a table marks its own `<table>`), `skeleton-row`,
 * `skeleton` (a bar), `loading` (the status).
 */
export function SkeletonRows({ columns, table, cellSlot }: SkeletonRowsProps) {
  const { messages } = useI18n();
  const names = typeof columns === "number" ? Array.from({ length: columns }, (_, index) => `${index}`) : columns;
  const Row = table ? "tr" : "div";
  const Cell = table ? "td" : "div";
  const rows = ROWS.map((row) => (
    <Row key={row} data-slot="skeleton-row">
      {names.map((column, index) => (
        <Cell key={column} data-slot={table ? cellSlot : undefined} data-column={column}>
          {row + index === 0 && (
            <span data-slot="loading" role="status" style={visuallyHidden}>
              {messages.common.loading}
            </span>
          )}
          <span data-slot="skeleton" />
        </Cell>
      ))}
    </Row>
  ));
  return table ? (
    rows
  ) : (
    <div data-slot="skeleton-list" aria-busy="true">
      {rows}
    </div>
  );
}
