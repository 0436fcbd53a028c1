import type { Action } from "./actions";
import { UserManagementError, type UserManagementErrorCode } from "./errors";
import { PERMISSIONS } from "./permissions";
import { notFoundError } from "./recordErrors";
import { findRole, hasPermission, isOwnerRole, withinRoleCeiling } from "./roles";
import type { Account, ExternalUser, Invitation, RoleDefinition, User, UserStatus, Viewer } from "./types";
import { assertActiveViewer } from "./viewerAccess";

export type { Action } from "./actions";

/**
 * What each action acts on. `undefined` means the action concerns the account as a whole. Its keys
 * are exactly {@link ACTIONS} (checked below).
 */
export interface ActionTargets {
  "users.list": undefined;
  "user.view": User;
  "user.updateProfile": User;
  "user.changeRole": User;
  "user.updatePermissions": User;
  "user.changePassword": User;
  "user.suspend": User;
  "user.reactivate": User;
  "user.delete": User;
  "invitations.list": undefined;
  "invitation.create": undefined;
  "invitation.resend": Invitation;
  "invitation.cancel": Invitation;
  "invitation.replace": Invitation;
  "externalUsers.list": undefined;
  "externalUser.update": ExternalUser;
  "externalUser.remove": ExternalUser;
  "account.update": undefined;
  "account.delete": undefined;
  "apiTokens.create": undefined;
}

// Fails to compile when ActionTargets and ACTIONS name different actions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const actionsMatch: Same<keyof ActionTargets, Action> = true;
void actionsMatch;

/** Facts beyond viewer and target that some decisions need. */
export interface PolicyContext {
  roles: readonly RoleDefinition[];
  account: Pick<Account, "plan" | "seatsUsed">;
  /** R19: active users holding an owner-kind role right now. */
  activeOwnerCount: number;
  /**
   * The role the target would get: `user.changeRole`, `user.updatePermissions`, `externalUser.update`,
   * `invitation.create`, `invitation.replace` (R19, R27). When absent, only whether the viewer may
   * change the target's role at all is decided ("may I open the role picker?").
   */
  roleId?: string;
  /** The one-by-one grants the target would get with `roleId` (R5, R27). */
  permissions?: readonly string[];
  /** `invitation.create`: how many new invitations would be sent (R1). Defaults to 1. */
  inviteCount?: number;
}

/** Why an action is not allowed. The UI translates these codes; `message` is the English text. */
export type DenyReason =
  | "not_permitted"
  | "inactive_viewer"
  | "self_action"
  | "last_owner"
  | "plan_required"
  | "seat_limit"
  | "invalid_state";

/** The answer of `can()`: allowed, or a reason code with a human message. */
export type Decision = { allowed: true } | { allowed: false; reason: DenyReason; message: string };

const ALLOWED: Decision = { allowed: true };
const deny = (reason: DenyReason, message: string): Decision => ({ allowed: false, reason, message });

const displayName = (person: { firstName: string; lastName: string; email: string }) =>
  `${person.firstName} ${person.lastName}`.trim() || person.email;

/**
 * One action's rule, as data; {@link decide} checks the parts in this order and the first that
 * fails is the reason. Every action needs `users.manage` unless `permission` says otherwise.
 */
interface Rule {
  /** The permission needed, and the message when it is missing. */
  permission?: [id: string, message: string];
  /** What the action does, in "Only people who manage users can …". */
  what?: string;
  /** R8, R16: acting on yourself needs no permission. */
  selfAllowed?: true;
  /** R18: acting on yourself is refused with this message. */
  selfDenied?: string;
  /** The status the target must have, and the verb for the message. */
  status?: [UserStatus, string];
  /** R19: the last active owner cannot be … (the participle); `demoting`: only when the new role is not an owner's. */
  lastOwner?: [participle: string, demoting?: true];
  /**
   * R27: acting on a holder of an owner-kind role (a user, an external user, an invitation) is an
   * owner's decision: only an owner-kind viewer edits, suspends, removes or re-invites them.
   */
  ownersOnly?: true;
  /**
   * R27: the action gives a role and grants, which must be within the viewer's own (and an
   * owner-kind role only from an owner-kind viewer): `new` gives `context.roleId` /
   * `context.permissions` (unchecked when absent: "may I change this person's role at all?");
   * `again` gives the target invitation's own role once more (resending).
   */
  assigns?: "new" | "again";
  /** R23: needs a plan with multi-user access. */
  plan?: true;
  /**
   * R1: needs free seats: `new` for `context.inviteCount` invitations (default 1); `revived` for one
   * seat when the target invitation has expired (resending or replacing it makes it pending again).
   */
  seats?: "new" | "revived";
}

