import { useMemo, useState } from "react";

/** Page and page size of a smaller list (invitations, external users), with their setters. */
export interface PageState {
  page: number;
  pageSize: number;
  setPage(page: number): void;
  /** Goes back to page 1. */
  setPageSize(pageSize: number): void;
}

/** Internal: page state for a list without search or filters; 50 rows a page unless told. */
export function usePageState({ page = 1, pageSize = 50 }: { page?: number; pageSize?: number }): PageState {
  const [state, setState] = useState({ page, pageSize });
  const setters = useMemo(
    () => ({
      setPage: (page: number) => setState((s) => ({ ...s, page: Math.max(1, Math.floor(page)) })),
      setPageSize: (pageSize: number) => setState({ page: 1, pageSize }),
    }),
    [],
  );
  return { ...state, ...setters };
}
