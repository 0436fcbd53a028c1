import { useI18n } from "../i18n/I18nContext";
import { visuallyHidden } from "./visuallyHidden";

/** Props of {@link SkeletonRows}. */
export interface SkeletonRowsProps {
  /** The table's columns: each cell's `data-column`, so the list's CSS shapes it as the real cells. */
  columns: readonly string[];
  /** The cells' `data-slot`, so they take the width and narrow layout of the real cells. */
  cellSlot?: string;
}

const ROWS = [0, 1, 2, 3, 4];

/**
 * Placeholder rows while a list's first page loads, in the list's real table under its real header
 * (UserTable; ListTable for the others): a grey bar per column, so the page has its shape, and the
 * columns their final widths, before the data. The bars are empty; the first cell holds a visually
 * hidden "Loading…" status for screen readers. Pulses only when the person has not asked for
 * reduced motion (styles.css). The table marks itself `aria-busy`.
 *
 * Slots: `skeleton-row`, `skeleton` (a bar), `loading` (the status).
 */
export function SkeletonRows({ columns, cellSlot }: SkeletonRowsProps) {
  const { messages } = useI18n();
  return ROWS.map((row) => (
    <tr key={row} data-slot="skeleton-row">
      {columns.map((column, index) => (
        <td key={column} data-slot={cellSlot} data-column={column}>
          {row + index === 0 && (
            <span data-slot="loading" role="status" style={visuallyHidden}>
              {messages.common.loading}
            </span>
          )}
          <span data-slot="skeleton" />
        </td>
      ))}
    </tr>
  ));
}