const RULES: Record<Action, Rule> = {
  "users.list": { what: "see other users" },
  "user.view": { what: "see other users", selfAllowed: true },
  "user.updateProfile": { what: "edit other users", selfAllowed: true, ownersOnly: true },
  "user.changePassword": { what: "change another user's password", selfAllowed: true, ownersOnly: true },
  "user.changeRole": {
    what: "change roles",
    selfDenied: "You cannot change your own role.",
    ownersOnly: true,
    assigns: "new",
    lastOwner: ["given another role", true],
  },
  "user.updatePermissions": {
    what: "change permissions",
    selfDenied: "You cannot change your own permissions.",
    ownersOnly: true,
    assigns: "new",
  },
  "user.suspend": {
    what: "suspend users",
    selfDenied: "You cannot suspend yourself.",
    status: ["active", "suspended"],
    ownersOnly: true,
    lastOwner: ["suspended"],
  },
  "user.reactivate": { what: "reactivate users", status: ["suspended", "reactivated"], ownersOnly: true },
  "user.delete": {
    what: "delete users",
    selfDenied: "You cannot delete the user you are logged in as.",
    ownersOnly: true,
    lastOwner: ["deleted"],
  },
  "invitations.list": { what: "see invitations" },
  "invitation.create": { what: "invite users", assigns: "new", plan: true, seats: "new" },
  "invitation.resend": { what: "resend invitations", ownersOnly: true, assigns: "again", plan: true, seats: "revived" },
  "invitation.cancel": { what: "cancel invitations", ownersOnly: true },
  "invitation.replace": { what: "change invitations", ownersOnly: true, assigns: "new", plan: true, seats: "revived" },
  "externalUsers.list": { what: "see external users" },
  "externalUser.update": {
    what: "change external users",
    selfDenied: "You cannot change your own role.",
    ownersOnly: true,
    assigns: "new",
  },
  "externalUser.remove": {
    what: "remove external users",
    selfDenied: "You cannot remove your own access.",
    ownersOnly: true,
  },
  "account.update": {
    permission: [PERMISSIONS.manageAccount, "Only the account holder can change the account's details."],
  },
  "account.delete": { permission: [PERMISSIONS.manageAccount, "Only the account holder can delete the account."] },
  "apiTokens.create": { permission: [PERMISSIONS.createApiTokens, "Only administrators can create API tokens."] },
};

type Target = User | ExternalUser | Invitation | undefined;

/** The target as a user, for the parts of a rule that only users have (status, owner role). */
const asUser = (target: Target): User | undefined => (target && "createdAt" in target ? target : undefined);

/** A role's label in lower case, for messages; its id when the model does not know it. */
const roleName = (roles: readonly RoleDefinition[], roleId: string) =>
  (findRole(roles, roleId)?.label ?? roleId).toLowerCase();

/** R27: an owner-kind target is an owner's to manage; why not, or `undefined` when allowed. */
function ownerDenial(viewer: Viewer, target: Target, roles: readonly RoleDefinition[]): Decision | undefined {
  if (!target || !isOwnerRole(roles, target.roleId) || isOwnerRole(roles, viewer.roleId)) return undefined;
  const name = roleName(roles, target.roleId);
  return deny("not_permitted", `Only an ${name} can manage someone who has the ${name} role.`);
}

/** R27: why giving this role and these grants is above the viewer's ceiling; `undefined` when it is not. */
function ceilingDenial(rule: Rule, viewer: Viewer, target: Target, context: PolicyContext): Decision | undefined {
  const { roles } = context;
  const given = rule.assigns === "again" ? target : context;
  const roleId = given?.roleId;
  if (roleId === undefined) return undefined;
  if (!isOwnerRole(roles, viewer.roleId) && isOwnerRole(roles, roleId)) {
    return deny("not_permitted", `Only an ${roleName(roles, roleId)} can give that role.`);
  }
  const grants = given?.permissions ?? [];
  if (!withinRoleCeiling(viewer, { roleId, permissions: grants }, roles)) {
    return deny("not_permitted", `You can only give a role or permissions that you have yourself.`);
  }
  return undefined;
}

/** R1: how many seats the action takes. */
function seatsNeeded(rule: Rule, target: Target, context: PolicyContext): number {
  if (rule.seats === "new") return context.inviteCount ?? 1;
  return target && "status" in target && target.status === "expired" ? 1 : 0;
}

/** The permission a rule needs, and the message when it is missing. */
const permissionOf = (rule: Rule): [id: string, message: string] =>
  rule.permission ?? [PERMISSIONS.manageUsers, `Only people who manage users can ${rule.what}.`];

/** A role's own refusal of an action (`deniedActions`); `undefined` when the role has none. */
function roleDenial(
  action: Action,
  rule: Rule,
  viewer: Viewer,
  roles: readonly RoleDefinition[],
): Decision | undefined {
  const role = findRole(roles, viewer.roleId);
  if (!role?.deniedActions?.includes(action)) return undefined;
  const what = rule.what ?? "do this";
  return deny("not_permitted", `Your role (${role.label}) does not let you ${what}.`);
}

