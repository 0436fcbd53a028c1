import type { PolicyContext } from "../../src/core/can";
import { administratorUserCustomPreset } from "../../src/core/presets";
import type { ExternalUser, Invitation, Plan, User, Viewer } from "../../src/core/types";

/** A plan with room for everyone, so that only the rule under test can deny. */
export const unlimitedPlan: Plan = { id: "pro", name: "Pro", multiUser: true, seatLimit: null };

/** A user of the administrator / user / custom preset; `user` role unless told otherwise. */
export function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: "user-2",
    firstName: "Grace",
    lastName: "Hopper",
    email: "grace@example.com",
    roleId: "user",
    permissions: [],
    status: "active",
    twoFactorEnabled: false,
    lastLoginAt: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    version: 1,
    ...overrides,
  };
}

/** The person acting: an active administrator of this account unless told otherwise. */
export function makeViewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: "user-1",
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@example.com",
    roleId: "administrator",
    permissions: [],
    status: "active",
    isExternal: false,
    ...overrides,
  };
}

/** The same person as a target user, for actions on oneself (R16, R18). */
export function userFromViewer(viewer: Viewer, overrides: Partial<User> = {}): User {
  return makeUser({
    id: viewer.id,
    firstName: viewer.firstName,
    lastName: viewer.lastName,
    email: viewer.email,
    roleId: viewer.roleId,
    permissions: viewer.permissions,
    status: viewer.status,
    ...overrides,
  });
}

/** A pending invitation sent by the default viewer. */
export function makeInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: "invitation-1",
    email: "new@example.com",
    firstName: "",
    lastName: "",
    roleId: "user",
    permissions: [],
    invitedBy: { id: "user-1", name: "Ada Lovelace" },
    sentAt: "2026-01-15T09:00:00.000Z",
    expiresAt: "2026-01-22T09:00:00.000Z",
    status: "pending",
    ...overrides,
  };
}

/** Someone from another account reaching this one (R21). */
export function makeExternalUser(overrides: Partial<ExternalUser> = {}): ExternalUser {
  return {
    id: "external-1",
    firstName: "Katherine",
    lastName: "Johnson",
    email: "katherine@partner.example",
    homeAccount: { id: "account-partner", name: "Partner Inc." },
    roleId: "user",
    permissions: [],
    status: "active",
    twoFactorEnabled: true,
    lastLoginAt: "2026-01-10T12:00:00.000Z",
    version: 1,
    ...overrides,
  };
}

/**
 * Policy facts for the administrator / user / custom preset, with two active owners and an
 * unlimited multi-user plan, so that no rule but the one under test gets in the way.
 */
export function makeContext(overrides: Partial<PolicyContext> = {}): PolicyContext {
  return {
    roles: administratorUserCustomPreset.roles,
    account: { plan: unlimitedPlan, seatsUsed: 3 },
    activeOwnerCount: 2,
    ...overrides,
  };
}
