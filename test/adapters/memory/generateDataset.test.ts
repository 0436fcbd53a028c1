import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_PASSWORD, generateDataset } from "../../../src/adapters/memory/generateDataset";
import { normalizeEmail } from "../../../src/core/email";
import { isOwnerRole } from "../../../src/core/roles";

describe("generateDataset", () => {
  it("is deterministic: the same seed gives the same account (all but the secret tokens)", () => {
    const withoutTokens = (dataset: ReturnType<typeof generateDataset>) => ({
      ...dataset,
      invitations: dataset.invitations.map(({ token: _token, ...invitation }) => invitation),
    });
    expect(withoutTokens(generateDataset({ size: 50, seed: 9 }))).toEqual(
      withoutTokens(generateDataset({ size: 50, seed: 9 })),
    );
    expect(generateDataset({ size: 50, seed: 9 }).users).not.toEqual(generateDataset({ size: 50, seed: 10 }).users);
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
