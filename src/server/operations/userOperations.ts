import type {
  ChangePasswordParams,
  ListUsersResult,
  UpdateUserParams,
  UserResult,
  UserStatusParams,
} from "../../adapter/contract";
import { type Action, assertCan, missingRecordError } from "../../core/can";
import { normalizeEmail } from "../../core/email";
import { assertValid } from "../../core/errors";
import { validateSearch } from "../../core/limits";
import { validatePaging } from "../../core/paging";
import { reauthenticationError, validateNewPassword } from "../../core/password";
import { conflictError } from "../../core/recordErrors";
import type { User } from "../../core/types";
import { assertCanChangeUser, emailInvitedError, emailTakenError, planUserUpdate } from "../../core/userUpdate";
import { hashPassword, verifyPassword } from "../secrets";
import type { LockOption, UserListQuery } from "../store";
import {
  ACCESS_REVOKED_ATTEMPTS,
  lockActiveOwners,
  type OperationSettings,
  policyContext,
  type Transact,
  type ViewerContext,
} from "./operationContext";

/** The user `action` is about; a missing one is `not_found` only to those who may act on others (R29). */
async function requireUser(context: ViewerContext, id: string, action: Action, options?: LockOption): Promise<User> {
  const user = await context.tx.findUser(id, options);
  if (!user) throw missingRecordError(context.viewer, action, policyContext(context), "user", id);
  return user;
}

/** R20, R30: ends the removed user's sessions once committed, retried, reported if it keeps failing. */
function endSessionsAfterCommit(context: ViewerContext, userId: string): void {
  context.after(() => context.settings.onAccessRevoked(userId), { attempts: ACCESS_REVOKED_ATTEMPTS });
}

/** Stores a change made from `user`, or fails with the fresh record (R25). */
async function saveUser(context: ViewerContext, user: User, updated: User): Promise<UserResult> {
  if (!(await context.tx.updateUser(updated, user.version))) {
    throw conflictError((await context.tx.findUser(user.id)) ?? user);
  }
  return { user: updated };
}

/** R1, R8: one page of users, for those who manage users. */
export async function listUsers(context: ViewerContext, query: UserListQuery): Promise<ListUsersResult> {
  assertCan(context.viewer, "users.list", undefined, policyContext(context));
  assertValid({ ...validatePaging(query.page, query.pageSize), ...validateSearch(query.search) });
  return context.tx.listUsers(
    query,
    context.account.roleModel.roles.map((role) => role.id),
  );
}

/** R8: yourself, or anyone when you manage users. */
export async function getUser(context: ViewerContext, { id }: { id: string }): Promise<UserResult> {
  const user = await requireUser(context, id, "user.view");
  assertCan(context.viewer, "user.view", user, policyContext(context));
  return { user };
}

/** R2, R5, R16, R19, R25, R27, R29: decided on the request; a no-op stores nothing. */
export async function updateUser(
  context: ViewerContext,
  { id, version, changes }: Omit<UpdateUserParams, "signal">,
): Promise<UserResult> {
  // The account row first when the email changes: invitations take it too, so an address cannot be
  // given to a user and invited at once (R2, R11). Then owners, then the user: every R19 change locks
  // in this order, so none waits on another in a cycle.
  if (changes.email !== undefined) await context.tx.getAccount({ forUpdate: true });
  const activeOwnerCount = changes.roleId === undefined ? undefined : await lockActiveOwners(context);
  const user = await requireUser(context, id, "user.updateProfile", { forUpdate: true });
  const roles = context.account.roleModel.roles;
  assertCanChangeUser(context.viewer, user, changes, policyContext(context, { activeOwnerCount }));
  if (version !== user.version) throw conflictError(user);
  const { user: updated, changed, fieldErrors } = planUserUpdate(user, changes, roles);
  if (changes.email !== undefined && !fieldErrors.email) {
    const key = normalizeEmail(changes.email);
    if (key !== normalizeEmail(user.email)) {
      if ((await context.tx.memberEmails([key])).has(key)) Object.assign(fieldErrors, emailTakenError(changes.email));
      else if ((await context.tx.invitedEmails([key], context.settings.clock.now())).has(key)) {
        Object.assign(fieldErrors, emailInvitedError(changes.email));
      }
    }
  }
  assertValid(fieldErrors);
  return changed ? saveUser(context, user, updated) : { user };
}

/** R18, R19, R20: deleted at once, and logged out. */
export async function deleteUser(context: ViewerContext, { id }: { id: string }): Promise<undefined> {
  const activeOwnerCount = await lockActiveOwners(context);
  const user = await requireUser(context, id, "user.delete", { forUpdate: true });
  assertCan(context.viewer, "user.delete", user, policyContext(context, { activeOwnerCount }));
  await context.tx.deleteUser(user.id);
  endSessionsAfterCommit(context, user.id);
  return undefined;
}

/** R10, R18, R19, R20, R25: suspended, and logged out. */
export async function suspendUser(
  context: ViewerContext,
  { id, version }: Omit<UserStatusParams, "signal">,
): Promise<UserResult> {
  const activeOwnerCount = await lockActiveOwners(context);
  const user = await requireUser(context, id, "user.suspend", { forUpdate: true });
  assertCan(context.viewer, "user.suspend", user, policyContext(context, { activeOwnerCount }));
  if (version !== undefined && version !== user.version) throw conflictError(user);
  const result = await saveUser(context, user, { ...user, status: "suspended", version: user.version + 1 });
  endSessionsAfterCommit(context, user.id);
  return result;
}

/** R10, R25: a suspended user gets their access back. */
export async function reactivateUser(
  context: ViewerContext,
  { id, version }: Omit<UserStatusParams, "signal">,
): Promise<UserResult> {
  const user = await requireUser(context, id, "user.reactivate", { forUpdate: true });
  assertCan(context.viewer, "user.reactivate", user, policyContext(context));
  if (version !== undefined && version !== user.version) throw conflictError(user);
  return saveUser(context, user, { ...user, status: "active", version: user.version + 1 });
}

/**
 * R16, R17: the caller proves who they are with their own password, whoever's password changes.
 * Hashing takes the better part of a second by design, so it never runs inside a transaction (R31):
 * one transaction decides and reads the caller's hash, the hashing follows, and a second one decides
 * again and stores the new hash only if the caller's own is still the one verified.
 */
export async function changePassword(
  transact: Transact,
  settings: OperationSettings,
  { id, newPassword, actorPassword }: Omit<ChangePasswordParams, "signal">,
): Promise<undefined> {
  const decide = async (context: ViewerContext) => {
    const user = await requireUser(context, id, "user.changePassword", { forUpdate: true });
    assertCan(context.viewer, "user.changePassword", user, policyContext(context));
    return { user, actorHash: (await context.tx.passwordHash(context.viewer.id)) ?? "" };
  };
  const { actorHash } = await transact(async (context) => {
    const decided = await decide(context);
    assertValid(validateNewPassword(newPassword, actorPassword));
    return decided;
  });
  if (!(await verifyPassword(actorPassword, actorHash))) throw reauthenticationError();
  const newHash = await hashPassword(newPassword, settings.passwordIterations);
  await transact(async (context) => {
    const { user, actorHash: now } = await decide(context);
    if (now !== actorHash) throw reauthenticationError();
    await context.tx.setPasswordHash(user.id, newHash);
  });
  return undefined;
}
