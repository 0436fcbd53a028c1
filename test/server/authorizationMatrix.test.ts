import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserManagementDataset } from "../../src/adapter";
import { rolePresets } from "../../src/core";
import type { RoleModel, User } from "../../src/core/types";
import type { ServerErrorCode } from "../../src/http/errorStatus";
import { OPERATIONS, type Operation, type OperationId, operationPath } from "../../src/http/operations";
import { loadDataset } from "../../src/server";
import { type ConformanceFixtureVariant, createConformanceFixture } from "../../src/testing";
import { type DatabaseDump, dumpDatabase, dumpDifferences } from "./databaseDump";
import {
  ACCOUNT_HEADER,
  BASE_PATH,
  type FullStack,
  startFullStack,
  TEST_PASSWORD_ITERATIONS,
  VIEWER_HEADER,
} from "./fullStackHarness";
import { DATABASE_URL, lazyTestDatabase, PGLITE_START_TIMEOUT, type TestDatabase } from "./testDatabase";

/*
 * R5–R10, R16, R27, R29: every operation × every kind of caller, over HTTP — each role of each preset,
 * a delegated (non-owner) manager, a suspended, a revoked and a deleted user, an external user, and no
 * session — plus empty and no-op bodies, missing-versus-forbidden records and R27 escalation attempts.
 * The requests are those a client bypassing the UI would send. An account is loaded once and reused
 * while requests are refused: each refusal is checked to have changed nothing (a dump of every table
 * before and after), and the account is reloaded only after a request that changed it.
 */

// ---------------------------------------------------------------------------------------------------
// The datasets: the fixture's variants, and accounts of our own for callers the fixture lacks.

/** The `delegated-manager` fixture with `reports.view` added to the manager's role, so they hold a grantable permission. */
function delegatedManagerWithReports(): UserManagementDataset {
  const dataset = createConformanceFixture("delegated-manager");
  const roles = dataset.roleModel.roles.map((role) =>
    role.id === "user-manager" ? { ...role, permissions: [...role.permissions, "reports.view"] } : role,
  );
  return { ...dataset, roleModel: { ...dataset.roleModel, roles } };
}

/** The standard fixture with `user-1` revoked: they are still stored, but their access is gone (R10). */
function withRevokedCaller(): UserManagementDataset {
  const dataset = createConformanceFixture("standard");
  const users = dataset.users.map((user): User => (user.id === "user-1" ? { ...user, status: "revoked" } : user));
  return { ...dataset, users };
}

/** The standard fixture without `user-1`: a deleted user whose session still sends their id (R20). */
function withDeletedCaller(): UserManagementDataset {
  const dataset = createConformanceFixture("standard");
  const { "user-1": _deleted, ...passwords } = dataset.passwords;
  return { ...dataset, users: dataset.users.filter((user) => user.id !== "user-1"), passwords };
}

/**
 * R27: a model where a standard role manages users beside an owner-kind one: `owner` (owner kind),
 * `admin` (standard, every permission of the catalog, `users.manage` included) and `member`.
 */
const OWNER_ADMIN_MEMBER: RoleModel = {
  roles: [
    { id: "owner", label: "Owner", description: "Keeps the account.", kind: "owner", permissions: [] },
    {
      id: "admin",
      label: "Admin",
      description: "Everything except the owner's role.",
      kind: "standard",
      permissions: ["users.manage", "reports.view", "billing.manage"],
    },
    { id: "member", label: "Member", description: "Sees reports.", kind: "standard", permissions: ["reports.view"] },
  ],
  permissions: [
    { id: "users.manage", label: "Manage users", description: "Invite, edit and remove users.", group: "Users" },
    { id: "reports.view", label: "View reports", description: "See the reports.", group: "Work" },
    { id: "billing.manage", label: "Manage billing", description: "Pay the invoices.", group: "Billing" },
  ],
  defaultRoleId: "member",
};

/** The fixture's people under {@link OWNER_ADMIN_MEMBER}: two owners (admin-1, user-1), one admin (admin-2). */
function ownerAdminMember(): UserManagementDataset {
  const dataset = createConformanceFixture("standard");
  const roleOf: Record<string, string> = { "admin-1": "owner", "user-1": "owner", "admin-2": "admin" };
  return {
    ...dataset,
    roleModel: OWNER_ADMIN_MEMBER,
    users: dataset.users.map((user) => ({ ...user, roleId: roleOf[user.id] ?? "member", permissions: [] })),
    // The expired invitation is for an owner: resending it gives that role again.
    invitations: dataset.invitations.map((invitation) => ({
      ...invitation,
      roleId: invitation.id === "invitation-expired" ? "owner" : "member",
      permissions: [],
    })),
    externalUsers: dataset.externalUsers.map((external) => ({ ...external, roleId: "member", permissions: [] })),
  };
}

