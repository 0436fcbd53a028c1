import { expect } from "vitest";
import type {
  ListUsersParams,
  ListUsersResult,
  OptionalAdapterMethod,
  UserManagementAdapter,
} from "../../adapter/contract";
import { isUserManagementError, type UserManagementError, type UserManagementErrorCode } from "../../core/errors";
import type { Invitation, User } from "../../core/types";
import { isConformanceSkip } from "./conformanceSkip";
import { ADMIN } from "./fixtureIds";
import type { ConformanceSubject } from "./subject";

/**
 * An optional method of the adapter, bound to it. Tests that call one are skipped when the adapter
 * lacks it, so reaching the throw means the capability check and the test disagree.
 */
export function method<K extends OptionalAdapterMethod>(
  adapter: UserManagementAdapter,
  name: K,
): NonNullable<UserManagementAdapter[K]> {
  const implementation = adapter[name];
  if (typeof implementation !== "function") {
    throw new Error(`The adapter has no ${name}(), yet this test was not skipped.`);
  }
  return implementation.bind(adapter) as NonNullable<UserManagementAdapter[K]>;
}

function describeThrown(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return String(value);
}

/**
 * Awaits a call that must fail with a `UserManagementError` of one of the given codes, and returns
 * the error. The failure messages speak to the adapter's author. A call that could not be made on
 * this backend (a `ConformanceSkip`) is let through, so that the check is skipped, not passed.
 */
export async function expectFailure(
  call: Promise<unknown>,
  expected: UserManagementErrorCode | readonly UserManagementErrorCode[],
): Promise<UserManagementError> {
  const codes: readonly UserManagementErrorCode[] = typeof expected === "string" ? [expected] : expected;
  const wanted = codes.map((code) => `“${code}”`).join(" or ");
  const outcome = await call.then(
    (value) => ({ failed: false as const, value }),
    (error: unknown) => ({ failed: true as const, error }),
  );
  if (!outcome.failed) {
    throw new Error(
      `Expected the call to fail with ${wanted}, but it succeeded with ${JSON.stringify(outcome.value)}.`,
    );
  }
  const { error } = outcome;
  if (isConformanceSkip(error)) throw error;
  if (!isUserManagementError(error)) {
    throw new Error(
      `Expected a UserManagementError with code ${wanted}, but the call threw ${describeThrown(error)}. ` +
        "Adapters throw UserManagementError for every failure.",
    );
  }
  if (!codes.includes(error.code)) {
    throw new Error(`Expected a UserManagementError with code ${wanted}, got “${error.code}” (${error.message}).`);
  }
  return error;
}

/**
 * R1: a user list's `total` is how many users match: exactly, or at least that many when the adapter
 * flags it a lower bound (`totalIsLowerBound`, a backend that counts only so far). A lower bound never
 * exceeds the matches, and still counts the rows up to the page (`params`) when it shows any.
 */
export function expectTotal(
  result: ListUsersResult,
  matching: number,
  params: Pick<ListUsersParams, "page" | "pageSize">,
): void {
  if (!result.totalIsLowerBound) {
    expect(result.total, "total: how many users match").toBe(matching);
    return;
  }
  expect(result.total, "a total flagged as a lower bound is at most how many users match").toBeLessThanOrEqual(
    matching,
  );
  // Past the end a page shows no rows, and its lower bound need not reach it.
  const listed = result.users.length > 0 ? (params.page - 1) * params.pageSize + result.users.length : 0;
  expect(result.total, "a total flagged as a lower bound counts the rows up to the page").toBeGreaterThanOrEqual(
    Math.min(listed, matching),
  );
}

/** Every user matching the filters, in the adapter's order (the fixture fits in one page). */
export async function listAllUsers(
  adapter: UserManagementAdapter,
  filters: Omit<ListUsersParams, "page" | "pageSize"> = {},
): Promise<User[]> {
  const { users } = await adapter.listUsers({ ...filters, page: 1, pageSize: 200 });
  return users;
}

/** Every invitation the backend lists now (the fixture fits in one page). */
export async function listAllInvitations(adapter: UserManagementAdapter): Promise<Invitation[]> {
  const { invitations } = await adapter.listInvitations({ page: 1, pageSize: 200 });
  return invitations;
}

/** One user as a manager sees it now, or `undefined` when it no longer exists. */
export async function findUser(adapter: UserManagementAdapter, id: string): Promise<User | undefined> {
  const users = await listAllUsers(adapter);
  return users.find((user) => user.id === id);
}

/**
 * Everything a manager can see, for "nothing changed" checks after a refused call. Sorted by id so
 * that only data, not order, is compared.
 */
export async function visibleState(adapter: UserManagementAdapter): Promise<unknown> {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  const externalUsers =
    typeof adapter.listExternalUsers === "function"
      ? (await adapter.listExternalUsers({ page: 1, pageSize: 200 })).externalUsers
      : [];
  return {
    users: byId(await listAllUsers(adapter)),
    invitations: byId(await listAllInvitations(adapter)),
    externalUsers: byId(externalUsers),
  };
}

/**
 * Expects `actorId`'s `call` to be refused with one of `codes` and nothing a manager can see to
 * change (R9: called directly, as a client bypassing the UI would). The actor's session is opened
 * first, with a call of their own: a backend that records sign-ins (`lastLoginAt`) records that
 * one before the state is read, and the refused call is what is compared.
 */
export async function expectRefusedUnchanged(
  subject: Pick<ConformanceSubject, "as">,
  actorId: string,
  call: () => Promise<unknown>,
  expected: UserManagementErrorCode | readonly UserManagementErrorCode[],
): Promise<UserManagementError> {
  await subject.as(actorId).getSession({});
  const before = await visibleState(subject.as(ADMIN));
  const error = await expectFailure(call(), expected);
  expect(await visibleState(subject.as(ADMIN))).toEqual(before);
  return error;
}
