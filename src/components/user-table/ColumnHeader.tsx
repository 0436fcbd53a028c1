import { memo } from "react";
import type { UserSort } from "../../adapter/contract";
import type { UserTableColumn } from "./columns";

/** Props of {@link ColumnHeader}. */
export interface ColumnHeaderProps {
  column: UserTableColumn;
  label: string;
  sort: UserSort | undefined;
  onSort(sort: UserSort): void;
}

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;
const ARROW = { asc: "↑", desc: "↓", none: "↕" } as const;

/**
 * A column header. Every column but 2FA sorts on the server (R1): a button inside the `<th>`, so
 * the header keeps its name for every cell while the button toggles ascending / descending.
 * `aria-sort` sits on the sorted header only; the button's `data-state` is `asc`, `desc` or `none`.
 * Memoised: the table's other changes (its data, a pending request) leave the headers alone.
 */
export const ColumnHeader = /* @__PURE__ */ memo(function ColumnHeader({
  column,
  label,
  sort,
  onSort,
}: ColumnHeaderProps) {
  const direction = sort?.field === column ? sort.direction : undefined;
  return (
    <th scope="col" data-slot="user-table-head" data-column={column} aria-sort={direction && ARIA_SORT[direction]}>
      {column === "twoFactor" ? (
        label
      ) : (
        <button
          type="button"
          data-slot="user-table-sort"
          data-state={direction ?? "none"}
          onClick={() => onSort({ field: column, direction: direction === "asc" ? "desc" : "asc" })}
        >
          {label}
          <span aria-hidden="true">{ARROW[direction ?? "none"]}</span>
        </button>
      )}
    </th>
  );
});
