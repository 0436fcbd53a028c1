import type { UserManagementAdapter } from "../adapter/contract";
import { UserManagementError } from "../core/errors";

type RequiredMethod = {
  [K in keyof UserManagementAdapter]-?: undefined extends UserManagementAdapter[K] ? never : K;
}[keyof UserManagementAdapter];

const notImplemented = (method: RequiredMethod) => (): Promise<never> =>
  Promise.reject(
    new UserManagementError("not_implemented", `createTestAdapter: ${method} is not implemented; pass it in overrides`),
  );

// Typed as the required part of the contract, so that a required method added there fails to compile here.
const stubs = (): Pick<UserManagementAdapter, RequiredMethod> => ({
  getSession: notImplemented("getSession"),
  getRoleModel: notImplemented("getRoleModel"),
  listUsers: notImplemented("listUsers"),
  getUser: notImplemented("getUser"),
  updateUser: notImplemented("updateUser"),
  deleteUser: notImplemented("deleteUser"),
  listInvitations: notImplemented("listInvitations"),
  inviteUsers: notImplemented("inviteUsers"),
  resendInvitation: notImplemented("resendInvitation"),
  cancelInvitation: notImplemented("cancelInvitation"),
});

/**
 * An adapter for tests that implements only what you pass. Every required method you leave out
 * rejects with a `not_implemented` error naming it; optional methods you leave out are absent, so
 * `getAdapterCapabilities` reflects exactly the overrides.
 *
 * @example
 * const adapter = createTestAdapter({ listUsers: async () => ({ users: [], total: 0 }) });
 */
export function createTestAdapter(overrides: Partial<UserManagementAdapter> = {}): UserManagementAdapter {
  const adapter: UserManagementAdapter = stubs();
  // An explicit `undefined` means "not overridden", as an absent key does: it must not erase a stub.
  for (const [name, implementation] of Object.entries(overrides)) {
    if (implementation !== undefined) Object.assign(adapter, { [name]: implementation });
  }
  return adapter;
}
