import type { UserManagementAdapter } from "../../src/adapter";
import type { MemoryAdapter } from "../../src/adapters/memory";

const methods = [
  "getCapabilities",
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

/**
 * The memory adapter has one viewer at a time; each call made through `viewedAs(adapter, id)`
 * switches to that viewer first. The suite makes one call at a time, so the switch cannot leak into
 * another call.
 */
export function viewedAs(adapter: MemoryAdapter, viewerId: string): UserManagementAdapter {
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
