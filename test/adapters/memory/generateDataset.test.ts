import { afterEach, describe, expect, it, vi } from "vitest";
import type { UserManagementDataset } from "../../../src/adapter/dataset";
import { createMemoryAdapter } from "../../../src/adapters/memory/createMemoryAdapter";
import { DEFAULT_SEED_PASSWORD, generateDataset } from "../../../src/adapters/memory/generateDataset";
import { createManualClock } from "../../../src/core/clock";
import { normalizeEmail } from "../../../src/core/email";
import { isOwnerRole } from "../../../src/core/roles";

const DAY = 24 * 60 * 60 * 1000;

const withoutTokens = (dataset: UserManagementDataset) => ({
  ...dataset,
  invitations: dataset.invitations.map(({ token: _token, ...invitation }) => invitation),
});

/** Each invitation as it reads on the account's "today": its status and how far its dates lie from it. */
function invitationsSeenAt(dataset: UserManagementDataset, now: Date | string) {
  const today = new Date(now).getTime();
  return dataset.invitations.map((invitation) => {
    const expiresIn = new Date(invitation.expiresAt).getTime() - today;
    return {
      id: invitation.id,
      status: expiresIn > 0 ? "pending" : "expired",
      expiresIn,
      sentAgo: today - new Date(invitation.sentAt).getTime(),
    };
  });
}

/** R12: what a fresh account must show on its "today": pending links expiring within the validity period, one expired. */
function expectFreshInvitations(dataset: UserManagementDataset, now: Date | string) {
  const seen = invitationsSeenAt(dataset, now);
  const validity = dataset.account.invitationValidityDays * DAY;
  const pending = seen.filter((invitation) => invitation.status === "pending");
  const expired = seen.filter((invitation) => invitation.status === "expired");
  expect(pending.length).toBeGreaterThan(0);
  expect(expired).toHaveLength(1);
  for (const invitation of pending) {
    expect(invitation.expiresIn).toBeGreaterThan(0);
    expect(invitation.expiresIn).toBeLessThanOrEqual(validity);
  }
  for (const invitation of seen) expect(invitation.sentAgo).toBeGreaterThanOrEqual(0);
}

afterEach(() => {
  vi.useRealTimers();
});