function decide(action: Action, viewer: Viewer, target: Target, context: PolicyContext): Decision {
  const rule = RULES[action];
  const isSelf = target !== undefined && target.id === viewer.id;
  const [permission, missing] = permissionOf(rule);
  if (rule.selfAllowed && isSelf && !viewer.isExternal) return ALLOWED;
  if (!hasPermission(viewer, permission, context.roles)) return deny("not_permitted", missing);
  const withheld = roleDenial(action, rule, viewer, context.roles);
  if (withheld) return withheld;
  if (rule.selfDenied && isSelf) return deny("self_action", rule.selfDenied);
  const user = asUser(target);
  if (rule.status && user && user.status !== rule.status[0]) {
    return deny("invalid_state", `${displayName(user)} is not ${rule.status[0]}, so cannot be ${rule.status[1]}.`);
  }
  const aboveCeiling =
    (rule.ownersOnly && ownerDenial(viewer, target, context.roles)) ||
    (rule.assigns && ceilingDenial(rule, viewer, target, context));
  if (aboveCeiling) return aboveCeiling;
  // R19: the target is the only active owner and would stop being one.
  const [participle, demoting] = rule.lastOwner ?? [];
  const staysOwner = demoting && (context.roleId === undefined || isOwnerRole(context.roles, context.roleId));
  if (
    participle &&
    !staysOwner &&
    user?.status === "active" &&
    isOwnerRole(context.roles, user.roleId) &&
    context.activeOwnerCount <= 1
  ) {
    const role = findRole(context.roles, user.roleId)?.label.toLowerCase() ?? "owner";
    return deny(
      "last_owner",
      `${displayName(user)} is the last active ${role} and cannot be ${participle}. Give someone else that role first.`,
    );
  }
  const { plan, seatsUsed } = context.account;
  if (rule.plan && !plan.multiUser) {
    const upgrade = plan.upgradePlanName ? ` Upgrade to ${plan.upgradePlanName} to invite people.` : "";
    return deny("plan_required", `Your ${plan.name} plan does not include multi-user access.${upgrade}`);
  }
  const limit = plan.seatLimit;
  const seats = rule.seats ? seatsNeeded(rule, target, context) : 0;
  if (seats > 0 && limit !== null && seatsUsed + seats > limit) {
    const left = Math.max(0, limit - seatsUsed);
    return deny(
      "seat_limit",
      left === 0
        ? `All ${limit} seats are used. Remove someone or upgrade your plan to invite more people.`
        : `Only ${left} of ${limit} seats are left; invite fewer people or upgrade your plan.`,
    );
  }
  return ALLOWED;
}

/**
 * R9: the one pure function that decides every action of the domain. The UI disables what is not
 * allowed and shows `message`; adapters and servers call it too, so bypassing the UI changes nothing.
 */
export function can<A extends Action>(
  viewer: Viewer,
  action: A,
  target: ActionTargets[A],
  context: PolicyContext,
): Decision {
  if (viewer.status !== "active") {
    return deny(
      "inactive_viewer",
      viewer.status === "revoked"
        ? "Your access to this account was revoked."
        : "Your access to this account is suspended.",
    );
  }
  return decide(action, viewer, target, context);
}

/** The error code a backend answers with when `can()` refuses for this reason. */
export const DENY_REASON_CODES: Readonly<Record<DenyReason, UserManagementErrorCode>> = {
  not_permitted: "forbidden",
  inactive_viewer: "access_revoked",
  self_action: "self_action",
  last_owner: "last_owner",
  plan_required: "plan_required",
  seat_limit: "seat_limit",
  invalid_state: "conflict",
};

/** Like `can()`, but throws the matching UserManagementError when the action is not allowed. */
export function assertCan<A extends Action>(
  viewer: Viewer,
  action: A,
  target: ActionTargets[A],
  context: PolicyContext,
): void {
  // R10: an inactive viewer gets the same error as on any request (access_revoked / access_suspended).
  assertActiveViewer(viewer);
  const decision = can(viewer, action, target, context);
  if (!decision.allowed) throw new UserManagementError(DENY_REASON_CODES[decision.reason], decision.message);
}

/**
 * R29: what to answer when the record an action names does not exist. Only a viewer who may take
 * the action on others learns that (`not_found`); anyone else gets the refusal an existing record
 * would give them (`forbidden`), so a refusal never tells whether an id exists.
 */
export function missingRecordError(
  viewer: Viewer,
  action: Action,
  context: Pick<PolicyContext, "roles">,
  what: string,
  id: string,
): UserManagementError {
  assertActiveViewer(viewer);
  const [permission, missing] = permissionOf(RULES[action]);
  return hasPermission(viewer, permission, context.roles)
    ? notFoundError(what, id)
    : new UserManagementError("forbidden", missing);
}
