import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rolePresets } from "../../src/core";
import { OPERATIONS, type OperationId, operationPath } from "../../src/http/operations";
import { type ConformanceFixtureVariant, createConformanceFixture } from "../../src/testing";
import { BASE_PATH, startFullStack, VIEWER_HEADER } from "./fullStackHarness";
import { lazyTestDatabase, PGLITE_START_TIMEOUT } from "./testDatabase";

/*
 * R5–R9, R16: every operation × every role of every preset, over HTTP: allowed (2xx) or 403 forbidden.
 * The requests are those a client bypassing the UI would send; each one runs on a freshly loaded account.
 */

const database = lazyTestDatabase("pglite", "matrix");
beforeAll(() => database(), PGLITE_START_TIMEOUT);
afterAll(async () => (await database()).close());

interface Preset {
  variant: ConformanceFixtureVariant;
  name: keyof typeof rolePresets;
  /** Role → the fixture's person holding it. */
  viewers: Record<string, string>;
  /** The roles that manage users. */
  managers: readonly string[];
  ownerRole: string;
  standardRole: string;
}

const PRESETS: Preset[] = [
  {
    variant: "standard",
    name: "administrator-user-custom",
    viewers: { administrator: "admin-1", user: "user-1", custom: "custom-1" },
    managers: ["administrator"],
    ownerRole: "administrator",
    standardRole: "user",
  },
  {
    variant: "owner-manager",
    name: "owner-manager",
    viewers: { owner: "admin-1", manager: "user-1" },
    managers: ["owner"],
    ownerRole: "owner",
    standardRole: "manager",
  },
  {
    variant: "account-holder-member",
    name: "account-holder-member",
    viewers: { holder: "admin-1", member: "user-1" },
    managers: ["holder"],
    ownerRole: "holder",
    standardRole: "member",
  },
];

interface Case {
  what: string;
  operation: OperationId;
  /** `anyone`: every active viewer; `managers`: only roles that manage users. */
  allowed: "anyone" | "managers";
  id?: string | ((viewerId: string) => string);
  query?: string;
  body?: (preset: Preset, viewerId: string) => unknown;
  /** Only where the preset has what the case needs. */
  when?: (preset: Preset) => boolean;
}

const own = (viewerId: string) => viewerId;
const passwordOf = (id: string) => `password-${id}`;

