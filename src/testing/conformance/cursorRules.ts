import { describe, expect } from "vitest";
import type { ListUsersResult, UserManagementAdapter, UserSort, UserSortField } from "../../adapter/contract";
import { ConformanceSkip } from "./conformanceSkip";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectFailure } from "./expectations";
import { ADMIN } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

const FIELDS: readonly UserSortField[] = ["name", "email", "lastLoginAt", "createdAt", "role", "status"];
/** Pages of two: the six users of the fixture make three pages, so a middle page has both cursors. */
const PAGE_SIZE = 2;
/** More pages than the fixture can fill: a cursor that never ends is a failure, not a hang. */
const MAX_PAGES = 20;

const ids = (result: ListUsersResult) => result.users.map((user) => user.id);

/** The first page, or a skip when the adapter gives no cursor for this sort (it pages by offset). */
async function firstPage(admin: UserManagementAdapter, sort: UserSort): Promise<ListUsersResult> {
  const first = await admin.listUsers({ page: 1, pageSize: PAGE_SIZE, sort });
  if (first.total <= PAGE_SIZE) throw new ConformanceSkip("the fixture as loaded fills one page only");
  if (first.nextCursor === undefined) {
    throw new ConformanceSkip(
      `the adapter gives no nextCursor sorted by ${sort.field} ${sort.direction}: it pages by offset only (optional)`,
    );
  }
  return first;
}

/**
 * How many pages the list fills: from its total, or, when the adapter flags the total a lower bound
 * (R1), by reading pages by number until one is short.
 */
async function pagesOf(admin: UserManagementAdapter, sort: UserSort, first: ListUsersResult): Promise<number> {
  if (!first.totalIsLowerBound) return Math.ceil(first.total / PAGE_SIZE);
  for (let page = 2; page < MAX_PAGES; page++) {
    const { users } = await admin.listUsers({ page, pageSize: PAGE_SIZE, sort });
    if (users.length < PAGE_SIZE) return users.length === 0 ? page - 1 : page;
  }
  throw new Error(`Paging by number sorted by ${sort.field} ${sort.direction} goes on past ${MAX_PAGES} pages.`);
}

/** R1: keyset paging, where an adapter offers it, reads the very pages that paging by number does. */
export function describeCursorRules(suite: ConformanceSuite): void {
  describe("user list by cursor", () => {
    const { subject, check } = useConformanceSubject(suite);

    for (const field of FIELDS) {
      for (const direction of ["asc", "desc"] as const) {
        check(
          `R1: paging by cursor sorted by ${field} ${direction} visits the rows paging by offset does`,
          async () => {
            const admin = subject.as(ADMIN);
            const sort = { field, direction };
            const first = await firstPage(admin, sort);
            expect(first.prevCursor, "the first page has no previous one").toBeUndefined();
            const pageCount = await pagesOf(admin, sort, first);
            const byOffset: string[][] = [];
            for (let page = 1; page <= pageCount; page++) {
              byOffset.push(ids(await admin.listUsers({ page, pageSize: PAGE_SIZE, sort })));
            }

            const forward = [first];
            for (let result = first; result.nextCursor !== undefined; ) {
              expect(forward.length, "nextCursor keeps coming past the last page").toBeLessThan(MAX_PAGES);
              const page = forward.length + 1;
              result = await admin.listUsers({ page, pageSize: PAGE_SIZE, sort, after: result.nextCursor });
              // A total the adapter flags as a lower bound may grow as the pages go on (R1).
              if (!first.totalIsLowerBound) expect(result.total).toBe(first.total);
              forward.push(result);
            }
            expect(forward.map(ids)).toEqual(byOffset);

            const last = forward[forward.length - 1] as ListUsersResult;
            const backward = [last];
            for (let result = last; result.prevCursor !== undefined; ) {
              expect(backward.length, "prevCursor keeps coming past the first page").toBeLessThan(MAX_PAGES);
              const page = pageCount - backward.length;
              result = await admin.listUsers({ page, pageSize: PAGE_SIZE, sort, before: result.prevCursor });
              backward.unshift(result);
            }
            expect(backward.map(ids)).toEqual(byOffset);
          },
        );
      }
    }

    check("R1, R31: a cursor that is not one of the list's is refused with validation", async () => {
      const admin = subject.as(ADMIN);
      const first = await firstPage(admin, { field: "name", direction: "asc" });
      await expectFailure(admin.listUsers({ page: 2, pageSize: PAGE_SIZE, after: "bm90LWEtY3Vyc29y" }), "validation");
      // A cursor of another sort places nothing: refused too, not read as a wrong key.
      const byEmail = { field: "email", direction: "asc" } as const;
      await expectFailure(
        admin.listUsers({ page: 2, pageSize: PAGE_SIZE, sort: byEmail, after: first.nextCursor }),
        "validation",
      );
    });
  });
}
