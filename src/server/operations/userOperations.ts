import type {
  ChangePasswordParams,
  ListUsersResult,
  UpdateUserParams,
  UserResult,
  UserStatusParams,
} from "../../adapter/contract";
import { assertCan } from "../../core/can";
import { normalizeEmail } from "../../core/email";
import { assertValid } from "../../core/errors";
import { validatePaging } from "../../core/paging";
import { reauthenticationError, validateNewPassword } from "../../core/password";
import { conflictError, notFoundError } from "../../core/recordErrors";
import type { User } from "../../core/types";
import { assertCanChangeUser, emailTakenError, planUserUpdate } from "../../core/userUpdate";
import { hashPassword, verifyPassword } from "../secrets";
import type { LockOption, UserListQuery } from "../store";
import { lockActiveOwners, policyContext, type ViewerContext } from "./operationContext";

async function requireUser(context: ViewerContext, id: string, options?: LockOption): Promise<User> {
  const user = await context.tx.findUser(id, options);
  if (!user) throw notFoundError("user", id);
  return user;
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
  assertValid(validatePaging(query.page, query.pageSize));
  return context.tx.listUsers(
    query,
    context.account.roleModel.roles.map((role) => role.id),
  );
}

/** R8: yourself, or anyone when you manage users. */
export async function getUser(context: ViewerContext, { id }: { id: string }): Promise<UserResult> {
  const user = await requireUser(context, id);
  assertCan(context.viewer, "user.view", user, policyContext(context));
  return { user };
}

/** R2, R5, R16, R19, R25. */
export async function updateUser(
  context: ViewerContext,
  { id, version, changes }: Omit<UpdateUserParams, "signal">,
): Promise<UserResult> {
  // Owners first, then the user: every R19 change locks in this order, so none waits on another in a cycle.
  const activeOwnerCount = changes.roleId === undefined ? undefined : await lockActiveOwners(context);
  const user = await requireUser(context, id, { forUpdate: true });
  const roles = context.account.roleModel.roles;
  assertCanChangeUser(
    context.viewer,
    user,
    changes,
    policyContext(context, { roleId: changes.roleId, activeOwnerCount }),
  );
  if (version !== user.version) throw conflictError(user);
  const { user: updated, fieldErrors } = planUserUpdate(user, changes, roles);
  if (changes.email !== undefined && !fieldErrors.email) {
    const key = normalizeEmail(changes.email);
    if (key !== normalizeEmail(user.email) && (await context.tx.memberEmails([key])).has(key)) {
      Object.assign(fieldErrors, emailTakenError(changes.email));
    }
  }
  assertValid(fieldErrors);
  return saveUser(context, user, updated);
}

/** R18, R19, R20: deleted at once, and logged out. */
export async function deleteUser(context: ViewerContext, { id }: { id: string }): Promise<undefined> {
  const activeOwnerCount = await lockActiveOwners(context);
  const user = await requireUser(context, id, { forUpdate: true });
  assertCan(context.viewer, "user.delete", user, policyContext(context, { activeOwnerCount }));
  await context.tx.deleteUser(user.id);
  context.after(() => context.settings.onAccessRevoked(user.id));
  return undefined;
}

/** R10, R18, R19, R20, R25: suspended, and logged out. */
export async function suspendUser(
  context: ViewerContext,
  { id, version }: Omit<UserStatusParams, "signal">,
): Promise<UserResult> {
  const activeOwnerCount = await lockActiveOwners(context);
  const user = await requireUser(context, id, { forUpdate: true });
  assertCan(context.viewer, "user.suspend", user, policyContext(context, { activeOwnerCount }));
  if (version !== undefined && version !== user.version) throw conflictError(user);
  const result = await saveUser(context, user, { ...user, status: "suspended", version: user.version + 1 });
  context.after(() => context.settings.onAccessRevoked(user.id));
  return result;
}

/** R10, R25: a suspended user gets their access back. */
export async function reactivateUser(
  context: ViewerContext,
  { id, version }: Omit<UserStatusParams, "signal">,
): Promise<UserResult> {
  const user = await requireUser(context, id, { forUpdate: true });
  assertCan(context.viewer, "user.reactivate", user, policyContext(context));
  if (version !== undefined && version !== user.version) throw conflictError(user);
  return saveUser(context, user, { ...user, status: "active", version: user.version + 1 });
}

/** R16, R17: the caller proves who they are with their own password, whoever's password changes. */
export async function changePassword(
  context: ViewerContext,
  { id, newPassword, actorPassword }: Omit<ChangePasswordParams, "signal">,
): Promise<undefined> {
  const user = await requireUser(context, id, { forUpdate: true });
  assertCan(context.viewer, "user.changePassword", user, policyContext(context));
  assertValid(validateNewPassword(newPassword));
  if (!(await verifyPassword(actorPassword, await context.tx.passwordHash(context.viewer.id)))) {
    throw reauthenticationError();
  }
  await context.tx.setPasswordHash(user.id, await hashPassword(newPassword, context.settings.passwordIterations));
  return undefined;
}
