import type { DenyReason } from "../../../core/can";
import type { UserManagementErrorCode } from "../../../core/errors";
import type { InvitationStatus, UserStatus } from "../../../core/types";

/** Strings shared by every component: statuses, buttons, errors, reasons an action is denied. */
export const common = {
  loading: "Loading…",
  retry: "Try again",
  cancel: "Cancel",
  close: "Close",
  /** The toasts' close button, Undo and the toast region's name. */
  dismiss: "Dismiss",
  undo: "Undo",
  notifications: "Notifications",
  save: "Save",
  saving: "Saving…",
  /** A row action whose request is under way: its menu items wait for the answer. */
  inProgress: "In progress…",
  you: "You",
  role: "Role",
  permissions: "Permissions",
  never: "Never",
  enabled: "Enabled",
  disabled: "Disabled",
  previousPage: "Previous page",
  nextPage: "Next page",
  pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
  /** The page count is a lower bound: the backend counted only so far ("Page 2 of 400+"). */
  pageOfAtLeast: (page: number, count: number) => `Page ${page} of ${count}+`,
  status: { active: "Active", suspended: "Suspended", revoked: "Revoked" } satisfies Record<UserStatus, string>,
  invitationStatus: { pending: "Pending", expired: "Expired" } satisfies Record<InvitationStatus, string>,
  /** R1: no seat left to invite anyone (page header, invite dialog). */
  seatLimitReached: "All seats are used. Remove someone or upgrade your plan to invite more people.",
  /** R23: what the plan lacks, naming it (page, invite dialog, invitation actions). */
  planRequired: (plan: string) =>
    `Multi-user access lets each teammate log in with their own password and permissions. It is not included in your ${plan} plan: upgrade to invite people.`,
  /** R27: why a role or permission is not offered in a role picker. */
  roleLimits: {
    ownRole: "You cannot change your own role or permissions.",
    ownerOnly: (role: string) => `Only someone with the ${role} role can give it or change who has it.`,
    aboveYours: "This person has permissions that you do not have, so you cannot change their role or permissions.",
    permissionNotHeld: "You do not have this permission, so you cannot grant it.",
  },
  /** R9: why an action is not allowed, by reason code. */
  denied: {
    not_permitted: "You do not have permission to do this.",
    inactive_viewer: "Your access to this account is no longer active.",
    self_action: "You cannot do this to yourself.",
    last_owner: "The account must keep at least one active owner.",
    plan_required: "Your plan does not include this.",
    seat_limit: "All seats are used.",
    invalid_state: "This is not possible in the user's current state.",
  } satisfies Record<DenyReason, string>,
  /** R24: what went wrong and what to do, by error code. */
  errors: {
    forbidden: "You do not have permission to do this.",
    not_found: "This no longer exists. It may have been removed by someone else; refresh the list.",
    conflict: "Someone else changed this in the meantime. Review the current values and save again.",
    validation: "Some fields need attention.",
    last_owner: "The account must keep at least one active owner. Give someone else that role first.",
    self_action: "You cannot do this to the user you are logged in as.",
    seat_limit: "All seats are used. Remove someone or upgrade your plan.",
    plan_required: "Your plan does not include multi-user access. Upgrade to invite people.",
    invitation_expired: "This invitation has expired. Ask for a new one.",
    invitation_invalid: "This invitation link is no longer valid. Ask for a new one.",
    reauthentication_failed: "Your own password is not correct.",
    access_revoked: "Your access to this account was revoked.",
    access_suspended: "Your access to this account is suspended. Ask the account's administrator to reactivate you.",
    network: "The server could not be reached. Check your connection and try again.",
    timeout: "The server took too long to answer. Try again in a moment.",
    unavailable: "The service is unavailable right now. Try again in a moment.",
    not_implemented: "This is not supported by the backend.",
    malformed_response: "The server sent an answer we could not read. Try again later.",
  } satisfies Record<UserManagementErrorCode, string>,
};
