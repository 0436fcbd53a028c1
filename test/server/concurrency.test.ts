import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserManagementDataset } from "../../src/adapter";
import { isUserManagementError, type UserManagementErrorCode } from "../../src/core";
import { createConformanceFixture } from "../../src/testing";
import { startFullStack } from "./fullStackHarness";
import { CLIENT_KINDS, DATABASE_TITLES, lazyTestDatabase, PGLITE_START_TIMEOUT } from "./testDatabase";

/*
 * R1, R19, R25 under concurrent requests. On PGlite (one connection) requests take turns anyway; on a
 * PostgreSQL server (DATABASE_URL, a pool of connections) they really overlap, and only the store's
 * row locks and conditional updates keep the rules.
 */

const ROUNDS = 5;

/** Two active administrators (admin-1, admin-2) and a user manager (manager-1) who is neither. */
function twoOwnersAndAManager(): UserManagementDataset {
  const fixture = createConformanceFixture("delegated-manager");
  return {
    ...fixture,
    users: fixture.users.map((user) => (user.id === "admin-2" ? { ...user, status: "active" } : user)),
  };
}

/** Settles every call; returns each one's outcome: "ok" or the error code. */
async function outcomes(calls: Promise<unknown>[]): Promise<string[]> {
  const settled = await Promise.allSettled(calls);
  return settled.map((result) => {
    if (result.status === "fulfilled") return "ok";
    if (isUserManagementError(result.reason)) return result.reason.code;
    throw result.reason;
  });
}

for (const kind of CLIENT_KINDS) {
  describe(`concurrent requests on ${DATABASE_TITLES[kind]}`, () => {
    const database = lazyTestDatabase(kind, "concurrency");
    beforeAll(() => database(), PGLITE_START_TIMEOUT);
    afterAll(async () => (await database()).close());

    it("R19: parallel requests that would each remove an owner leave exactly one active owner", async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const stack = await startFullStack(await database(), twoOwnersAndAManager());
        const [one, two] = [stack.as("admin-1"), stack.as("admin-2")];
        // R27: only owners act on owners, so the two owners race to remove each other.
        const results = await outcomes([
          one.suspendUser({ id: "admin-2" }),
          two.deleteUser({ id: "admin-1" }),
          two.updateUser({ id: "admin-1", version: 1, changes: { roleId: "user" } }),
          one.deleteUser({ id: "admin-2" }),
          two.suspendUser({ id: "admin-1" }),
        ]);
        const allowed: UserManagementErrorCode[] = [
          "last_owner",
          "conflict",
          "not_found",
          "access_revoked",
          "access_suspended",
          // R10, R27: a caller whose owner role the other took away first is no longer an owner.
          "forbidden",
        ];
        for (const result of results) expect(["ok", ...allowed]).toContain(result);
        const owners = await stack.as("manager-1").listUsers({
          page: 1,
          pageSize: 50,
          roleIds: ["administrator"],
          statuses: ["active"],
        });
        expect(owners.total, `round ${round}: ${results.join(", ")}`).toBe(1);
      }
    });

    it("R19: two administrators deleting each other at once leave exactly one", async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const stack = await startFullStack(await database(), createConformanceFixture());
        const results = await outcomes([
          stack.as("admin-1").deleteUser({ id: "admin-2" }),
          stack.as("admin-2").deleteUser({ id: "admin-1" }),
        ]);
        expect(results.filter((result) => result === "ok")).toHaveLength(1);
        for (const result of results) expect(["ok", "last_owner", "access_revoked"]).toContain(result);
        const survivor = results[0] === "ok" ? "admin-1" : "admin-2";
        const { users } = await stack.as(survivor).listUsers({ page: 1, pageSize: 50, roleIds: ["administrator"] });
        expect(users.map((user) => user.id)).toEqual([survivor]);
      }
    });

    it("R25: two updates from the same version: one succeeds, the other is a conflict", async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const stack = await startFullStack(await database(), createConformanceFixture());
        const names = ["Cleona", "Cleopatra"];
        const results = await outcomes([
          stack.as("admin-1").updateUser({ id: "user-1", version: 1, changes: { firstName: names[0] } }),
          stack.as("admin-2").updateUser({ id: "user-1", version: 1, changes: { firstName: names[1] } }),
        ]);
        expect([...results].sort()).toEqual(["conflict", "ok"]);
        const { user } = await stack.as("admin-1").getUser({ id: "user-1" });
        expect(user).toMatchObject({ firstName: names[results.indexOf("ok")], version: 2 });
      }
    });

    it("R1: two invitations for the last seat: one is sent, the other meets the seat limit", async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const fixture = createConformanceFixture();
        // Seven seats used (six members, one pending invitation): one left.
        fixture.account.plan = { ...fixture.account.plan, seatLimit: 8 };
        const stack = await startFullStack(await database(), fixture);
        const [first, second] = await Promise.all([
          stack.as("admin-1").inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" }),
          stack.as("admin-2").inviteUsers({ invitees: [{ email: "lee.lane@example.com" }], roleId: "user" }),
        ]);
        const sent = [first, second].map((result) => result.results[0]?.outcome).sort();
        expect(sent).toEqual(["seat_limit", "sent"]);
      }
    });
  });
}
