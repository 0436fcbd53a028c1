import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "./Button";

/** Props of {@link Pager}. */
export interface PagerProps {
  /** A list hook's result (useUsers, useInvitations, useExternalUsers) or anything with these three. */
  list: { page: number; pageCount: number; setPage(page: number): void };
  /** Shown before the buttons; defaults to "Page 2 of 5". */
  children?: ReactNode;
}

/**
 * Previous and next page of a list the adapter pages. At either end the button is `aria-disabled`
 * rather than `disabled`, so a keyboard user who pages to the end keeps focus on it.
 */
export function Pager({ list: { page, pageCount, setPage }, children }: PagerProps) {
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
    <div data-slot="pager">
      {children ?? <span>{m.pageOf(page, pageCount)}</span>}
      {button(page - 1, m.previousPage)}
      {button(page + 1, m.nextPage)}
    </div>
  );
}
