import { normalizeEmail } from "../../src/core";
import type { ExternalUser, Invitation, RoleDefinition, User } from "../../src/core/types";

/*
 * What must hold of the system after every step, read from the system alone (not from the model):
 * of the state (R1, R2, R11, R19), and of the step that led to it (R12/R15, R18, R27). Each check
 * returns the violations as sentences naming their rule; none means it holds.
 */

/** A user as compared and checked: the fields the test observes. */
export type ObservedUser = Pick<
  User,
  "id" | "email" | "firstName" | "lastName" | "roleId" | "permissions" | "status" | "version"
>;

export type ObservedInvitation = Pick<
  Invitation,
  "id" | "email" | "firstName" | "lastName" | "roleId" | "permissions" | "status" | "sentAt" | "expiresAt"
>;

export type ObservedExternalUser = Pick<ExternalUser, "id" | "email" | "roleId" | "permissions" | "status" | "version">;

/** The account as an owner sees it, sorted by id so that two observations compare as data. */
export interface ObservedState {
  /** R1: what the session reports as used. */
  seatsUsed: number;
  users: ObservedUser[];
  invitations: ObservedInvitation[];
  externalUsers: ObservedExternalUser[];
}

/** What the step was, as the step invariants need it (ids are the system's). */
export interface StepFacts {
  /** The caller; absent for accepting an invitation (the link is the credential). */
  viewerId?: string;
  succeeded: boolean;
  /** For an acceptance: the invitation whose link was used, if the link was one the system mailed. */
  acceptedInvitationId?: string;
}

/** The account's rules the invariants read. */
export interface AccountRules {
  roles: readonly RoleDefinition[];
  seatLimit: number | null;
}

const findRole = (rules: AccountRules, roleId: string) => rules.roles.find((role) => role.id === roleId);
const isOwnerKind = (rules: AccountRules, roleId: string) => findRole(rules, roleId)?.kind === "owner";

/** Keys that occur more than once. */
function duplicates(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(keys.filter((key) => seen.has(key) || !seen.add(key)))];
}

/** R1, R2, R11, R19: the state invariants. */
export function stateViolations(state: ObservedState, rules: AccountRules): string[] {
  const violations: string[] = [];
  const activeOwners = state.users.filter((user) => user.status === "active" && isOwnerKind(rules, user.roleId));
  if (activeOwners.length === 0) violations.push("R19: no active user holds an owner-kind role.");

  const userKeys = state.users.map((user) => normalizeEmail(user.email));
  for (const key of duplicates(userKeys)) violations.push(`R2: several users have the email key ${key}.`);
  const invitationKeys = state.invitations.map((invitation) => normalizeEmail(invitation.email));
  for (const key of duplicates(invitationKeys)) violations.push(`R11: several invitations have the email key ${key}.`);
  for (const invitation of state.invitations) {
    if (invitation.status === "pending" && userKeys.includes(normalizeEmail(invitation.email))) {
      violations.push(`R11: the pending invitation ${invitation.id} is for a member's address (${invitation.email}).`);
    }
  }

  const seats =
    state.users.filter((user) => user.status !== "revoked").length +
    state.invitations.filter((invitation) => invitation.status === "pending").length;
  if (rules.seatLimit !== null && seats > rules.seatLimit) {
    violations.push(`R1: ${seats} seats are used on a plan of ${rules.seatLimit}.`);
  }
  if (state.seatsUsed !== seats) {
    violations.push(`R1: the session says ${state.seatsUsed} seats are used; users and invitations make ${seats}.`);
  }
  return violations;
}

/** What a holder has: every permission (owner kind), or a set. */
function held(rules: AccountRules, holder: { roleId: string; permissions: readonly string[] }): "all" | Set<string> {
  const role = findRole(rules, holder.roleId);
  if (!role) return new Set();
  if (role.kind === "owner") return "all";
  const grants =
    role.kind === "custom" ? holder.permissions.filter((id) => role.grantablePermissions?.includes(id)) : [];
  return new Set([...role.permissions, ...grants]);
}

/**
 * R27, written out again rather than asking `can()`: an owner-kind role only from an owner-kind
 * actor; every permission a role and its grants carry held by the actor.
 */
