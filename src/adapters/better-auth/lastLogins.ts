import type { User } from "../../core/types";
import type { BetterAuthContextLike, BetterAuthDatabaseReader, BetterAuthInstance } from "./betterAuthApi";
import { isoOf } from "./records";

/** Fills in `lastLoginAt` for a page of users: one read of their sessions, whatever the page's size. */
export type WithLastLogins = (users: readonly User[]) => Promise<User[]>;

/** Session rows read per query; a page of users rarely needs more than one. */
const MIN_SESSION_BATCH = 1000;

type FindMany = Parameters<BetterAuthDatabaseReader["findMany"]>[0];

interface SessionRow {
  userId: string;
  createdAt: Date | string | number;
}

/**
 * R4: a person's last sign-in is the creation time of their newest session. Better Auth has no
 * public endpoint that tells when another person signed in, so the adapter reads the `session` model
 * through the database adapter Better Auth gives its plugins (`(await auth.$context).adapter`),
 * READ ONLY (`findMany`, never a write): one query per page of users (`userId in …`, newest first,
 * only `userId` and `createdAt`), another only when those users hold more sessions than one query
 * reads.
 *
 * `null` for someone with no stored session (never signed in, or signed out of every session: Better
 * Auth deletes a session at sign-out and at expiry). Also `null` for everyone when Better Auth keeps
 * sessions in `secondaryStorage` only (without `session.storeSessionInDatabase`), or when the
 * instance has no `$context`.
 */
export function lastLoginReader(
  auth: BetterAuthInstance,
  call: <T>(run: () => Promise<T>) => Promise<T>,
): WithLastLogins {
  let reader: Promise<BetterAuthDatabaseReader | undefined> | undefined;
  const open = async (): Promise<BetterAuthDatabaseReader | undefined> => {
    const context = (auth.$context ? await auth.$context : undefined) as BetterAuthContextLike | undefined;
    const adapter = context?.adapter;
    const findMany = adapter?.findMany;
    if (typeof findMany !== "function") return undefined;
    const options = context?.options;
    if (options?.secondaryStorage && options.session?.storeSessionInDatabase !== true) return undefined;
    // Only `findMany` is kept: nothing else of Better Auth's database adapter is reachable from here.
    return { findMany: <T>(data: FindMany) => findMany.call(adapter, data) as Promise<T[]> };
  };

  return async (users) => {
    if (users.length === 0) return [];
    reader ??= open();
    const database = await reader;
    if (!database) return users.map((user) => ({ ...user, lastLoginAt: null }));
    const ids = [...new Set(users.map((user) => user.id))];
    const batch = Math.max(MIN_SESSION_BATCH, ids.length * 4);
    const latest = new Map<string, string>();
    for (let offset = 0; ; offset += batch) {
      const rows = await call(() =>
        database.findMany<SessionRow>({
          model: "session",
          where: [{ field: "userId", operator: "in", value: ids }],
          select: ["userId", "createdAt"],
          sortBy: { field: "createdAt", direction: "desc" },
          limit: batch,
          offset,
        }),
      );
      // Newest first: the first row seen for a person is their last sign-in.
      for (const row of rows) if (!latest.has(row.userId)) latest.set(row.userId, isoOf(row.createdAt));
      if (rows.length < batch || latest.size === ids.length) break;
    }
    return users.map((user) => ({ ...user, lastLoginAt: latest.get(user.id) ?? null }));
  };
}