type DatasetName =
  | ConformanceFixtureVariant
  | "delegated-manager-with-reports"
  | "revoked-caller"
  | "deleted-caller"
  | "owner-admin-member";

const DATASETS: Record<DatasetName, () => UserManagementDataset> = {
  standard: () => createConformanceFixture("standard"),
  "plan-without-multi-user": () => createConformanceFixture("plan-without-multi-user"),
  "seat-limit-reached": () => createConformanceFixture("seat-limit-reached"),
  "delegated-manager": () => createConformanceFixture("delegated-manager"),
  "owner-manager": () => createConformanceFixture("owner-manager"),
  "account-holder-member": () => createConformanceFixture("account-holder-member"),
  "delegated-manager-with-reports": delegatedManagerWithReports,
  "revoked-caller": withRevokedCaller,
  "deleted-caller": withDeletedCaller,
  "owner-admin-member": ownerAdminMember,
};

// ---------------------------------------------------------------------------------------------------
// One account, reloaded only when a request changed it.

interface Answer {
  status: number;
  text: string;
  error?: { code?: string; message?: string; current?: unknown; fieldErrors?: unknown };
  json?: Record<string, unknown>;
  /** What the request changed: rows of the dump, mails sent, sessions ended. Empty when nothing. */
  changed: string[];
}

interface Call {
  method: string;
  path: string;
  /** `null`: no session. */
  viewer: string | null;
  body?: unknown;
}

/** Keeps one loaded account per database and says what each request changed. */
class Account {
  private loaded: DatasetName | undefined;
  private stack: FullStack | undefined;
  private snapshot: DatabaseDump | undefined;

  constructor(private readonly database: () => Promise<TestDatabase>) {}

  /** Makes `name` the loaded account, as loaded (reloading it if a request changed it). */
  async use(name: DatasetName): Promise<void> {
    if (this.loaded === name && this.stack) return;
    const db = await this.database();
    this.stack = await startFullStack(db, DATASETS[name]());
    this.snapshot = await dumpDatabase(db);
    this.loaded = name;
  }

  /** Forgets the loaded account: the next `use()` loads afresh (after a test that loaded others). */
  forget(): void {
    this.loaded = undefined;
    this.stack = undefined;
  }

  /** Sends one request to the loaded account; marks the account for reloading if it changed anything. */
  async send(call: Call): Promise<Answer> {
    const { stack, snapshot } = this;
    if (!stack || !snapshot) throw new Error("use() an account first");
    const mails = JSON.stringify([...stack.tokens]);
    const loggedOut = stack.revoked.length;
    const headers = new Headers(call.body === undefined ? {} : { "content-type": "application/json" });
    if (call.viewer !== null) headers.set(VIEWER_HEADER, call.viewer);
    const response = await stack.handler(
      new Request(`http://backend.test${BASE_PATH}${call.path}`, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      }),
    );
    const text = await response.text();
    let json: Record<string, unknown> | undefined;
    try {
      json = text === "" ? undefined : (JSON.parse(text) as Record<string, unknown>);
    } catch {
      json = undefined;
    }
    const changed = dumpDifferences(snapshot, await dumpDatabase(await this.database()));
    if (JSON.stringify([...stack.tokens]) !== mails) changed.push("an invitation was mailed");
    if (stack.revoked.length !== loggedOut) changed.push(`logged out: ${stack.revoked.slice(loggedOut).join(", ")}`);
    if (changed.length > 0) this.stack = undefined;
    const error = response.ok ? undefined : (json?.error as Answer["error"]);
    return { status: response.status, text, error, json, changed };
  }
}

/** `METHOD /path` of an operation, with `{id}` filled in. */
function callOf(operationId: OperationId, id: string | undefined, viewer: string | null, body?: unknown): Call {
  const operation = OPERATIONS[operationId];
  return { method: operation.method, path: operationPath(operation, id), viewer, body };
}