describe("generateDataset", () => {
  it("is deterministic: the same seed and now give the same account (all but the secret tokens)", () => {
    const now = "2026-01-15T09:00:00.000Z";
    expect(withoutTokens(generateDataset({ size: 50, seed: 9, now }))).toEqual(
      withoutTokens(generateDataset({ size: 50, seed: 9, now })),
    );
    expect(generateDataset({ size: 50, seed: 9, now }).users).not.toEqual(
      generateDataset({ size: 50, seed: 10, now }).users,
    );
  });

  it("R12: dates follow the given now: two different nows show the same statuses, each relative to its own now", () => {
    const earlier = "2026-01-15T09:00:00.000Z";
    const later = "2031-07-04T18:30:00.000Z";
    const [a, b] = [generateDataset({ size: 10, now: earlier }), generateDataset({ size: 10, now: later })];
    expectFreshInvitations(a, earlier);
    expectFreshInvitations(b, later);
    expect(invitationsSeenAt(b, later)).toEqual(invitationsSeenAt(a, earlier));
    // Everything else is the same account, shifted in time: names, roles, statuses, 2FA.
    const shift = new Date(later).getTime() - new Date(earlier).getTime();
    const moved = (iso: string | null) =>
      iso === null ? null : new Date(new Date(iso).getTime() + shift).toISOString();
    expect(b.users).toEqual(
      a.users.map((user) => ({ ...user, createdAt: moved(user.createdAt), lastLoginAt: moved(user.lastLoginAt) })),
    );
  });

  it("R4, R12: nothing is dated after now: creation, last logins and sending all lie before it", () => {
    const now = "2031-07-04T18:30:00.000Z";
    const { users, invitations, externalUsers } = generateDataset({ size: 1000, now });
    for (const user of [...users, ...externalUsers]) {
      if (user.lastLoginAt !== null) expect(user.lastLoginAt <= now).toBe(true);
    }
    for (const user of users) expect(user.createdAt <= now).toBe(true);
    for (const invitation of invitations) expect(invitation.sentAt <= now).toBe(true);
    // Recent activity: most last logins within the last year of that now, not years behind it.
    const yearAgo = new Date(new Date(now).getTime() - 365 * DAY).toISOString();
    const logins = users.flatMap((user) => (user.lastLoginAt === null ? [] : [user.lastLoginAt]));
    expect(logins.filter((login) => login >= yearAgo).length).toBeGreaterThan(logins.length / 2);
  });

  it("R12: without a now, dates follow the system clock's current time", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2033-02-10T12:00:00.000Z"));
    const dataset = generateDataset({ size: 10 });
    expect(withoutTokens(dataset)).toEqual(
      withoutTokens(generateDataset({ size: 10, now: "2033-02-10T12:00:00.000Z" })),
    );
    expectFreshInvitations(dataset, "2033-02-10T12:00:00.000Z");
  });

  it("R12: a quick start today shows pending invitations expiring in days and one expired, never all expired", () => {
    const before = new Date();
    const dataset = generateDataset({ size: 10 });
    const after = new Date();
    expectFreshInvitations(dataset, after);
    for (const invitation of dataset.invitations) expect(invitation.sentAt <= after.toISOString()).toBe(true);
    expect(dataset.invitations.some((invitation) => invitation.expiresAt > before.toISOString())).toBe(true);
  });

  it("R12: createMemoryAdapter() with no dataset dates its account from its own clock", async () => {
    const now = "2031-07-04T18:30:00.000Z";
    const adapter = createMemoryAdapter({ clock: createManualClock(now) });
    const { invitations } = await adapter.listInvitations({ page: 1, pageSize: 50 });
    const statuses = invitations.map((invitation) => invitation.status).sort();
    expect(statuses).toEqual(["expired", "pending", "pending"]);
    for (const invitation of invitations) {
      expect(invitation.sentAt <= now).toBe(true);
      if (invitation.status === "pending") {
        expect(new Date(invitation.expiresAt).getTime() - new Date(now).getTime()).toBeLessThanOrEqual(7 * DAY);
      }
    }
  });

  it("rejects a now that is not a date", () => {
    expect(() => generateDataset({ size: 1, now: "not a date" })).toThrow(/now must be a valid date/);
  });

  it("R13, R15: seeded invitation tokens are random like issued ones, never derived from the seed", () => {
    const first = generateDataset({ size: 1000, seed: 1 }).invitations.map((invitation) => invitation.token);
    const again = generateDataset({ size: 1000, seed: 1 }).invitations.map((invitation) => invitation.token);
    for (const token of first) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([...first, ...again]).size).toBe(first.length + again.length);
    expect(first.join(" ")).not.toMatch(/seed|token-/);
  });

  it.each([10, 1000])("makes %i users with unique emails (R2) and user-1 an active owner", (size) => {
    const { users, roleModel, passwords } = generateDataset({ size });
    expect(users).toHaveLength(size);
    expect(new Set(users.map((user) => normalizeEmail(user.email))).size).toBe(size);
    expect(users[0]).toMatchObject({ id: "user-1", status: "active" });
    expect(isOwnerRole(roleModel.roles, users[0]?.roleId ?? "")).toBe(true);
    expect(passwords["user-1"]).toBe(DEFAULT_SEED_PASSWORD);
  });

  it("R26: includes right-to-left, non-Latin, emoji and very long names", () => {
    const names = generateDataset({ size: 1000 }).users.map((user) => `${user.firstName} ${user.lastName}`);
    expect(names.some((name) => /[\u0590-\u05ff\u0600-\u06ff]/.test(name))).toBe(true);
    expect(names.some((name) => /[\u4e00-\u9fff]/.test(name))).toBe(true);
    expect(names.some((name) => /\p{Extended_Pictographic}/u.test(name))).toBe(true);
    expect(names.some((name) => name.length > 60)).toBe(true);
  });

  it("R4, R10, R12, R21: varies 2FA, last login, status; has pending and expired invitations and external users", () => {
    const now = "2026-03-01T00:00:00.000Z";
    const { users, invitations, externalUsers } = generateDataset({ size: 1000, now });
    expect(new Set(users.map((user) => user.twoFactorEnabled))).toEqual(new Set([true, false]));
    expect(users.some((user) => user.lastLoginAt === null)).toBe(true);
    expect(new Set(users.map((user) => user.status))).toEqual(new Set(["active", "suspended", "revoked"]));
    expect(invitations.some((invitation) => invitation.expiresAt > now)).toBe(true);
    expect(invitations.some((invitation) => invitation.expiresAt <= now)).toBe(true);
    expect(new Set(externalUsers.map((external) => external.homeAccount.name)).size).toBeGreaterThan(1);
  });

  it.each(["owner-manager", "account-holder-member"] as const)("uses the %s preset's roles", (rolePreset) => {
    const { users, roleModel } = generateDataset({ size: 200, rolePreset });
    const roleIds = new Set(roleModel.roles.map((role) => role.id));
    for (const user of users) expect(roleIds.has(user.roleId)).toBe(true);
  });

  it("rejects a size that is not a positive whole number", () => {
    expect(() => generateDataset({ size: 0 })).toThrow(/size must be a whole number/);
    expect(() => generateDataset({ size: 2.5 })).toThrow(/size must be a whole number/);
  });
});
