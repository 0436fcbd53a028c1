import type {
  ExternalUserResult,
  ListExternalUsersResult,
  ListPageParams,
  UpdateExternalUserParams,
} from "../../adapter/contract";
import { type Action, assertCan, missingRecordError } from "../../core/can";
import { assertValid } from "../../core/errors";
import { DEFAULT_LIST_PAGE_SIZE, validatePaging } from "../../core/paging";
import { conflictError } from "../../core/recordErrors";
import { validateRoleAssignment } from "../../core/roleAssignment";
import type { ExternalUser } from "../../core/types";
import { externalRoleChanges } from "../../core/userUpdate";
import { ACCESS_REVOKED_ATTEMPTS, policyContext, type ViewerContext } from "./operationContext";

/** A missing external user is `not_found` only to those who may act on them (R29). */
async function requireExternalUser(context: ViewerContext, id: string, action: Action): Promise<ExternalUser> {
  const external = await context.tx.findExternalUser(id, { forUpdate: true });
  if (!external) throw missingRecordError(context.viewer, action, policyContext(context), "external user", id);
  return external;
}

/** R21: people from other accounts, with their home account. */
export async function listExternalUsers(
  context: ViewerContext,
  { page = 1, pageSize = DEFAULT_LIST_PAGE_SIZE }: Omit<ListPageParams, "signal">,
): Promise<ListExternalUsersResult> {
  assertCan(context.viewer, "externalUsers.list", undefined, policyContext(context));
  assertValid(validatePaging(page, pageSize));
  const { items, total } = await context.tx.listExternalUsers(page, pageSize);
  return { externalUsers: items, total };
}

/** R22, R25, R27, R29: their role here changes; their home account is not ours to touch. */
export async function updateExternalUser(
  context: ViewerContext,
  { id, version, roleId, permissions = [] }: Omit<UpdateExternalUserParams, "signal">,
): Promise<ExternalUserResult> {
  const external = await requireExternalUser(context, id, "externalUser.update");
  assertCan(context.viewer, "externalUser.update", external, policyContext(context, { roleId, permissions }));
  if (version !== external.version) throw conflictError(external);
  assertValid(validateRoleAssignment(context.account.roleModel.roles, roleId, permissions));
  if (!externalRoleChanges(external, roleId, permissions)) return { externalUser: external };
  const updated: ExternalUser = { ...external, roleId, permissions: [...permissions], version: external.version + 1 };
  if (!(await context.tx.updateExternalUser(updated, external.version))) {
    throw conflictError((await context.tx.findExternalUser(id)) ?? external);
  }
  return { externalUser: updated };
}

/** R20, R22: their access here ends, and they are logged out of this account. */
export async function removeExternalUser(context: ViewerContext, { id }: { id: string }): Promise<undefined> {
  const external = await requireExternalUser(context, id, "externalUser.remove");
  assertCan(context.viewer, "externalUser.remove", external, policyContext(context));
  await context.tx.deleteExternalUser(external.id);
  context.after(() => context.settings.onAccessRevoked(external.id), { attempts: ACCESS_REVOKED_ATTEMPTS });
  return undefined;
}
