import { UserManagementError, type UserManagementErrorCode } from "./errors";
import { PERMISSIONS } from "./permissions";
import { findRole, hasPermission, isOwnerRole } from "./roles";
import type { Account, ExternalUser, Invitation, RoleDefinition, User, Viewer } from "./types";

/** What each action acts on. `undefined` means the action concerns the account as a whole. */
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

/** Every action of the domain that `can()` decides (R9). */
export type Action = keyof ActionTargets;

/** Facts beyond viewer and target that some decisions need. */
export interface PolicyContext {
  roles: readonly RoleDefinition[];
  account: Pick<Account, "plan" | "seatsUsed">;
  /** R19: active users holding an owner-kind role right now. */
  activeOwnerCount: number;
  /** `user.changeRole`, `externalUser.update`: the role the target would get. */
  roleId?: string;
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

type Rule<A extends Action> = (viewer: Viewer, target: ActionTargets[A], context: PolicyContext) => Decision;

const manages = (viewer: Viewer, context: PolicyContext) =>
  hasPermission(viewer, PERMISSIONS.manageUsers, context.roles);

const requireManager = (viewer: Viewer, context: PolicyContext, what: string): Decision =>
  manages(viewer, context) ? ALLOWED : deny("not_permitted", `Only people who manage users can ${what}.`);

/** R19: the target is the only active owner, so the account would be left without one. */
const isLastOwner = (target: User, context: PolicyContext) =>
  target.status === "active" && isOwnerRole(context.roles, target.roleId) && context.activeOwnerCount <= 1;

const lastOwner = (target: User, context: PolicyContext, what: string) => {
  const role = findRole(context.roles, target.roleId)?.label ?? "owner";
  return deny(
    "last_owner",
    `${displayName(target)} is the last active ${role.toLowerCase()} and cannot be ${what}. Give someone else that role first.`,
  );
};

const chain = (...decisions: (() => Decision)[]): Decision => {
  for (const decide of decisions) {
    const decision = decide();
    if (!decision.allowed) return decision;
  }
  return ALLOWED;
};

/** R16, R8: yourself, or a user manager for anyone else. */
const selfOrManager =
  (what: string) =>
  (viewer: Viewer, target: User, context: PolicyContext): Decision =>
    target.id === viewer.id && !viewer.isExternal ? ALLOWED : requireManager(viewer, context, what);

const RULES: { [A in Action]: Rule<A> } = {
  "users.list": (viewer, _t, context) => requireManager(viewer, context, "see other users"),
  "user.view": selfOrManager("see other users"),
  "user.updateProfile": selfOrManager("edit other users"),
  "user.changePassword": selfOrManager("change another user's password"),
  "user.changeRole": (viewer, target, context) =>
    chain(
      () => requireManager(viewer, context, "change roles"),
      () =>
        context.roleId !== undefined && !isOwnerRole(context.roles, context.roleId) && isLastOwner(target, context)
          ? lastOwner(target, context, "given another role")
          : ALLOWED,
    ),
  "user.updatePermissions": (viewer, _t, context) => requireManager(viewer, context, "change permissions"),
  "user.suspend": (viewer, target, context) =>
    chain(
      () => requireManager(viewer, context, "suspend users"),
      () => (target.id === viewer.id ? deny("self_action", "You cannot suspend yourself.") : ALLOWED),
      () =>
        target.status === "active"
          ? ALLOWED
          : deny("invalid_state", `${displayName(target)} is not active, so cannot be suspended.`),
      () => (isLastOwner(target, context) ? lastOwner(target, context, "suspended") : ALLOWED),
    ),
  "user.reactivate": (viewer, target, context) =>
    chain(
      () => requireManager(viewer, context, "reactivate users"),
      () =>
        target.status === "suspended"
          ? ALLOWED
          : deny("invalid_state", `${displayName(target)} is not suspended, so cannot be reactivated.`),
    ),
  "user.delete": (viewer, target, context) =>
    chain(
      () => requireManager(viewer, context, "delete users"),
      () =>
        target.id === viewer.id ? deny("self_action", "You cannot delete the user you are logged in as.") : ALLOWED,
      () => (isLastOwner(target, context) ? lastOwner(target, context, "deleted") : ALLOWED),
    ),
  "invitations.list": (viewer, _t, context) => requireManager(viewer, context, "see invitations"),
  "invitation.create": (viewer, _t, context) =>
    chain(
      () => requireManager(viewer, context, "invite users"),
      () => planAllowsInvites(context),
      () => {
        const { seatLimit } = context.account.plan;
        const wanted = context.inviteCount ?? 1;
        if (seatLimit === null || context.account.seatsUsed + wanted <= seatLimit) return ALLOWED;
        const left = Math.max(0, seatLimit - context.account.seatsUsed);
        return deny(
          "seat_limit",
          left === 0
            ? `All ${seatLimit} seats are used. Remove someone or upgrade your plan to invite more people.`
            : `Only ${left} of ${seatLimit} seats are left; invite fewer people or upgrade your plan.`,
        );
      },
    ),
  "invitation.resend": (viewer, _t, context) =>
    chain(
      () => requireManager(viewer, context, "resend invitations"),
      () => planAllowsInvites(context),
    ),
  "invitation.cancel": (viewer, _t, context) => requireManager(viewer, context, "cancel invitations"),
  "invitation.replace": (viewer, _t, context) =>
    chain(
      () => requireManager(viewer, context, "change invitations"),
      () => planAllowsInvites(context),
    ),
  "externalUsers.list": (viewer, _t, context) => requireManager(viewer, context, "see external users"),
  "externalUser.update": (viewer, _t, context) => requireManager(viewer, context, "change external users"),
  "externalUser.remove": (viewer, target, context) =>
    chain(
      () => requireManager(viewer, context, "remove external users"),
      () => (target.id === viewer.id ? deny("self_action", "You cannot remove your own access.") : ALLOWED),
    ),
  "account.update": (viewer, _t, context) =>
    hasPermission(viewer, PERMISSIONS.manageAccount, context.roles)
      ? ALLOWED
      : deny("not_permitted", "Only the account holder can change the account's details."),
  "account.delete": (viewer, _t, context) =>
    hasPermission(viewer, PERMISSIONS.manageAccount, context.roles)
      ? ALLOWED
      : deny("not_permitted", "Only the account holder can delete the account."),
  "apiTokens.create": (viewer, _t, context) =>
    hasPermission(viewer, PERMISSIONS.createApiTokens, context.roles)
      ? ALLOWED
      : deny("not_permitted", "Only administrators can create API tokens."),
};

function planAllowsInvites(context: PolicyContext): Decision {
  const { plan } = context.account;
  if (plan.multiUser) return ALLOWED;
  const upgrade = plan.upgradePlanName ? ` Upgrade to ${plan.upgradePlanName} to invite people.` : "";
  return deny("plan_required", `Your ${plan.name} plan does not include multi-user access.${upgrade}`);
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
  return RULES[action](viewer, target, context);
}

const ERROR_CODES: Record<DenyReason, UserManagementErrorCode> = {
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
  const decision = can(viewer, action, target, context);
  if (!decision.allowed) throw new UserManagementError(ERROR_CODES[decision.reason], decision.message);
}
