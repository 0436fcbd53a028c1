import type { UsersListStateControls } from "../../hooks";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "../ui/Button";

const PAGE_SIZES = [10, 25, 50, 100];

/** Props of {@link UserTablePagination}. */
export interface UserTablePaginationProps {
  list: Pick<UsersListStateControls, "page" | "setPage" | "pageSize" | "setPageSize">;
  total: number;
  pageCount: number;
}

/** R1: rows per page, "26–50 of 100,000", previous and next; the adapter returns only the page shown. */
export function UserTablePagination({ list, total, pageCount }: UserTablePaginationProps) {
  const { messages, format } = useI18n();
  const m = messages.userTable;
  const { page, pageSize } = list;
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const sizes = PAGE_SIZES.includes(pageSize) ? PAGE_SIZES : [...PAGE_SIZES, pageSize].sort((a, b) => a - b);
  return (
    <div data-slot="user-table-pagination">
      <label data-slot="user-table-filter">
        <span>{m.pageSize}</span>
        <select value={pageSize} onChange={(event) => list.setPageSize(Number(event.target.value))}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {format.number(size)}
            </option>
          ))}
        </select>
      </label>
      <span data-slot="user-table-range">
        {m.range(format.number(first), format.number(last), format.number(total))}
      </span>
      <PageButton to={page - 1} list={list} pageCount={pageCount} label={m.previousPage} />
      <PageButton to={page + 1} list={list} pageCount={pageCount} label={m.nextPage} />
    </div>
  );
}

/**
 * `aria-disabled` rather than `disabled` at either end, so a keyboard user who pages to the end
 * keeps focus on the button instead of losing it to the page.
 */
function PageButton({
  to,
  list,
  pageCount,
  label,
}: Pick<UserTablePaginationProps, "list" | "pageCount"> & { to: number; label: string }) {
  const outside = to < 1 || to > pageCount;
  return (
    <Button aria-disabled={outside || undefined} onClick={() => outside || list.setPage(to)}>
      {label}
    </Button>
  );
}
