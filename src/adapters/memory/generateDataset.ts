import type { StoredInvitation, UserManagementDataset } from "../../adapter/dataset";
import { systemClock } from "../../core/clock";
import { invitationExpiresAt } from "../../core/invitationExpiry";
import { type RolePresetName, rolePresets } from "../../core/presets";
import type { ExternalUser, Plan, RoleDefinition, RoleModel, User, UserStatus } from "../../core/types";
import { EMAIL_DOMAINS, FIRST_NAMES, HOME_ACCOUNTS, LAST_NAMES } from "./names";
import { createRandom, type Random } from "./random";

/** Every generated user's password, so stories and tests can re-authenticate (R17). */
export const DEFAULT_SEED_PASSWORD = "correct horse battery staple";

/** Options of `generateDataset`. */
export interface GenerateDatasetOptions {
  /** How many users: 10, 1,000, 100,000 — any number from 1. */
  size: number;
  /** Role model: a preset name or your own. Defaults to `administrator-user-custom`. */
  rolePreset?: RolePresetName | RoleModel;
  /** Same seed, same account. Defaults to 1. */
  seed?: number;
  /**
   * The "today" of the account: every date is placed relative to it (last logins and creation before
   * it; pending invitations expiring within the validity period after it, the expired ones before it).
   * Defaults to the system clock's now, so a fresh demo or quick start reads as current on any day;
   * pass a fixed time (or your clock's `now()`) for stable stories, snapshots and tests.
   */
  now?: Date | string;
  /** Defaults to a Pro plan with multi-user access and no seat limit. */
  plan?: Plan;
  /** Account name; defaults to "Acme Corporation". */
  accountName?: string;
}

const DAY = 24 * 60 * 60 * 1000;
const VALIDITY_DAYS = 7;
const STATUSES: readonly UserStatus[] = [
  "active",
  "active",
  "active",
  "active",
  "active",
  "active",
  "suspended",
  "revoked",
];

/** The default plan: multi-user access with no seat limit. */
export const PRO_PLAN: Plan = { id: "pro", name: "Pro", multiUser: true, seatLimit: null };

/**
 * Makes a realistic, deterministic account: mixed-script, right-to-left, emoji and very long names;
 * 2FA on some; varied last logins (some never); suspended and revoked users; pending and expired
 * invitations; external users from other accounts. `user-1` is always an active owner.
 * Dates are relative to `now` (default: the system clock's now): two thirds of the invitations are
 * pending and expire within the validity period after it, every third has expired.
 * For a given `now` and seed everything is the same on every call except the invitations' secret
 * tokens, which are random on every call: read them from `invitations[].token`.
 */