/** Why a refusal is not the expected one, or is not clean (changed something, shows a record). */
function refusalProblems(answer: Answer, status: number, codes: readonly string[]): string[] {
  const problems: string[] = [];
  if (answer.status !== status || !codes.includes(answer.error?.code ?? "")) {
    problems.push(`expected ${status} ${codes.join(" or ")}, got ${answer.status} ${answer.text.slice(0, 200)}`);
  }
  if (answer.error?.current !== undefined) problems.push("the refusal shows the record in `current`");
  if (answer.changed.length > 0) problems.push(`the refusal changed: ${answer.changed.join("; ").slice(0, 400)}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Callers.

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

const STANDARD_PRESET = PRESETS[0] as Preset;

/** Who calls, and what decides their answers. */
interface Caller {
  label: string;
  dataset: DatasetName;
  /** The role model's names for the cases' bodies. */
  preset: Preset;
  /** `null`: no session. */
  viewerId: string | null;
  /** R10, R20: the caller's access as stored. */
  access: "active" | "suspended" | "revoked" | "none";
  manages: boolean;
  /** Holds an owner-kind role: the only one who gives, changes or takes away such a role (R27). */
  ownerKind: boolean;
  external: boolean;
}

const CALLERS: Caller[] = [
  ...PRESETS.flatMap((preset) =>
    Object.entries(preset.viewers).map(
      ([roleId, viewerId]): Caller => ({
        label: `${preset.name} / ${roleId} (${viewerId})`,
        dataset: preset.variant,
        preset,
        viewerId,
        access: "active",
        manages: preset.managers.includes(roleId),
        ownerKind: roleId === preset.ownerRole,
        external: false,
      }),
    ),
  ),
  {
    label: "delegated-manager / user-manager (manager-1), a non-owner role that manages users",
    dataset: "delegated-manager",
    preset: STANDARD_PRESET,
    viewerId: "manager-1",
    access: "active",
    manages: true,
    ownerKind: false,
    external: false,
  },
  {
    label: "an external user (external-1, role user)",
    dataset: "standard",
    preset: STANDARD_PRESET,
    viewerId: "external-1",
    access: "active",
    manages: false,
    ownerKind: false,
    external: true,
  },
  {
    label: "a suspended user (suspended-1)",
    dataset: "standard",
    preset: STANDARD_PRESET,
    viewerId: "suspended-1",
    access: "suspended",
    manages: false,
    ownerKind: false,
    external: false,
  },
  {
    label: "a revoked user (user-1, revoked)",
    dataset: "revoked-caller",
    preset: STANDARD_PRESET,
    viewerId: "user-1",
    access: "revoked",
    manages: false,
    ownerKind: false,
    external: false,
  },
  {
    label: "a deleted user (user-1, no longer stored)",
    dataset: "deleted-caller",
    preset: STANDARD_PRESET,
    viewerId: "user-1",
    access: "revoked",
    manages: false,
    ownerKind: false,
    external: false,
  },
  {
    label: "no session",
    dataset: "standard",
    preset: STANDARD_PRESET,
    viewerId: null,
    access: "none",
    manages: false,
    ownerKind: false,
    external: false,
  },
];

// ---------------------------------------------------------------------------------------------------
// The cases.

interface Case {
  what: string;
  operation: OperationId;
  /** `anyone`: every active viewer (a user acting on themselves); `managers`: only roles that manage users. */
  allowed: "anyone" | "managers";
  id?: string | ((viewerId: string) => string);
  query?: string;
  body?: (preset: Preset, viewerId: string) => unknown;
  /** Only where the preset has what the case needs. */
  when?: (preset: Preset) => boolean;
  /** R27: gives a role or grants above a non-owner manager's ceiling, or touches an owner-kind role. */
  assigns?: true;
  /** R18, R27: the caller changes their own role: refused for everyone (`self_action` to managers). */
  ownRole?: true;
  /** R29: changes nothing; allowed ones must not bump a version, refused ones must not show the record. */
  noop?: true;
  /** R25: the body's version is stale; a manager may be answered with a conflict instead. */
  staleVersion?: true;
}

const own = (viewerId: string) => viewerId;
const passwordOf = (id: string) => `password-${id}`;

const CASES: Case[] = [
  { what: "read the backend's declarations", operation: "getCapabilities", allowed: "anyone" },
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
    what: 'send another user an empty update {"version":0,"changes":{}}',
    operation: "updateUser",
    allowed: "managers",
    id: "user-2",
    body: () => ({ version: 0, changes: {} }),
    noop: true,
    staleVersion: true,
  },
  {
    what: 'send another user an empty update {"version":1,"changes":{}}',
    operation: "updateUser",
    allowed: "managers",
    id: "user-2",
    body: () => ({ version: 1, changes: {} }),
    noop: true,
  },
  {
    what: "send another user's last name unchanged",
    operation: "updateUser",
    allowed: "managers",
    id: "user-2",
    body: () => ({ version: 1, changes: { lastName: "Foster" } }),
    noop: true,
  },
  {
    what: "send another user's role unchanged",
    operation: "updateUser",
    allowed: "managers",
    id: "user-2",
    body: (preset) => ({ version: 1, changes: { roleId: preset.standardRole } }),
    noop: true,
    assigns: true,
  },
  {
    what: "change another user's role to the owner role",
    operation: "updateUser",
    allowed: "managers",
    id: "user-2",
    body: (preset) => ({ version: 1, changes: { roleId: preset.ownerRole } }),
    assigns: true,
  },
  {
    what: "give themselves the owner role",
    operation: "updateUser",
    allowed: "managers",
    id: own,
    body: (preset) => ({ version: 1, changes: { roleId: preset.ownerRole } }),
    ownRole: true,
  },
  {
    what: "grant permissions to a custom user",
    operation: "updateUser",
    allowed: "managers",
    id: "custom-1",
    body: () => ({ version: 1, changes: { permissions: ["reports.view"] } }),
    when: (preset) => preset.viewers.custom !== undefined,
    assigns: true,
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
    assigns: true,
  },
  {
    what: "resend an invitation",
    operation: "resendInvitation",
    allowed: "managers",
    id: "invitation-pending",
    assigns: true,
  },
  { what: "cancel an invitation", operation: "cancelInvitation", allowed: "managers", id: "invitation-pending" },
  {
    what: "replace an invitation",
    operation: "replaceInvitation",
    allowed: "managers",
    id: "invitation-pending",
    body: (preset) => ({ invitee: { email: "someone.else@example.com" }, roleId: preset.standardRole }),
    assigns: true,
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
    assigns: true,
  },
  { what: "remove an external user", operation: "removeExternalUser", allowed: "managers", id: "external-1" },
];

/** One acceptable answer: allowed (2xx), or refused with this status and one of these codes. */
type Expected = "allowed" | { status: number; codes: readonly ServerErrorCode[] };

const refused = (status: number, ...codes: ServerErrorCode[]): Expected => ({ status, codes });
const FORBIDDEN = refused(403, "forbidden");

/** What `caller` must get for `item`: the rules R5–R10, R16, R18, R27, R29 in one place. */
function expectedFor(item: Case, caller: Caller): readonly Expected[] {
  // R15: accepting needs no session; the token is the credential, whoever sends it.
  const operation: Operation = OPERATIONS[item.operation];
  if (operation.anonymous) return ["allowed"];
  // R10, R20: no session, or a session whose access is gone: refused before anything else.
  if (caller.access === "none") return [refused(401, "access_revoked")];
  if (caller.access === "suspended") return [refused(403, "access_suspended")];
  if (caller.access === "revoked") return [refused(403, "access_revoked")];
  // R18, R27: nobody changes their own role.
  if (item.ownRole) return [caller.manages ? refused(403, "self_action") : FORBIDDEN];
  // R8, R16: acting on yourself needs no permission; an external user is not a user of this account.
  if (item.allowed === "anyone") return [caller.external && item.id === own ? FORBIDDEN : "allowed"];
  // R5–R8, R29: everything else needs users.manage, whatever the body.
  if (!caller.manages) return [FORBIDDEN];
  // R27: a non-owner manager gives nothing above what they hold, and never touches an owner-kind role.
  if (item.assigns && !caller.ownerKind) return [FORBIDDEN];
  // R25: a stale version is a conflict to a manager (who may see the record); a no-op is not one either.
  if (item.staleVersion) return ["allowed", refused(409, "conflict")];
  return ["allowed"];
}

const describeExpected = (expected: readonly Expected[]) =>
  expected.map((one) => (one === "allowed" ? "allowed" : `${one.status} ${one.codes.join("/")}`)).join(" or ");

/** What is wrong with the answer to `item`; empty when it is right. */
function caseProblems(item: Case, caller: Caller, answer: Answer): string[] {
  const expected = expectedFor(item, caller);
  const allowedOk = answer.status >= 200 && answer.status < 300;
  const matches = expected.find((one) =>
    one === "allowed"
      ? allowedOk
      : one.status === answer.status && one.codes.includes(answer.error?.code as ServerErrorCode),
  );
  if (!matches) {
    return [
      `${item.what}: expected ${describeExpected(expected)}, got ${answer.status} ${answer.error?.code ?? ""} ${
        answer.error?.message ?? ""
      }`.trim(),
    ];
  }
  const problems: string[] = [];
  if (matches === "allowed") {
    // R29: a no-op changes nothing, its version included.
    if (item.noop && answer.changed.length > 0) problems.push(`${item.what}: the no-op changed ${answer.changed}`);
    const version = (answer.json?.user as { version?: unknown } | undefined)?.version;
    if (item.noop && version !== 1) problems.push(`${item.what}: the no-op answered version ${String(version)}`);
    return problems;
  }
  // R29: `current` only on a conflict, to a caller who may view the record; a refusal changes nothing.
  if (answer.error?.current !== undefined && answer.error.code !== "conflict") {
    problems.push(`${item.what}: the refusal shows the record in \`current\``);
  }
  if (answer.changed.length > 0) problems.push(`${item.what}: the refusal changed ${answer.changed.join("; ")}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// R29: a non-manager learns nothing from an id: the same answer for a missing record and a forbidden one.

interface ProbedOperation {
  operation: OperationId;
  existing: string;
  body?: unknown;
}

const PROBED: ProbedOperation[] = [
  { operation: "getUser", existing: "user-2" },
  { operation: "updateUser", existing: "user-2", body: { version: 1, changes: { lastName: "Renamed" } } },
  { operation: "updateUser", existing: "user-2", body: { version: 0, changes: {} } },
  { operation: "deleteUser", existing: "user-2" },
  { operation: "suspendUser", existing: "user-2", body: { version: 1 } },
  { operation: "reactivateUser", existing: "suspended-1", body: { version: 1 } },
  {
    operation: "changePassword",
    existing: "user-2",
    body: { newPassword: "a brand new password", actorPassword: "password-user-1" },
  },
  { operation: "resendInvitation", existing: "invitation-pending" },
  { operation: "cancelInvitation", existing: "invitation-pending" },
  {
    operation: "replaceInvitation",
    existing: "invitation-pending",
    body: { invitee: { email: "someone.else@example.com" }, roleId: "custom" },
  },
  { operation: "updateExternalUser", existing: "external-2", body: { version: 1, roleId: "custom" } },
  { operation: "removeExternalUser", existing: "external-2" },
];

const NON_MANAGERS = CALLERS.filter((caller) => caller.access === "active" && !caller.manages);

// ---------------------------------------------------------------------------------------------------
// R28: another account's ids answer as missing ones.

/** The account loaded beside the caller's, in the same tables. */
const OTHER_ACCOUNT = "other-account";

/**
 * `dataset` as another account: the probed records get ids of their own (`other-user-2`…), found in
 * that account alone; everything else (ids, emails) is the same in both accounts.
 */
function otherAccount(dataset: UserManagementDataset): UserManagementDataset {
  const probed = new Set(PROBED.map((probe) => probe.existing));
  const rename = <T extends { id: string }>(record: T): T =>
    probed.has(record.id) ? { ...record, id: `other-${record.id}` } : record;
  return {
    ...dataset,
    users: dataset.users.map(rename),
    invitations: dataset.invitations.map(rename),
    externalUsers: dataset.externalUsers.map(rename),
    passwords: Object.fromEntries(
      Object.entries(dataset.passwords).map(([id, password]) => [probed.has(id) ? `other-${id}` : id, password]),
    ),
  };
}

/** One request as `viewerId` of `accountId` (no session when `viewerId` is null); the answer's status and body. */
async function sendInAccount(stack: FullStack, accountId: string, call: Call): Promise<string> {
  const headers = new Headers(call.body === undefined ? {} : { "content-type": "application/json" });
  if (call.viewer !== null) {
    headers.set(VIEWER_HEADER, call.viewer);
    headers.set(ACCOUNT_HEADER, accountId);
  }
  const response = await stack.handler(
    new Request(`http://backend.test${BASE_PATH}${call.path}`, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    }),
  );
  return `${response.status} ${await response.text()}`;
}

