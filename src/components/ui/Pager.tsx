import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "./Button";

/** Props of {@link Pager}. */
export interface PagerProps {
  /**
   * A list hook's result (useUsers, useInvitations, useExternalUsers) or anything with these.
   * `totalIsLowerBound`: the adapter counted only so far (`ListUsersResult.totalIsLowerBound`), so
   * `pageCount` is a lower bound too: "Page 2 of 400+".
   */
  list: { page: number; pageCount: number; setPage(page: number): void; totalIsLowerBound?: boolean };
  /** Shown before the buttons; defaults to "Page 2 of 5" ("Page 2 of 400+" past the adapter's count). */
  children?: ReactNode;
}

/**
 * Previous and next page of a list the adapter pages. At either end the button is `aria-disabled`
 * rather than `disabled`, so a keyboard user who pages to the end keeps focus on it. There is no
 * jump to the last page: past the adapter's count (`totalIsLowerBound`) the last page is not known,
 * and a lower bound still reaches the next page when there is one, so "Next" stays on until the end.
 *
 * Slots: `pager`. States: `data-total` is `exact`, or `lower-bound` when the page count is one.
 */
export function Pager({ list: { page, pageCount, setPage, totalIsLowerBound }, children }: PagerProps) {
  const m = useI18n().messages.common;
  const button = (to: number, label: string) => {
    const outside = to < 1 || to > pageCount;
    return (
      <Button aria-disabled={outside || undefined} onClick={() => outside || setPage(to)}>
        {label}
      </Button>
    );
  };
  return (
    <div data-slot="pager" data-total={totalIsLowerBound ? "lower-bound" : "exact"}>
      {children ?? <span>{(totalIsLowerBound ? m.pageOfAtLeast : m.pageOf)(page, pageCount)}</span>}
      {button(page - 1, m.previousPage)}
      {button(page + 1, m.nextPage)}
    </div>
  );
}
