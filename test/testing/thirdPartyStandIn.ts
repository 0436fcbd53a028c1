import type { CapabilitiesResult, UserManagementAdapter } from "../../src/adapter";
import type { UserManagementDataset } from "../../src/adapter/dataset";
import { createMemoryAdapter, type MemoryAdapter } from "../../src/adapters/memory";
import { normalizeEmail } from "../../src/core/email";
import { UserManagementError } from "../../src/core/errors";
import type { AdapterHarness, AdapterHarnessFactory, ConformanceOptions } from "../../src/testing";
import { createTestAdapter } from "../../src/testing";
import { viewedAs } from "./memoryViewedAs";

/*
 * A stand-in for a real third-party backend (Better Auth's organization plugin) built on the memory
 * adapter, so that the conformance suite's declarations are proven without a network: it makes its
 * own ids, names its roles owner / admin / member and has no custom role, stores emails lower-cased,
 * keeps the invite link on resend (the token is the invitation's id), has no suspension, external
 * users or per-user grants, lets nobody edit another member's profile, changes an address only
 * through a confirmation sent to it (so never in `updateUser`), reads the real clock,
 * accepts an invitation only from the invitee's own session, and keeps no version counter: a
 * record's version is a hash of its fields that can change (as Better Auth's adapter derives one).
 */

/** How the stand-in names the fixture's roles: Better Auth's three, and no custom role. */
export const STAND_IN_ROLES: NonNullable<ConformanceOptions["roles"]> = {
  administrator: "owner",
  user: "member",
  custom: null,
  owner: "owner",
  manager: "member",
  holder: "owner",
  member: "member",
  "user-manager": "admin",
};

/** What the stand-in's adapter declares in `getCapabilities`. */
export const STAND_IN_DECLARES: CapabilitiesResult = {
  capabilities: { editOtherProfiles: false, changeEmail: false },
  behaviours: { emailCase: "lower-case", resendLink: "same" },
};

const backendId = (fixtureId: string) => `org_${fixtureId}`;
const lower = (email: string) => email.toLowerCase();

/** The fixture as the stand-in stores it: its own ids, lower-cased emails. */
function stored(fixture: UserManagementDataset): { dataset: UserManagementDataset; ids: Record<string, string> } {
  const ids: Record<string, string> = { [fixture.account.id]: backendId(fixture.account.id) };
  for (const record of [...fixture.users, ...fixture.invitations, ...fixture.externalUsers]) {
    ids[record.id] = backendId(record.id);
  }
  const id = (fixtureId: string) => ids[fixtureId] ?? fixtureId;
  // Better Auth always has its three roles, whichever of them the fixture uses.
  const roles = fixture.roleModel.roles.some((role) => role.id === "admin")
    ? fixture.roleModel.roles
    : [
        ...fixture.roleModel.roles,
        {
          id: "admin",
          label: "Admin",
          description: "Better Auth's admin.",
          kind: "standard" as const,
          permissions: [],
        },
      ];
  return {
    ids,
    dataset: {
      ...fixture,
      roleModel: { ...fixture.roleModel, roles },
      account: { ...fixture.account, id: id(fixture.account.id) },
      users: fixture.users.map((user) => ({ ...user, id: id(user.id), email: lower(user.email) })),
      invitations: fixture.invitations.map((invitation) => ({
        ...invitation,
        id: id(invitation.id),
        email: lower(invitation.email),
        invitedBy: invitation.invitedBy && { ...invitation.invitedBy, id: id(invitation.invitedBy.id) },
      })),
      externalUsers: [],
      passwords: Object.fromEntries(Object.entries(fixture.passwords).map(([userId, p]) => [id(userId), p])),
    },
  };
}

/** Moves every date of a result back by `ms`: what `advanceTime` does to the stored dates. */
function datesBack<T>(value: T, ms: number): T {
  if (ms === 0 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => datesBack(item, ms)) as T;
  if (value instanceof Error) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      key.endsWith("At") && typeof field === "string"
        ? new Date(Date.parse(field) - ms).toISOString()
        : datesBack(field, ms),
    ]),
  ) as T;
}

/** The fields of a user or external user that a change can change. */
interface Changeable {
  firstName: string;
  lastName: string;
  email: string;
  roleId: string;
  permissions: readonly string[];
  status: string;
}

/**
 * The stand-in's version of a record: a 31-bit FNV-1a hash of its changeable fields, from 1 to
 * 2^31. It only differs when they do: it does not grow, and a change undone (A → B → A) brings the
 * earlier version back.
 */
export function hashedVersion(record: Changeable): number {
  const fields = [record.firstName, record.lastName, record.email, record.roleId, record.permissions, record.status];
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(fields)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 1) + 1;
}

const isRecord = (value: object): value is Changeable & { id: string; version: number } =>
  "id" in value && typeof value.id === "string" && "version" in value && typeof value.version === "number";