// ---------------------------------------------------------------------------------------------------
// R27 escalation attempts, each on its own account.

interface Attempt {
  name: string;
  dataset: DatasetName;
  viewer: string;
  operation: OperationId;
  id?: string;
  body?: unknown;
  /** `allowed`: a 2xx; otherwise the refusal. */
  expected: Expected;
}

const ESCALATIONS: Attempt[] = [
  // Self-promotion and changing one's own role or grants.
  {
    name: "R27, R18: a delegated manager sets their own role to administrator → refused, self_action",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateUser",
    id: "manager-1",
    body: { version: 1, changes: { roleId: "administrator" } },
    expected: refused(403, "self_action", "forbidden"),
  },
  {
    name: "R27, R29: a delegated manager sends their own role unchanged → refused, self_action (decided on the request)",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateUser",
    id: "manager-1",
    body: { version: 1, changes: { roleId: "user-manager" } },
    expected: refused(403, "self_action", "forbidden"),
  },
  {
    name: "R27, R18: an administrator sets their own role to user → 403 self_action",
    dataset: "standard",
    viewer: "admin-1",
    operation: "updateUser",
    id: "admin-1",
    body: { version: 1, changes: { roleId: "user" } },
    expected: refused(403, "self_action"),
  },
  {
    name: "R27, R29: an administrator sends their own role unchanged → 403 self_action",
    dataset: "standard",
    viewer: "admin-1",
    operation: "updateUser",
    id: "admin-1",
    body: { version: 1, changes: { roleId: "administrator" } },
    expected: refused(403, "self_action"),
  },
  {
    name: "R27: an administrator sets their own permissions → 403 self_action",
    dataset: "standard",
    viewer: "admin-1",
    operation: "updateUser",
    id: "admin-1",
    body: { version: 1, changes: { permissions: [] } },
    expected: refused(403, "self_action"),
  },
  {
    name: "R27, R5: a custom user grants themselves reports.view → 403 forbidden",
    dataset: "standard",
    viewer: "custom-1",
    operation: "updateUser",
    id: "custom-1",
    body: { version: 1, changes: { permissions: ["campaigns.create", "reports.view"] } },
    expected: FORBIDDEN,
  },
  {
    name: "R27: a delegated manager gives another user the administrator role → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateUser",
    id: "user-2",
    body: { version: 1, changes: { roleId: "administrator" } },
    expected: FORBIDDEN,
  },
  {
    name: "R27: a delegated manager gives another user the user role, which carries permissions they lack → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateUser",
    id: "custom-1",
    body: { version: 1, changes: { roleId: "user" } },
    expected: FORBIDDEN,
  },
  {
    name: "R27: a delegated manager moves user-2 to custom with no grants (within their ceiling) → 200",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateUser",
    id: "user-2",
    body: { version: 1, changes: { roleId: "custom" } },
    expected: "allowed",
  },
  {
    name: "R27, R19: a delegated manager changes an administrator's role → 403 forbidden (only an owner touches an owner's role)",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateUser",
    id: "admin-1",
    body: { version: 1, changes: { roleId: "custom" } },
    expected: FORBIDDEN,
  },
  // Grants.
  {
    name: "R27, R5: a delegated manager grants custom-1 reports.view, which they lack → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateUser",
    id: "custom-1",
    body: { version: 1, changes: { permissions: ["reports.view"] } },
    expected: FORBIDDEN,
  },
  {
    name: "R27, R5: a delegated manager sets custom-1's grants to none (nothing above their own) → 200",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateUser",
    id: "custom-1",
    body: { version: 1, changes: { permissions: [] } },
    expected: "allowed",
  },
  {
    name: "R27, R5: a delegated manager holding reports.view grants it to custom-1 → 200",
    dataset: "delegated-manager-with-reports",
    viewer: "manager-1",
    operation: "updateUser",
    id: "custom-1",
    body: { version: 1, changes: { permissions: ["reports.view"] } },
    expected: "allowed",
  },
  {
    name: "R27, R5: a delegated manager holding reports.view grants it with campaigns.send, which they lack → 403 forbidden",
    dataset: "delegated-manager-with-reports",
    viewer: "manager-1",
    operation: "updateUser",
    id: "custom-1",
    body: { version: 1, changes: { permissions: ["reports.view", "campaigns.send"] } },
    expected: FORBIDDEN,
  },
  {
    name: "R27, R22: a delegated manager grants external-2 permissions they lack → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateExternalUser",
    id: "external-2",
    body: { version: 1, roleId: "custom", permissions: ["reports.view", "billing.manage"] },
    expected: FORBIDDEN,
  },
  {
    name: "R27, R22: a delegated manager gives external-1 the administrator role → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "updateExternalUser",
    id: "external-1",
    body: { version: 1, roleId: "administrator" },
    expected: FORBIDDEN,
  },
  // Inviting above one's ceiling.
  {
    name: "R27, R11: a delegated manager invites as administrator → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "inviteUsers",
    body: { invitees: [{ email: "second.address@example.com" }], roleId: "administrator" },
    expected: FORBIDDEN,
  },
  {
    name: "R27, R11: a delegated manager invites as user, which carries permissions they lack → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "inviteUsers",
    body: { invitees: [{ email: "second.address@example.com" }], roleId: "user" },
    expected: FORBIDDEN,
  },
  {
    name: "R27, R11: a delegated manager invites as custom with reports.view, which they lack → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "inviteUsers",
    body: { invitees: [{ email: "second.address@example.com" }], roleId: "custom", permissions: ["reports.view"] },
    expected: FORBIDDEN,
  },
  {
    name: "R27, R11: a delegated manager invites as custom with no grants → 200",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "inviteUsers",
    body: { invitees: [{ email: "second.address@example.com" }], roleId: "custom" },
    expected: "allowed",
  },
  {
    name: "R27, R14: a delegated manager replaces an invitation with one as administrator → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "replaceInvitation",
    id: "invitation-pending",
    body: { invitee: { email: "second.address@example.com" }, roleId: "administrator" },
    expected: FORBIDDEN,
  },
  {
    name: "R27, R13: a delegated manager resends the expired invitation whose grants they lack → 403 forbidden",
    dataset: "delegated-manager",
    viewer: "manager-1",
    operation: "resendInvitation",
    id: "invitation-expired",
    expected: FORBIDDEN,
  },
  // Owner-kind roles: only an owner gives, changes or takes them away (owner / admin / member model).
  ...ownerOnlyAttempts(),
];

