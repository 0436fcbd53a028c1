import type { UserManagementAdapter, UserResult } from "../../adapter/contract";
import { assertCan } from "../../core/can";
import { normalizeEmail } from "../../core/email";
import { assertValid, UserManagementError } from "../../core/errors";
import { validateSearch } from "../../core/limits";
import { validatePaging } from "../../core/paging";
import { conflictError } from "../../core/recordErrors";
import { assertCanChangeUser, planUserUpdate } from "../../core/userUpdate";
import type { AdapterContext, Caller } from "./adapterContext";
import { listUsersPage, type ReadMembers } from "./listing";
import { policy } from "./policy";

/** R2: why `updateUser` refuses a new address (`changeEmail: false`), for a UI that offered it anyway. */
const EMAIL_CHANGE_REFUSED =
  "Better Auth changes an email address only through its own change-email flow, which confirms the new address.";

/** `listUsers`, `getUser`, `updateUser` and `deleteUser`: the organization's members as users. */
export function userMethods(
  context: AdapterContext,
): Pick<UserManagementAdapter, "listUsers" | "getUser" | "updateUser" | "deleteUser"> {
  const { api, names, roles } = context;

  const readMembers =
    (caller: Caller): ReadMembers =>
    async (query) => {
      const { members, total } = await context.call(() =>
        api.listMembers({
          headers: caller.headers,
          query: {
            organizationId: caller.organizationId,
            limit: query.limit,
            offset: query.offset,
            ...(query.sortBy ? { sortBy: query.sortBy, sortDirection: query.sortDirection ?? "asc" } : {}),
            ...(query.roles ? { filterField: "role", filterOperator: "in", filterValue: [...query.roles] } : {}),
          },
        }),
      );
      return { users: members.map((member) => context.toUser(caller.facts, member)), total };
    };

  return {
    async listUsers(params) {
      const caller = await context.begin(params);
      assertCan(caller.viewer, "users.list", undefined, await policy(context, caller, {}));
      assertValid({ ...validatePaging(params.page, params.pageSize), ...validateSearch(params.search) });
      return listUsersPage(params, readMembers(caller), context.withLastLogins, roles, context.scanPageSize);
    },

    async getUser(params): Promise<UserResult> {
      const caller = await context.begin(params);
      const user = await context.present(caller.facts, await context.requireMember(caller, params.id, "user.view"));
      assertCan(caller.viewer, "user.view", user, await policy(context, caller, {}));
      return { user };
    },

    async updateUser(params): Promise<UserResult> {
      const caller = await context.begin(params);
      const member = await context.requireMember(caller, params.id, "user.updateProfile");
      const user = await context.present(caller.facts, member);
      const { changes } = params;
      // R29: decided on the request, whatever it would change.
      assertCanChangeUser(
        caller.viewer,
        user,
        changes,
        await policy(context, caller, { owners: changes.roleId !== undefined }),
      );
      const isSelf = user.id === caller.viewer.id;
      const touchesProfile =
        changes.firstName !== undefined || changes.lastName !== undefined || changes.email !== undefined;
      if (touchesProfile && !isSelf) {
        throw new UserManagementError(
          "forbidden",
          "Better Auth lets people change only their own name and email. You can change this member's role.",
        );
      }
      if (params.version !== user.version) throw conflictError(user);
      const { user: next, changed, fieldErrors } = planUserUpdate(user, changes, roles);
      const errors = { ...fieldErrors };
      // R2 (`changeEmail: false`): a UI reading the capability shows the address read-only; one that
      // does not gets a field error it can show beside the field. A change of case only is no change.
      if (
        changes.email !== undefined &&
        !errors.email &&
        normalizeEmail(changes.email) !== normalizeEmail(user.email)
      ) {
        errors.email = EMAIL_CHANGE_REFUSED;
      }
      assertValid(errors);
      if (!changed) return { user };
      const name = names.join(next.firstName, next.lastName);
      if (isSelf && name !== names.join(user.firstName, user.lastName)) {
        await context.call(() => api.updateUser({ headers: caller.headers, body: { name } }));
      }
      if (next.roleId !== user.roleId) {
        await context.call(() =>
          api.updateMemberRole({
            headers: caller.headers,
            body: { memberId: member.id, role: next.roleId, organizationId: caller.organizationId },
          }),
        );
      }
      const updated = await context.findMember(caller.headers, caller.organizationId, user.id);
      return { user: updated ? await context.present(caller.facts, updated) : next };
    },

    async deleteUser(params) {
      const caller = await context.begin(params);
      const member = await context.requireMember(caller, params.id, "user.delete");
      assertCan(
        caller.viewer,
        "user.delete",
        context.toUser(caller.facts, member),
        await policy(context, caller, { owners: true }),
      );
      // R20: the member loses the organization at once; their session stays (it is their login, not
      // this organization's), and their next call here answers `access_revoked`.
      await context.call(() =>
        api.removeMember({
          headers: caller.headers,
          body: { memberIdOrEmail: member.id, organizationId: caller.organizationId },
        }),
      );
    },
  };
}
