import { vi } from "vitest";
import { isUserManagementError, type User, type UserManagementError } from "../../../src/core";

/** What the REST adapter tests share: a user as a server sends it, a recording fetch, and a failure reader. */

export const user: User = {
  id: "user-1",
  email: "cleo.carter@example.com",
  firstName: "Cleo",
  lastName: "Carter",
  roleId: "user",
  permissions: [],
  status: "active",
  twoFactorEnabled: false,
  lastLoginAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  version: 2,
};

/** A fetch that records every request and answers with `respond`. */
export function fakeFetch(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const mock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return respond(request);
  });
  return { fetch: mock as unknown as typeof globalThis.fetch, requests, mock };
}

/** The UserManagementError `call` rejects with; fails the test when it resolves or throws anything else. */
export async function failure(call: Promise<unknown>): Promise<UserManagementError> {
  const thrown = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isUserManagementError(thrown)) throw new Error(`Expected a UserManagementError, got ${String(thrown)}`);
  return thrown;
}