/** Each owner-only action by `admin-2` (admin: standard, with users.manage) → 403, and by `admin-1` (owner) → 200. */
function ownerOnlyAttempts(): Attempt[] {
  const actions: readonly [what: string, operation: OperationId, id: string | undefined, body: unknown][] = [
    ["gives user-2 the owner role", "updateUser", "user-2", { version: 1, changes: { roleId: "owner" } }],
    [
      "changes user-1's role from owner to member",
      "updateUser",
      "user-1",
      { version: 1, changes: { roleId: "member" } },
    ],
    ["invites as owner", "inviteUsers", undefined, { invitees: [{ email: "new.owner@example.com" }], roleId: "owner" }],
    [
      "replaces an invitation with one as owner",
      "replaceInvitation",
      "invitation-pending",
      { invitee: { email: "new.owner@example.com" }, roleId: "owner" },
    ],
    ["resends the expired invitation as owner", "resendInvitation", "invitation-expired", undefined],
  ];
  return actions.flatMap(([what, operation, id, body]): Attempt[] => [
    {
      name: `R27: an admin (users.manage, not an owner) ${what} → 403 forbidden`,
      dataset: "owner-admin-member",
      viewer: "admin-2",
      operation,
      id,
      body,
      expected: FORBIDDEN,
    },
    {
      name: `R27: an owner ${what} → 200`,
      dataset: "owner-admin-member",
      viewer: "admin-1",
      operation,
      id,
      body,
      expected: "allowed",
    },
  ]);
}

