import type { Invitee, InviteOutcome, UserChanges } from "../../src/adapter";
import type { UserManagementDataset } from "../../src/adapter/dataset";
import {
  type Action,
  type ActionTargets,
  can,
  findRole,
  hasPermission,
  isOwnerRole,
  normalizeEmail,
  PERMISSIONS,
  planInvitations,
  validateEmail,
  validateInviteeCount,
  validateProfile,
  validateRoleAssignment,
} from "../../src/core";
import { DENY_REASON_CODES, type PolicyContext } from "../../src/core/can";
import type { FieldErrors, UserManagementErrorCode } from "../../src/core/errors";
import type { ExternalUser, Plan, RoleDefinition, UserStatus, Viewer } from "../../src/core/types";
import type { ObservedExternalUser, ObservedUser } from "./invariants";

/*
 * The reference model: the domain of docs/rules.md for the commands of the model-based test, as small and
 * plain as it can be. It is the specification in code: every command says what must happen — the
 * result, or the one error code — and changes the state only when it succeeds. Policy decisions are
 * core's `can()` and planners (the one policy both backends must call, R9); everything else (what an
 * update changes, versions, links, seats, expiry) is written out here, so a backend that stores or
 * orders things differently from the model is caught.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A user as the model keeps them: the fields the test observes. */
export type ModelUser = ObservedUser;

export interface ModelInvitation {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  roleId: string;
  permissions: readonly string[];
  sentAt: number;
  expiresAt: number;
  /** The number of its current link in `links`; older links of it are dead (R13). */
  link: number;
}

/** An external user as the model keeps them. */
export type ModelExternalUser = ObservedExternalUser & Pick<ExternalUser, "firstName" | "lastName">;

/**
 * What a command must do: succeed (with, for `inviteUsers`, one outcome per address), or fail with
 * this code. `mayRevealCurrent`: a `conflict` may carry the current record only for callers allowed
 * to see it (R25, R29).
 */
export type Expected =
  | { ok: true; outcomes?: readonly InviteOutcome[] }
  | { ok: false; code: UserManagementErrorCode; mayRevealCurrent: boolean };

/** Ids the model gives records it creates, until the runner maps them to the system's ids (by email). */
export const PROVISIONAL_PREFIX = "(new ";

/** Thrown inside a command to refuse it; caught by `attempt`, so a refused command changes nothing. */
class Refusal {
  constructor(readonly expected: Expected & { ok: false }) {}
}

const refusal = (code: UserManagementErrorCode, mayRevealCurrent = false) =>
  new Refusal({ ok: false, code, mayRevealCurrent });