const CASES: Case[] = [
  { what: "read the session", operation: "getSession", allowed: "anyone" },
  { what: "read the role model", operation: "getRoleModel", allowed: "anyone" },
  { what: "list users", operation: "listUsers", allowed: "managers", query: "?page=1&pageSize=10" },
  { what: "see their own profile", operation: "getUser", allowed: "anyone", id: own },
  { what: "see another user", operation: "getUser", allowed: "managers", id: "user-2" },
  {
    what: "edit their own profile",
    operation: "updateUser",
    allowed: "anyone",
    id: own,
    body: () => ({ version: 1, changes: { lastName: "Renamed" } }),
  },
  {
    what: "edit another user's profile",
    operation: "updateUser",
    allowed: "managers",
    id: "user-2",
    body: () => ({ version: 1, changes: { lastName: "Renamed" } }),
  },
  {
    what: "change another user's role",
    operation: "updateUser",
    allowed: "managers",
    id: "user-2",
    body: (preset) => ({ version: 1, changes: { roleId: preset.ownerRole } }),
  },
  {
    what: "give themselves the owner role",
    operation: "updateUser",
    allowed: "managers",
    id: own,
    body: (preset) => ({ version: 1, changes: { roleId: preset.ownerRole } }),
  },
  {
    what: "grant permissions to a custom user",
    operation: "updateUser",
    allowed: "managers",
    id: "custom-1",
    body: () => ({ version: 1, changes: { permissions: ["reports.view"] } }),
    when: (preset) => preset.viewers.custom !== undefined,
  },
  { what: "delete another user", operation: "deleteUser", allowed: "managers", id: "user-2" },
  { what: "suspend another user", operation: "suspendUser", allowed: "managers", id: "user-2", body: () => ({}) },
  {
    what: "reactivate a suspended user",
    operation: "reactivateUser",
    allowed: "managers",
    id: "suspended-1",
    body: () => ({}),
  },
  {
    what: "change their own password",
    operation: "changePassword",
    allowed: "anyone",
    id: own,
    body: (_preset, viewerId) => ({ newPassword: "a brand new password", actorPassword: passwordOf(viewerId) }),
  },
  {
    what: "change another user's password",
    operation: "changePassword",
    allowed: "managers",
    id: "user-2",
    body: (_preset, viewerId) => ({ newPassword: "a brand new password", actorPassword: passwordOf(viewerId) }),
  },
  { what: "list invitations", operation: "listInvitations", allowed: "managers" },
  {
    what: "invite users",
    operation: "inviteUsers",
    allowed: "managers",
    body: (preset) => ({ invitees: [{ email: "new.person@example.com" }], roleId: preset.standardRole }),
  },
  { what: "resend an invitation", operation: "resendInvitation", allowed: "managers", id: "invitation-pending" },
  { what: "cancel an invitation", operation: "cancelInvitation", allowed: "managers", id: "invitation-pending" },
  {
    what: "replace an invitation",
    operation: "replaceInvitation",
    allowed: "managers",
    id: "invitation-pending",
    body: (preset) => ({ invitee: { email: "someone.else@example.com" }, roleId: preset.standardRole }),
  },
  {
    what: "accept an invitation (the token is the credential)",
    operation: "acceptInvitation",
    allowed: "anyone",
    body: () => ({ token: "conformance-token-pending", firstName: "Grace", lastName: "Green" }),
  },
  { what: "list external users", operation: "listExternalUsers", allowed: "managers" },
  {
    what: "change an external user's role",
    operation: "updateExternalUser",
    allowed: "managers",
    id: "external-1",
    body: (preset) => ({ version: 1, roleId: preset.standardRole }),
  },
  { what: "remove an external user", operation: "removeExternalUser", allowed: "managers", id: "external-1" },
];

// Each case loads a fresh account: a role's whole row takes a few seconds on a busy machine.
describe("authorisation matrix over HTTP", { timeout: 30_000 }, () => {
  it("covers every operation of the contract", () => {
    expect(new Set(CASES.map((item) => item.operation))).toEqual(new Set(Object.keys(OPERATIONS)));
  });

  for (const preset of PRESETS) {
    it(`R9: covers every role of the ${preset.name} preset`, () => {
      expect(Object.keys(preset.viewers).sort()).toEqual(rolePresets[preset.name].roles.map((role) => role.id).sort());
    });

    for (const [roleId, viewerId] of Object.entries(preset.viewers)) {
      const manages = preset.managers.includes(roleId);
      it(`R5–R8, R16: ${preset.name} / ${roleId}: ${manages ? "allowed everything" : "refused every manager's operation"}`, async () => {
        const db = await database();
        const wrong: string[] = [];
        for (const item of CASES.filter((candidate) => candidate.when?.(preset) ?? true)) {
          const stack = await startFullStack(db, createConformanceFixture(preset.variant));
          const operation = OPERATIONS[item.operation];
          const id = typeof item.id === "function" ? item.id(viewerId) : item.id;
          const body = item.body?.(preset, viewerId);
          const response = await stack.handler(
            new Request(`http://backend.test${BASE_PATH}${operationPath(operation, id)}${item.query ?? ""}`, {
              method: operation.method,
              headers: { [VIEWER_HEADER]: viewerId, "content-type": "application/json" },
              body: body === undefined ? undefined : JSON.stringify(body),
            }),
          );
          const expected = item.allowed === "anyone" || manages ? "allowed" : "forbidden";
          const code = response.ok ? undefined : ((await response.json()) as { error: { code: string } }).error.code;
          const actual = response.ok
            ? "allowed"
            : response.status === 403 && code === "forbidden"
              ? "forbidden"
              : "other";
          if (actual !== expected)
            wrong.push(`${item.what}: expected ${expected}, got ${response.status} ${code ?? ""}`);
        }
        expect(wrong).toEqual([]);
      });
    }
  }
});