/** Every user and external user of a result with its hashed version instead of the memory adapter's counter. */
function hashedVersions<T>(value: T): T {
  if (typeof value !== "object" || value === null || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map(hashedVersions) as T;
  const out = Object.fromEntries(Object.entries(value).map(([key, field]) => [key, hashedVersions(field)]));
  return (isRecord(value) ? { ...out, version: hashedVersion(value) } : out) as T;
}

/**
 * A call's hashed version as the memory adapter's counter: the record's counter when the hash is
 * its current one, else -1, which the memory adapter refuses as stale (a conflict) in its own order.
 */
function counterVersion(memory: MemoryAdapter, params: Record<string, unknown>): Record<string, unknown> {
  if (typeof params.id !== "string" || typeof params.version !== "number") return params;
  const { users, externalUsers } = memory.snapshot();
  const record = [...users, ...externalUsers].find((stored) => stored.id === params.id);
  if (!record) return params;
  return { ...params, version: hashedVersion(record) === params.version ? record.version : -1 };
}

type Call = (params: unknown) => Promise<unknown>;

/** Lower-cases every address a call carries, as the backend stores it. */
function lowerEmails(params: Record<string, unknown>): Record<string, unknown> {
  const out = { ...params };
  const changes = out.changes as { email?: string } | undefined;
  if (changes?.email !== undefined) out.changes = { ...changes, email: lower(changes.email) };
  const invitee = out.invitee as { email: string } | undefined;
  if (invitee) out.invitee = { ...invitee, email: lower(invitee.email) };
  const invitees = out.invitees as { email: string }[] | undefined;
  if (invitees) out.invitees = invitees.map((one) => ({ ...one, email: lower(one.email) }));
  return out;
}

const refuse = (message: string) => Promise.reject(new UserManagementError("forbidden", message));

/** R2 (`changeEmail: false`): a new address, not a change of case only, is refused beside the field. */
function refusedEmailChange(memory: MemoryAdapter, id: string, email: unknown): Promise<never> | undefined {
  const stored = memory.snapshot().users.find((user) => user.id === id);
  if (typeof email !== "string" || !stored || normalizeEmail(email) === normalizeEmail(stored.email)) return undefined;
  const message = "The address changes only once the new one is confirmed.";
  return Promise.reject(new UserManagementError("validation", message, { fieldErrors: { email: message } }));
}

function memberAdapter(memory: MemoryAdapter, viewerId: string, shift: () => number): UserManagementAdapter {
  const viewed = viewedAs(memory, viewerId) as unknown as Record<string, Call>;
  const absent = new Set([
    "suspendUser",
    "reactivateUser",
    "listExternalUsers",
    "updateExternalUser",
    "removeExternalUser",
  ]);
  const adapter: Record<string, Call> = {};
  for (const [name, call] of Object.entries(viewed)) {
    if (absent.has(name)) continue;
    adapter[name] = async (params) => {
      const input = counterVersion(memory, lowerEmails((params ?? {}) as Record<string, unknown>));
      if (name === "acceptInvitation") return refuse("Accept the invitation from your own session.");
      if (name === "updateUser") {
        const { id, changes } = input as { id: string; changes: Record<string, unknown> };
        const profile = ["firstName", "lastName", "email"].some((field) => changes[field] !== undefined);
        if (id !== viewerId && profile) return refuse("Only members change their own name and email.");
        const emailRefused = refusedEmailChange(memory, id, changes.email);
        if (emailRefused) return emailRefused;
      }
      try {
        return hashedVersions(datesBack(await call(input), shift()));
      } catch (error) {
        throw currentDatesBack(error, shift());
      }
    };
  }
  return adapter as unknown as UserManagementAdapter;
}

/** A conflict's `current` as the stand-in returns records: dates moved back, versions hashed. */
function currentDatesBack(error: unknown, ms: number): unknown {
  if (!(error instanceof UserManagementError) || error.current === undefined) return error;
  return new UserManagementError(error.code, error.message, {
    fieldErrors: error.fieldErrors,
    current: hashedVersions(datesBack(error.current, ms)),
  });
}

/** The invitee's own session: it may only accept invitations sent to its address. */
function inviteeAdapter(memory: MemoryAdapter, email: string, shift: () => number): UserManagementAdapter {
  return createTestAdapter({
    async acceptInvitation(params) {
      // The link carries the invitation's id; the memory adapter keeps its own secret behind it.
      const invitation = memory.snapshot().invitations.find((stored) => stored.id === params.token);
      if (invitation && normalizeEmail(invitation.email) !== normalizeEmail(email)) {
        return refuse("This invitation was sent to someone else.");
      }
      const token = invitation?.token ?? params.token;
      return hashedVersions(datesBack(await memory.acceptInvitation({ ...params, token }), shift()));
    },
  });
}

/** The stand-in's harness: `describeAdapterConformance(name, standInHarnessFactory, STAND_IN_OPTIONS)`. */
export const standInHarnessFactory: AdapterHarnessFactory = async (fixture): Promise<AdapterHarness> => {
  const { dataset, ids } = stored(fixture);
  // The real clock, ahead by what the suite moved: together with moving every date it returns back
  // by as much, this is a backend whose stored dates were moved back (what `advanceTime` asks).
  let ahead = 0;
  const memory = createMemoryAdapter({
    dataset,
    clock: { now: () => new Date(Date.now() + ahead) },
    declares: STAND_IN_DECLARES,
    viewerId: backendId("admin-1"),
    onError: () => undefined,
  });
  const shift = () => ahead;
  return {
    ids,
    as: (viewerId) => memberAdapter(memory, ids[viewerId] ?? viewerId, shift),
    asInvitee: async (email) => inviteeAdapter(memory, email, shift),
    invitationToken: async (invitationId) => (memory.invitationToken(invitationId) ? invitationId : undefined),
    advanceTime: async (ms) => {
      ahead += ms;
    },
  };
};

/** What the stand-in is, beyond its adapter's declarations. */
export const STAND_IN_OPTIONS: ConformanceOptions = { roles: STAND_IN_ROLES, clock: "real", versions: "opaque" };
