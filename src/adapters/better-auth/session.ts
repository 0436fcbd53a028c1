import type { UserManagementAdapter } from "../../adapter/contract";
import type { AdapterContext } from "./adapterContext";
import { BETTER_AUTH_DECLARATION } from "./capabilities";
import { seatsUsed } from "./policy";

/** `getCapabilities`, `getSession` and `getRoleModel`: what the viewer, their organization and its roles are. */
export function sessionMethods(
  context: AdapterContext,
): Pick<Required<UserManagementAdapter>, "getCapabilities" | "getSession" | "getRoleModel"> {
  const { api, model } = context;
  return {
    async getCapabilities(params) {
      await context.requestHeaders(params);
      return structuredClone(BETTER_AUTH_DECLARATION);
    },

    async getSession(params) {
      const caller = await context.begin(params);
      const organizations = await context.call(() => api.listOrganizations({ headers: caller.headers }));
      const organization = organizations.find((candidate) => candidate.id === caller.organizationId);
      return {
        viewer: caller.viewer,
        account: {
          id: caller.organizationId,
          name: organization?.name ?? "",
          plan: context.plan,
          seatsUsed: await seatsUsed(context, caller),
          invitationValidityDays: context.validityDays,
        },
      };
    },

    async getRoleModel(params) {
      await context.begin(params);
      return { roles: [...model.roles], permissions: [...model.permissions], defaultRoleId: model.defaultRoleId };
    },
  };
}