const OWN_CEILING: Attempt[] = [
  {
    name: "R27: an admin gives user-2 the admin role (every permission they hold) → 200",
    dataset: "owner-admin-member",
    viewer: "admin-2",
    operation: "updateUser",
    id: "user-2",
    body: { version: 1, changes: { roleId: "admin" } },
    expected: "allowed",
  },
  {
    name: "R27: an admin invites as member → 200",
    dataset: "owner-admin-member",
    viewer: "admin-2",
    operation: "inviteUsers",
    body: { invitees: [{ email: "new.member@example.com" }], roleId: "member" },
    expected: "allowed",
  },
  {
    name: "R27: an admin changes an owner's role to owner (no change, still an owner's role) → 403 forbidden",
    dataset: "owner-admin-member",
    viewer: "admin-2",
    operation: "updateUser",
    id: "user-1",
    body: { version: 1, changes: { roleId: "owner" } },
    expected: FORBIDDEN,
  },
];

// ---------------------------------------------------------------------------------------------------

function describeMatrix(kind: "pglite" | "postgres") {
  // A schema of this process's own on PostgreSQL: another run of this file (another engineer, CI) may share the server.
  const database = lazyTestDatabase(kind, `authorization_matrix_${process.pid}`);
  const account = new Account(database);
  beforeAll(() => database(), PGLITE_START_TIMEOUT);
  afterAll(async () => (await database()).close());

  it("covers every operation of the contract", () => {
    expect(new Set(CASES.map((item) => item.operation))).toEqual(new Set(Object.keys(OPERATIONS)));
  });

  for (const preset of PRESETS) {
    it(`R9: covers every role of the ${preset.name} preset`, () => {
      expect(Object.keys(preset.viewers).sort()).toEqual(rolePresets[preset.name].roles.map((role) => role.id).sort());
    });
  }

  // R5–R10, R16, R27, R29: every case for every kind of caller.
  for (const caller of CALLERS) {
    const rules =
      caller.access === "active"
        ? caller.ownerKind || !caller.manages
          ? "R5–R8, R16, R27, R29"
          : "R5–R8, R16, R27 (non-owner manager), R29"
        : "R10, R20";
    it(`${rules}: ${caller.label}`, async () => {
      const wrong: string[] = [];
      for (const item of CASES.filter((candidate) => candidate.when?.(caller.preset) ?? true)) {
        await account.use(caller.dataset);
        const ownId = caller.viewerId ?? "user-1";
        const id = typeof item.id === "function" ? item.id(ownId) : item.id;
        const call = callOf(item.operation, id, caller.viewerId, item.body?.(caller.preset, ownId));
        const answer = await account.send({ ...call, path: `${call.path}${item.query ?? ""}` });
        wrong.push(...caseProblems(item, caller, answer));
      }
      expect(wrong).toEqual([]);
    });
  }

  // R29: the same refusal for a missing id as for an existing one, to everyone who may not act on others.
  for (const caller of NON_MANAGERS) {
    it(`R29: ${caller.label} gets the same refusal for a missing id as for an existing one`, async () => {
      const wrong: string[] = [];
      for (const probe of PROBED) {
        await account.use(caller.dataset);
        const answers: Answer[] = [];
        for (const id of [probe.existing, `missing-${probe.existing}`]) {
          const answer = await account.send(callOf(probe.operation, id, caller.viewerId, probe.body));
          wrong.push(
            ...refusalProblems(answer, 403, ["forbidden"]).map((problem) => `${probe.operation} ${id}: ${problem}`),
          );
          answers.push(answer);
          await account.use(caller.dataset);
        }
        const [existing, missing] = answers.map((answer) => JSON.stringify([answer.status, answer.error]));
        if (existing !== missing) {
          wrong.push(`${probe.operation}: existing ${existing} differs from missing ${missing}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  // R28: for every kind of caller, an id that only another account holds answers exactly as an id no
  // account holds, on every operation that takes an id, and changes nothing in either account.
  for (const caller of CALLERS) {
    it(`R28: ${caller.label} gets, for every id of another account, the answer of a missing id`, async () => {
      const db = await database();
      account.forget();
      const dataset = DATASETS[caller.dataset]();
      const stack = await startFullStack(db, dataset);
      const probe = async () => {
        const answers: string[] = [];
        for (const { operation, existing, body } of PROBED) {
          answers.push(
            await sendInAccount(
              stack,
              dataset.account.id,
              callOf(operation, `other-${existing}`, caller.viewerId, body),
            ),
          );
        }
        return answers;
      };
      const missing = await probe();
      await loadDataset(db.client, otherAccount(DATASETS[caller.dataset]()), {
        schema: db.schema,
        accountId: OTHER_ACCOUNT,
        passwordIterations: TEST_PASSWORD_ITERATIONS,
      });
      const before = await dumpDatabase(db);
      expect(await probe()).toEqual(missing);
      expect(dumpDifferences(before, await dumpDatabase(db))).toEqual([]);
      expect(stack.revoked).toEqual([]);
    });
  }

  // R27: escalation attempts, each named with what is tried.
  for (const attempt of [...ESCALATIONS, ...OWN_CEILING]) {
    it(attempt.name, async () => {
      await account.use(attempt.dataset);
      const answer = await account.send(callOf(attempt.operation, attempt.id, attempt.viewer, attempt.body));
      if (attempt.expected === "allowed") {
        expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(300);
        if (attempt.operation === "inviteUsers") expect(answer.json).toMatchObject({ results: [{ outcome: "sent" }] });
      } else {
        expect(refusalProblems(answer, attempt.expected.status, attempt.expected.codes)).toEqual([]);
      }
    });
  }
}

// Requests reuse one account while they are refused: a row of cases takes a few seconds, not one load each.
describe("authorisation matrix over HTTP on PGlite", () => describeMatrix("pglite"));
describe.skipIf(!DATABASE_URL)("authorisation matrix over HTTP on PostgreSQL", () => describeMatrix("postgres"));