export function generateDataset(options: GenerateDatasetOptions): UserManagementDataset {
  const { size, seed = 1, accountName = "Acme Corporation", plan = PRO_PLAN } = options;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a whole number from 1, got ${size}.`);
  const roleModel =
    typeof options.rolePreset === "object"
      ? options.rolePreset
      : rolePresets[options.rolePreset ?? "administrator-user-custom"];
  const now = new Date(options.now ?? systemClock.now()).getTime();
  if (Number.isNaN(now)) throw new RangeError(`now must be a valid date, got ${String(options.now)}.`);
  const random = createRandom(seed);
  const owner = roleModel.roles.find((role) => role.kind === "owner");
  if (!owner) throw new Error("The role model needs a role of kind 'owner' (R19).");
  const others = roleModel.roles.filter((role) => role.kind !== "owner");

  const users: User[] = [];
  const passwords: Record<string, string> = {};
  for (let i = 1; i <= size; i++) {
    // Few owners, as in real accounts; in a 10-user account only user-1, so R19 shows at once.
    const role = i === 1 || (size > 10 && random.next() < 0.02) || others.length === 0 ? owner : random.pick(others);
    const user = makeUser(random, i, role, now, i === 1 ? "active" : random.pick(STATUSES));
    users.push(user);
    passwords[user.id] = DEFAULT_SEED_PASSWORD;
  }

  const invitationCount = Math.min(500, Math.max(3, Math.round(size * 0.02)));
  const invitations: StoredInvitation[] = [];
  for (let i = 1; i <= invitationCount; i++) {
    // Every third is expired: sent 8 to 30 days ago.
    const ageDays = i % 3 === 0 ? random.int(8, 30) : random.int(0, 6);
    const sentAt = new Date(now - ageDays * DAY - random.int(0, DAY / 2)).toISOString();
    const role = others.length > 0 ? random.pick(others) : owner;
    const [first, last] = [random.pick(FIRST_NAMES), random.pick(LAST_NAMES)];
    invitations.push({
      id: `invitation-${i}`,
      email: `${first[1]}.${last[1]}.invited${i}@${random.pick(EMAIL_DOMAINS)}`,
      firstName: i % 2 === 0 ? first[0] : "",
      lastName: i % 2 === 0 ? last[0] : "",
      roleId: role.id,
      permissions: grantsFor(random, role),
      invitedBy: { id: "user-1", name: fullName(users[0]) },
      sentAt,
      expiresAt: invitationExpiresAt(sentAt, VALIDITY_DAYS),
      // Random like every issued link, never derived from the seed: a demo's links must not be guessable.
      token: randomToken(),
    });
  }

  const externalCount = Math.min(200, Math.max(2, Math.round(size * 0.005)));
  const externalUsers: ExternalUser[] = [];
  for (let i = 1; i <= externalCount; i++) {
    const base = makeUser(random, i, others[0] ?? owner, now, "active");
    const home = HOME_ACCOUNTS[(i - 1) % HOME_ACCOUNTS.length] as string;
    externalUsers.push({
      id: `external-${i}`,
      email: base.email.replace("@", `.ext${i}@`),
      firstName: base.firstName,
      lastName: base.lastName,
      homeAccount: { id: `home-${(i - 1) % HOME_ACCOUNTS.length}`, name: home },
      roleId: base.roleId,
      permissions: base.permissions,
      status: "active",
      twoFactorEnabled: base.twoFactorEnabled,
      lastLoginAt: base.lastLoginAt,
      version: 1,
    });
  }

  return {
    account: { id: `account-${seed}`, name: accountName, plan, invitationValidityDays: VALIDITY_DAYS },
    roleModel,
    users,
    invitations,
    externalUsers,
    passwords,
  };
}

function makeUser(random: Random, index: number, role: RoleDefinition, now: number, status: UserStatus): User {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const createdAt = now - random.int(30, 1500) * DAY;
  // About 1 in 20 never logged in; the rest at some time since they were created.
  const lastLoginAt =
    random.next() < 0.05 ? null : new Date(createdAt + random.next() * (now - createdAt)).toISOString();
  const local = `${first[1]}.${last[1]}.${index}`;
  return {
    id: `user-${index}`,
    // Some typed with capitals: shown as typed, compared case-insensitively (R2).
    email: `${index % 7 === 0 ? capitalize(local) : local}@${random.pick(EMAIL_DOMAINS)}`,
    firstName: first[0],
    lastName: last[0],
    roleId: role.id,
    permissions: grantsFor(random, role),
    status,
    twoFactorEnabled: random.next() < 0.4,
    lastLoginAt,
    createdAt: new Date(createdAt).toISOString(),
    version: 1,
  };
}

function grantsFor(random: Random, role: RoleDefinition): string[] {
  if (role.kind !== "custom") return [];
  return (role.grantablePermissions ?? []).filter(() => random.next() < 0.4);
}

/** A secret for an accept link, as real ones are made: 32 random bytes, base64url (43 characters). */
function randomToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fullName(user: User | undefined): string {
  return user ? `${user.firstName} ${user.lastName}`.trim() : "";
}