function withinCeiling(
  rules: AccountRules,
  actor: { roleId: string; permissions: readonly string[] },
  assigned: { roleId: string; permissions: readonly string[] },
): boolean {
  const actorHolds = held(rules, actor);
  if (actorHolds === "all") return true;
  const role = findRole(rules, assigned.roleId);
  if (!role || role.kind === "owner") return false;
  return [...role.permissions, ...assigned.permissions].every((id) => actorHolds.has(id));
}

const sameRole = (
  a: { roleId: string; permissions: readonly string[] },
  b: { roleId: string; permissions: readonly string[] },
) =>
  a.roleId === b.roleId &&
  a.permissions.length === b.permissions.length &&
  a.permissions.every((id) => b.permissions.includes(id));

/** R12, R15, R18, R27: what one step may have changed, from the states before and after it. */
export function stepViolations(
  before: ObservedState,
  after: ObservedState,
  step: StepFacts,
  rules: AccountRules,
): string[] {
  const violations: string[] = [];
  const usersBefore = new Map(before.users.map((user) => [user.id, user]));
  const actor =
    step.viewerId === undefined
      ? undefined
      : (usersBefore.get(step.viewerId) ?? before.externalUsers.find((external) => external.id === step.viewerId));

  // R18: nobody deletes or suspends the user they are logged in as.
  const self = step.viewerId === undefined ? undefined : usersBefore.get(step.viewerId);
  const selfAfter = after.users.find((user) => user.id === self?.id);
  if (self && !selfAfter) violations.push(`R18: ${self.id} deleted themselves.`);
  if (self?.status === "active" && selfAfter?.status === "suspended") {
    violations.push(`R18: ${self.id} suspended themselves.`);
  }

  for (const user of after.users) {
    const previous = usersBefore.get(user.id);
    if (!previous) {
      // R12, R15: a user appears only by accepting a link that was pending, with its role.
      const invitation = before.invitations.find((candidate) => candidate.id === step.acceptedInvitationId);
      if (!invitation) violations.push(`R15: ${user.id} appeared without accepting a live invitation link.`);
      else if (invitation.status !== "pending") {
        violations.push(`R12: ${user.id} was created from the expired invitation ${invitation.id}.`);
      } else if (!sameRole(user, invitation)) {
        violations.push(`R27: ${user.id} did not get the role and permissions of the invitation they accepted.`);
      }
      continue;
    }
    if (sameRole(user, previous)) continue;
    // R27: nobody changes their own role, and nobody gives more than they hold.
    if (user.id === step.viewerId) violations.push(`R27: ${user.id} changed their own role or permissions.`);
    if (!actor || !withinCeiling(rules, actor, user)) {
      violations.push(`R27: ${step.viewerId ?? "nobody"} gave ${user.id} a role or permissions above their own.`);
    }
    if (isOwnerKind(rules, previous.roleId) && !isOwnerKind(rules, actor?.roleId ?? "")) {
      violations.push(`R27: ${step.viewerId ?? "nobody"}, not an owner, took an owner-kind role from ${user.id}.`);
    }
  }

  for (const external of after.externalUsers) {
    const previous = before.externalUsers.find((candidate) => candidate.id === external.id);
    if (!previous || sameRole(external, previous)) continue;
    if (external.id === step.viewerId) violations.push(`R27: ${external.id} changed their own role here.`);
    if (!actor || !withinCeiling(rules, actor, external)) {
      violations.push(`R27: ${step.viewerId ?? "nobody"} gave ${external.id} a role or permissions above their own.`);
    }
    if (isOwnerKind(rules, previous.roleId) && !isOwnerKind(rules, actor?.roleId ?? "")) {
      violations.push(`R27: ${step.viewerId ?? "nobody"}, not an owner, took an owner-kind role from ${external.id}.`);
    }
  }

  // R27: an invitation sent, resent or changed gives its role: the sender must hold it.
  for (const invitation of after.invitations) {
    const previous = before.invitations.find((candidate) => candidate.id === invitation.id);
    const issued = !previous || previous.sentAt !== invitation.sentAt || !sameRole(previous, invitation);
    if (issued && (!actor || !withinCeiling(rules, actor, invitation))) {
      violations.push(`R27: ${step.viewerId ?? "nobody"} sent ${invitation.id} with a role above their own.`);
    }
  }

  if (!step.succeeded && JSON.stringify(before) !== JSON.stringify(after)) {
    violations.push("A refused command changed the data.");
  }
  return violations;
}
