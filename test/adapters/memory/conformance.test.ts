import type { UserManagementAdapter } from "../../../src/adapter";
import { createMemoryAdapter, type MemoryAdapter } from "../../../src/adapters/memory";
import { describeAdapterConformance } from "../../../src/testing";

/**
 * The memory adapter has one viewer at a time; each call made through `as(viewerId)` switches to that
 * viewer first. The suite makes one call at a time, so the switch cannot leak into another call.
 */
function viewedAs(adapter: MemoryAdapter, viewerId: string): UserManagementAdapter {
  const methods = [
    "getSession",
    "getRoleModel",
    "listUsers",
    "getUser",
    "updateUser",
    "deleteUser",
    "suspendUser",
    "reactivateUser",
    "changePassword",
    "listInvitations",
    "inviteUsers",
    "resendInvitation",
    "cancelInvitation",
    "replaceInvitation",
    "acceptInvitation",
    "listExternalUsers",
    "updateExternalUser",
    "removeExternalUser",
  ] as const satisfies readonly (keyof UserManagementAdapter)[];
  const viewed: Record<string, unknown> = {};
  for (const name of methods) {
    const call = adapter[name] as (params: never) => Promise<unknown>;
    viewed[name] = (params: never) => {
      adapter.setViewer(viewerId);
      return call(params);
    };
  }
  return viewed as unknown as UserManagementAdapter;
}

describeAdapterConformance("memory adapter", async (fixture, clock) => {
  const adapter = createMemoryAdapter({ dataset: fixture, clock, viewerId: "admin-1" });
  return {
    as: (viewerId) => viewedAs(adapter, viewerId),
    invitationToken: async (invitationId) => adapter.invitationToken(invitationId),
  };
});