const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;
const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export class ReferenceModel {
  readonly roles: readonly RoleDefinition[];
  readonly plan: Plan;
  readonly validityDays: number;
  now: number;
  readonly users = new Map<string, ModelUser>();
  readonly invitations = new Map<string, ModelInvitation>();
  readonly externalUsers = new Map<string, ModelExternalUser>();
  /** Every link ever mailed, by number: the invitation it was for. Only an invitation's current one works. */
  readonly links: string[] = [];
  private created = 0;
  /** Every id a record of the model has had: a new record never takes an old one's. */
  private readonly knownIds = new Set<string>();

  constructor(dataset: UserManagementDataset, now: Date) {
    this.roles = dataset.roleModel.roles;
    this.plan = dataset.account.plan;
    this.validityDays = dataset.account.invitationValidityDays;
    this.now = now.getTime();
    for (const user of dataset.users) this.users.set(user.id, { ...user, permissions: [...user.permissions] });
    for (const external of dataset.externalUsers) this.externalUsers.set(external.id, { ...external });
    for (const record of [...dataset.users, ...dataset.invitations, ...dataset.externalUsers])
      this.knownIds.add(record.id);
    for (const invitation of dataset.invitations) {
      const { token: _token, invitedBy: _by, sentAt, expiresAt, ...fields } = invitation;
      this.invitations.set(invitation.id, {
        ...fields,
        sentAt: Date.parse(sentAt),
        expiresAt: Date.parse(expiresAt),
        link: this.links.push(invitation.id) - 1,
      });
    }
  }

  // ——— Facts ———

  /** R12: pending until the instant it expires. */
  isPending(invitation: ModelInvitation): boolean {
    return this.now < invitation.expiresAt;
  }

  /** R1: users who are not revoked plus pending invitations. */
  seatsUsed(): number {
    const seated = [...this.users.values()].filter((user) => user.status !== "revoked").length;
    return seated + [...this.invitations.values()].filter((invitation) => this.isPending(invitation)).length;
  }

  /** R19: active users holding an owner-kind role. */
  activeOwnerCount(): number {
    return [...this.users.values()].filter((user) => user.status === "active" && isOwnerRole(this.roles, user.roleId))
      .length;
  }

  userByEmail(email: string): ModelUser | undefined {
    const key = normalizeEmail(email);
    return [...this.users.values()].find((user) => normalizeEmail(user.email) === key);
  }

  invitationByEmail(email: string): ModelInvitation | undefined {
    const key = normalizeEmail(email);
    return [...this.invitations.values()].find((invitation) => normalizeEmail(invitation.email) === key);
  }

  /** The invitation a link opens, if it is that invitation's current link. */
  invitationOfLink(link: number): ModelInvitation | undefined {
    const invitation = this.invitations.get(this.links[link] ?? "");
    return invitation?.link === link ? invitation : undefined;
  }

  /** The caller as `can()` sees them: a user or an external user of this account. */
  viewer(id: string): Viewer | undefined {
    const person = this.users.get(id) ?? this.externalUsers.get(id);
    if (!person) return undefined;
    const { email, firstName, lastName, roleId, permissions, status } = person;
    return { id, email, firstName, lastName, roleId, permissions, status, isExternal: !this.users.has(id) };
  }

  private context(extra: Pick<PolicyContext, "roleId" | "permissions" | "inviteCount"> = {}): PolicyContext {
    return {
      roles: this.roles,
      account: { plan: this.plan, seatsUsed: this.seatsUsed() },
      activeOwnerCount: this.activeOwnerCount(),
      ...extra,
    };
  }

  private invitationTarget(invitation: ModelInvitation): ActionTargets["invitation.resend"] {
    return {
      ...invitation,
      invitedBy: null,
      sentAt: new Date(invitation.sentAt).toISOString(),
      expiresAt: new Date(invitation.expiresAt).toISOString(),
      status: this.isPending(invitation) ? "pending" : "expired",
    };
  }

  private userTarget(user: ModelUser): ActionTargets["user.view"] {
    return { ...user, twoFactorEnabled: false, lastLoginAt: null, createdAt: new Date(0).toISOString() };
  }

  private externalTarget(external: ModelExternalUser): ActionTargets["externalUser.update"] {
    return {
      ...external,
      homeAccount: { id: "", name: "" },
      twoFactorEnabled: false,
      lastLoginAt: null,
    };
  }

  // ——— The rules every command starts with ———

  /** R10: the caller must exist here and be active. */
  private activeViewer(viewerId: string): Viewer {
    const viewer = this.viewer(viewerId);
    if (!viewer || viewer.status === "revoked") throw refusal("access_revoked");
    if (viewer.status !== "active") throw refusal("access_suspended");
    return viewer;
  }

  /** R29: a missing record is `not_found` only to those who manage users; anyone else is refused as for an existing one. */
  private missing(viewer: Viewer): never {
    throw refusal(hasPermission(viewer, PERMISSIONS.manageUsers, this.roles) ? "not_found" : "forbidden");
  }

  /** R9: the one policy decides; the first failing rule is the answer. */
  private require<A extends Action>(viewer: Viewer, action: A, target: ActionTargets[A], context: PolicyContext): void {
    const decision = can(viewer, action, target, context);
    if (!decision.allowed) throw refusal(DENY_REASON_CODES[decision.reason]);
  }

  /** R25: a change based on another version is a conflict; the record goes only to those who may see it. */
  private conflict(viewer: Viewer, target: ModelUser | ModelExternalUser): Refusal {
    const visible = this.users.has(target.id)
      ? can(viewer, "user.view", this.userTarget(target as ModelUser), this.context()).allowed
      : can(viewer, "externalUsers.list", undefined, this.context()).allowed;
    return refusal("conflict", visible);
  }

  private attempt(command: () => Expected | undefined): Expected {
    try {
      return command() ?? { ok: true };
    } catch (error) {
      if (error instanceof Refusal) return error.expected;
      throw error;
    }
  }

  private provisionalId(what: "user" | "invitation"): string {
    return `${PROVISIONAL_PREFIX}${what} ${++this.created})`;
  }

  // ——— Users ———

  /**
   * R2, R5, R8, R16, R19, R25, R27, R29: decided on the request: any update of someone needs the right
   * to edit them, even an empty or no-op one; a role or grants named in it need the right to give
   * them, even when equal to the current ones. A no-op succeeds and keeps the version.
   */
  updateUser(viewerId: string, id: string, version: number, changes: UserChanges): Expected {
    return this.attempt(() => {
      const viewer = this.activeViewer(viewerId);
      const user = this.users.get(id) ?? this.missing(viewer);
      const roleId = changes.roleId ?? user.roleId;
      const roleChanged = roleId !== user.roleId;
      // R5: grants belong to a custom role; a change to another kind of role drops them.
      const keepsGrants = !roleChanged || findRole(this.roles, roleId)?.kind === "custom";
      const permissions = changes.permissions ?? (keepsGrants ? user.permissions : []);

      const target = this.userTarget(user);
      this.require(viewer, "user.updateProfile", target, this.context());
      const assigned = this.context({ roleId, permissions });
      if (changes.roleId !== undefined) this.require(viewer, "user.changeRole", target, assigned);
      if (changes.permissions !== undefined) this.require(viewer, "user.updatePermissions", target, assigned);
      if (version !== user.version) throw this.conflict(viewer, user);

      const email = changes.email?.trim() ?? user.email;
      const emailKey = normalizeEmail(email);
      const invalid = {
        ...validateProfile(changes),
        ...validateRoleAssignment(this.roles, roleId, permissions),
      };
      if (hasErrors(invalid)) throw refusal("validation");
      const holder = this.userByEmail(email);
      // R2: one user per address.
      if (holder && holder.id !== user.id) throw refusal("validation");
      // R1, R11: an address with a pending invitation is that invitee's: a member taking it would sit
      // beside an invitation that can never be accepted and counts a seat twice.
      const invited = this.invitationByEmail(email);
      if (invited && this.isPending(invited) && emailKey !== normalizeEmail(user.email)) throw refusal("validation");

      const next: ModelUser = {
        ...user,
        firstName: changes.firstName?.trim() ?? user.firstName,
        lastName: changes.lastName?.trim() ?? user.lastName,
        email,
        roleId,
        permissions: [...permissions],
      };
      const changed =
        next.firstName !== user.firstName ||
        next.lastName !== user.lastName ||
        next.email !== user.email ||
        roleChanged ||
        !sameMembers(next.permissions, user.permissions);
      if (changed) this.users.set(id, { ...next, version: user.version + 1 });
      return undefined;
    });
  }

  /** R10, R18, R19, R25: suspended, with a new version. */
  suspendUser(viewerId: string, id: string, version: number | undefined): Expected {
    return this.setStatus(viewerId, id, version, "user.suspend", "suspended");
  }

  /** R10, R25: a suspended user gets access back. */
  reactivateUser(viewerId: string, id: string, version: number | undefined): Expected {
    return this.setStatus(viewerId, id, version, "user.reactivate", "active");
  }

  private setStatus(
    viewerId: string,
    id: string,
    version: number | undefined,
    action: "user.suspend" | "user.reactivate",
    status: UserStatus,
  ): Expected {
    return this.attempt(() => {
      const viewer = this.activeViewer(viewerId);
      const user = this.users.get(id) ?? this.missing(viewer);
      this.require(viewer, action, this.userTarget(user), this.context());
      if (version !== undefined && version !== user.version) throw this.conflict(viewer, user);
      this.users.set(id, { ...user, status, version: user.version + 1 });
      return undefined;
    });
  }

  /** R18, R19, R20: gone at once. */
  deleteUser(viewerId: string, id: string): Expected {
    return this.attempt(() => {
      const viewer = this.activeViewer(viewerId);
      const user = this.users.get(id) ?? this.missing(viewer);
      this.require(viewer, "user.delete", this.userTarget(user), this.context());
      this.users.delete(id);
      return undefined;
    });
  }

  // ——— Invitations ———

  /** R12, R13: a new link, valid from now. */
  private issueLink(invitation: Omit<ModelInvitation, "sentAt" | "expiresAt" | "link">): void {
    this.invitations.set(invitation.id, {
      ...invitation,
      sentAt: this.now,
      expiresAt: this.now + this.validityDays * DAY_MS,
      link: this.links.push(invitation.id) - 1,
    });
  }

  /** R11: a new invitation takes the place of an expired one for the same address. */
  private sendNew(invitee: Invitee, roleId: string, permissions: readonly string[]): void {
    const expired = this.invitationByEmail(invitee.email);
    if (expired && !this.isPending(expired)) this.invitations.delete(expired.id);
    this.issueLink({
      id: this.provisionalId("invitation"),
      email: invitee.email.trim(),
      firstName: invitee.firstName?.trim() ?? "",
      lastName: invitee.lastName?.trim() ?? "",
      roleId,
      permissions: [...permissions],
    });
  }

  /**
   * R1, R2, R11, R23, R27: the request as a whole needs the right to invite with this role and these
   * grants on this plan; then each address gets its own outcome, in order, and one bad address does
   * not block the others.
   */
  inviteUsers(
    viewerId: string,
    invitees: readonly Invitee[],
    roleId: string,
    permissions: readonly string[],
  ): Expected {
    return this.attempt(() => {
      const viewer = this.activeViewer(viewerId);
      this.require(viewer, "invitation.create", undefined, this.context({ inviteCount: 0, roleId, permissions }));
      if (hasErrors(validateInviteeCount(invitees.length))) throw refusal("validation");
      if (hasErrors(validateRoleAssignment(this.roles, roleId, permissions))) throw refusal("validation");
      const plans = planInvitations(invitees, {
        isMember: (key) => this.userByEmail(key) !== undefined,
        isInvited: (key) => {
          const invitation = this.invitationByEmail(key);
          return invitation !== undefined && this.isPending(invitation);
        },
        seatLimit: this.plan.seatLimit,
        seatsUsed: this.seatsUsed(),
      });
      for (const plan of plans) if (plan.outcome === "send") this.sendNew(plan.invitee, roleId, permissions);
      return { ok: true, outcomes: plans.map((plan) => (plan.outcome === "send" ? "sent" : plan.outcome)) };
    });
  }

  /**
   * R1, R13, R23, R27: a fresh link and validity period; the old link dies. Resending gives the
   * invitation's role again, so it needs the right to give it; an expired one takes a seat again.
   */
  resendInvitation(viewerId: string, id: string): Expected {
    return this.attempt(() => {
      const viewer = this.activeViewer(viewerId);
      const invitation = this.invitations.get(id) ?? this.missing(viewer);
      this.require(viewer, "invitation.resend", this.invitationTarget(invitation), this.context());
      // R2, R15: the address became a member's meanwhile: the link could never be accepted.
      if (this.userByEmail(invitation.email)) throw refusal("conflict");
      this.issueLink(invitation);
      return undefined;
    });
  }

  /** R13: removed; its link stops working at once. */
  cancelInvitation(viewerId: string, id: string): Expected {
    return this.attempt(() => {
      const viewer = this.activeViewer(viewerId);
      const invitation = this.invitations.get(id) ?? this.missing(viewer);
      this.require(viewer, "invitation.cancel", this.invitationTarget(invitation), this.context());
      this.invitations.delete(id);
      return undefined;
    });
  }

  /** R1, R2, R14, R27: cancel and reinvite in one step; a pending invitation's seat passes on. */
  replaceInvitation(
    viewerId: string,
    id: string,
    invitee: Invitee,
    roleId: string,
    permissions: readonly string[],
  ): Expected {
    return this.attempt(() => {
      const viewer = this.activeViewer(viewerId);
      const invitation = this.invitations.get(id) ?? this.missing(viewer);
      this.require(
        viewer,
        "invitation.replace",
        this.invitationTarget(invitation),
        this.context({ roleId, permissions }),
      );
      const invalid =
        validateEmail(invitee.email) !== null ||
        hasErrors(validateProfile({ firstName: invitee.firstName, lastName: invitee.lastName })) ||
        hasErrors(validateRoleAssignment(this.roles, roleId, permissions));
      if (invalid) throw refusal("validation");
      const other = this.invitationByEmail(invitee.email);
      const invitedElsewhere = other !== undefined && other.id !== id && this.isPending(other);
      if (this.userByEmail(invitee.email) || invitedElsewhere) throw refusal("validation");
      this.invitations.delete(id);
      this.sendNew(invitee, roleId, permissions);
      return undefined;
    });
  }

  /**
   * R6, R12, R15: the link is the credential and works once; a dead link (cancelled, replaced,
   * resent, accepted, never issued) is invalid, an expired one expired. The invitee becomes a user
   * with the invited address and role.
   */
  acceptInvitation(link: number | undefined, firstName: string, lastName: string): Expected {
    return this.attempt(() => {
      const invitation = link === undefined ? undefined : this.invitationOfLink(link);
      if (!invitation) throw refusal("invitation_invalid");
      if (!this.isPending(invitation)) throw refusal("invitation_expired");
      if (hasErrors(validateProfile({ firstName, lastName }))) throw refusal("validation");
      if (this.userByEmail(invitation.email)) throw refusal("conflict");
      const owner = this.users.size === 0 ? this.roles.find((role) => role.kind === "owner") : undefined;
      const id = this.provisionalId("user");
      this.users.set(id, {
        id,
        email: invitation.email,
        firstName: firstName.trim() || invitation.firstName,
        lastName: lastName.trim() || invitation.lastName,
        roleId: owner?.id ?? invitation.roleId,
        permissions: owner ? [] : [...invitation.permissions],
        status: "active",
        version: 1,
      });
      this.invitations.delete(invitation.id);
      return undefined;
    });
  }

  // ——— External users ———

  /** R22, R25, R27, R29: only their role here changes; a no-op keeps the version. */
  updateExternalUser(
    viewerId: string,
    id: string,
    version: number,
    roleId: string,
    permissions: readonly string[],
  ): Expected {
    return this.attempt(() => {
      const viewer = this.activeViewer(viewerId);
      const external = this.externalUsers.get(id) ?? this.missing(viewer);
      this.require(viewer, "externalUser.update", this.externalTarget(external), this.context({ roleId, permissions }));
      if (version !== external.version) throw this.conflict(viewer, external);
      if (hasErrors(validateRoleAssignment(this.roles, roleId, permissions))) throw refusal("validation");
      if (external.roleId === roleId && sameMembers(external.permissions, permissions)) return undefined;
      this.externalUsers.set(id, { ...external, roleId, permissions: [...permissions], version: external.version + 1 });
      return undefined;
    });
  }

  /** R20, R22: their access here ends. */
  removeExternalUser(viewerId: string, id: string): Expected {
    return this.attempt(() => {
      const viewer = this.activeViewer(viewerId);
      const external = this.externalUsers.get(id) ?? this.missing(viewer);
      this.require(viewer, "externalUser.remove", this.externalTarget(external), this.context());
      this.externalUsers.delete(id);
      return undefined;
    });
  }

  // ——— Time and ids ———

  advanceClock(days: number): Expected {
    this.now += days * DAY_MS;
    return { ok: true };
  }

  /**
   * Gives the records this model created the ids the system gave them, matched by email key (R2:
   * unique among users, and among invitations). Returns the provisional ids nothing matched.
   */
  adoptIds(
    systemUsers: readonly { id: string; email: string }[],
    systemInvitations: readonly { id: string; email: string }[],
  ): string[] {
    const unmatched: string[] = [];
    const adopt = <T extends { id: string; email: string }>(
      records: Map<string, T>,
      system: readonly { id: string; email: string }[],
      renamed: (from: string, to: string) => void,
    ) => {
      for (const record of [...records.values()]) {
        if (!record.id.startsWith(PROVISIONAL_PREFIX)) continue;
        const key = normalizeEmail(record.email);
        const match = system.find((candidate) => normalizeEmail(candidate.email) === key);
        if (!match || this.knownIds.has(match.id)) {
          unmatched.push(record.id);
          continue;
        }
        records.delete(record.id);
        records.set(match.id, { ...record, id: match.id });
        this.knownIds.add(match.id);
        renamed(record.id, match.id);
      }
    };
    adopt(this.users, systemUsers, () => {});
    adopt(this.invitations, systemInvitations, (from, to) => {
      for (const [link, invitationId] of this.links.entries()) if (invitationId === from) this.links[link] = to;
    });
    return unmatched;
  }
}
