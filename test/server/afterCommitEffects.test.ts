import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createRestAdapter } from "../../src/adapters/rest";
import { createManualClock } from "../../src/core";
import type { Invitation } from "../../src/core/types";
import {
  createPostgresStore,
  createUserManagementHandler,
  loadDataset,
  type UserManagementHandlerOptions,
  type UserManagementStore,
} from "../../src/server";
import { CONFORMANCE_CLOCK_START, createConformanceFixture } from "../../src/testing";
import { BASE_PATH, inProcessFetch, TEST_PASSWORD_ITERATIONS, VIEWER_HEADER } from "./fullStackHarness";
import { lazyTestDatabase, PGLITE_START_TIMEOUT } from "./testDatabase";

/*
 * R30: what runs after a commit (the invitation mail, ending a removed user's sessions) never turns
 * a committed change into a failure, is attempted for every item, and never runs for a rolled-back
 * change. R31: password hashing, slow by design, never runs inside a transaction.
 */

const database = lazyTestDatabase("pglite", "effects");
beforeAll(() => database(), PGLITE_START_TIMEOUT);
afterAll(async () => (await database()).close());
afterEach(() => {
  vi.restoreAllMocks();
});

type Callbacks = Pick<UserManagementHandlerOptions, "sendInvitation" | "onAccessRevoked" | "onError">;

/** A handler over the fixture with these callbacks, and the REST adapter as `viewerId` sees it. */
async function backend(
  callbacks: Callbacks,
  wrapStore: (store: UserManagementStore) => UserManagementStore = (s) => s,
) {
  const db = await database();
  await loadDataset(db.client, createConformanceFixture(), {
    schema: db.schema,
    passwordIterations: TEST_PASSWORD_ITERATIONS,
  });
  const handler = createUserManagementHandler({
    store: wrapStore(createPostgresStore({ client: db.client, schema: db.schema })),
    getViewer: (request) => request.headers.get(VIEWER_HEADER),
    clock: createManualClock(CONFORMANCE_CLOCK_START),
    basePath: BASE_PATH,
    passwordIterations: TEST_PASSWORD_ITERATIONS,
    publicOrigin: "https://app.example.com",
    ...callbacks,
  });
  const as = (viewerId: string) =>
    createRestAdapter({
      baseUrl: `http://backend.test${BASE_PATH}`,
      fetch: inProcessFetch(handler),
      headers: { [VIEWER_HEADER]: viewerId },
    });
  return { as, admin: as("admin-1") };
}

describe("after a commit (R30)", () => {
  it("R30: a failing invitation mail leaves the invitation stored, says which was not emailed, and tries every mail", async () => {
    const attempted: string[] = [];
    const errors: unknown[] = [];
    const { admin } = await backend({
      sendInvitation: (invitation: Invitation) => {
        attempted.push(invitation.email);
        if (invitation.email.startsWith("two")) throw new Error("smtp down");
      },
      onAccessRevoked: () => {},
      onError: (error) => errors.push(error),
    });
    const { results } = await admin.inviteUsers({
      invitees: [{ email: "one@example.com" }, { email: "two@example.com" }, { email: "three@example.com" }],
      roleId: "user",
    });
    expect(results.map((result) => [result.email, result.outcome, result.emailSent])).toEqual([
      ["one@example.com", "sent", true],
      ["two@example.com", "sent", false],
      ["three@example.com", "sent", true],
    ]);
    expect(attempted).toEqual(["one@example.com", "two@example.com", "three@example.com"]);
    expect(errors).toHaveLength(1);
    const { invitations } = await admin.listInvitations({});
    expect(invitations.map((invitation) => invitation.email)).toEqual(
      expect.arrayContaining(["one@example.com", "two@example.com", "three@example.com"]),
    );
  });

  it("R30: a resend whose mail fails still answers with the new link's invitation and emailSent: false", async () => {
    let down = true;
    const { admin } = await backend({
      sendInvitation: () => {
        if (down) throw new Error("smtp down");
      },
      onAccessRevoked: () => {},
      onError: () => {},
    });
    const failed = await admin.resendInvitation({ id: "invitation-pending" });
    expect(failed).toMatchObject({ invitation: { id: "invitation-pending", status: "pending" }, emailSent: false });
    down = false;
    expect((await admin.resendInvitation({ id: "invitation-pending" })).emailSent).toBe(true);
  });

  it("R30: a failing onAccessRevoked is retried, reported to onError, and the deletion is still answered as done", async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const { admin } = await backend({
      sendInvitation: () => {},
      onAccessRevoked: () => {
        calls++;
        throw new Error("session store down");
      },
      onError: (error) => errors.push(error),
    });
    await expect(admin.deleteUser({ id: "user-2" })).resolves.toBeUndefined();
    expect(calls).toBe(3);
    expect(errors).toHaveLength(1);
    await expect(admin.getUser({ id: "user-2" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("R30: an onAccessRevoked that fails once succeeds on the retry, with nothing reported", async () => {
    const calls: string[] = [];
    const errors: unknown[] = [];
    const { admin } = await backend({
      sendInvitation: () => {},
      onAccessRevoked: (id) => {
        calls.push(id);
        if (calls.length === 1) throw new Error("blip");
      },
      onError: (error) => errors.push(error),
    });
    await admin.suspendUser({ id: "user-2" });
    expect(calls).toEqual(["user-2", "user-2"]);
    expect(errors).toEqual([]);
  });

  it("R30: nothing runs after a change that was refused or rolled back", async () => {
    const revoked: string[] = [];
    const mailed: string[] = [];
    const { as } = await backend({
      sendInvitation: (invitation) => {
        mailed.push(invitation.email);
      },
      onAccessRevoked: (id) => {
        revoked.push(id);
      },
      onError: () => {},
    });
    await expect(as("user-1").deleteUser({ id: "user-2" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(as("admin-1").deleteUser({ id: "admin-1" })).rejects.toMatchObject({ code: "self_action" });
    await expect(
      as("user-1").inviteUsers({ invitees: [{ email: "x@example.com" }], roleId: "user" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(revoked).toEqual([]);
    expect(mailed).toEqual([]);
  });
});

describe("password hashing (R31)", () => {
  it("R16, R17, R31: changing a password hashes outside every transaction, and still re-authenticates", async () => {
    let open = 0;
    const hashedInside: number[] = [];
    const tracking = (store: UserManagementStore): UserManagementStore => ({
      transaction: async (work) => {
        open++;
        try {
          return await store.transaction(work);
        } finally {
          open--;
        }
      },
    });
    const deriveBits = crypto.subtle.deriveBits.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, "deriveBits").mockImplementation((...args: Parameters<typeof deriveBits>) => {
      if (open > 0) hashedInside.push(open);
      return deriveBits(...args);
    });
    const { admin } = await backend(
      { sendInvitation: () => {}, onAccessRevoked: () => {}, onError: () => {} },
      tracking,
    );
    await expect(
      admin.changePassword({ id: "user-2", newPassword: "a brand new password", actorPassword: "wrong password" }),
    ).rejects.toMatchObject({ code: "reauthentication_failed" });
    await admin.changePassword({
      id: "user-2",
      newPassword: "a brand new password",
      actorPassword: "password-admin-1",
    });
    expect(crypto.subtle.deriveBits).toHaveBeenCalled();
    expect(hashedInside).toEqual([]);
  });
});
