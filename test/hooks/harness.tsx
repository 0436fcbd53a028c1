import { QueryClient } from "@tanstack/react-query";
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import type {
  ListUsersResult,
  RoleModelResult,
  SessionResult,
  UserManagementAdapter,
} from "../../src/adapter/contract";
import { administratorUserCustomPreset } from "../../src/core/presets";
import type { User, Viewer } from "../../src/core/types";
import { UserManagementProvider } from "../../src/hooks/UserManagementProvider";
import { createTestAdapter } from "../../src/testing/createTestAdapter";
import { makeViewer, unlimitedPlan } from "../core/fixtures";

/** A fresh client per test: no retries, so a rejection shows at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Renders a hook inside a UserManagementProvider over the given adapter and a fresh client. */
export function renderWithAdapter<Result>(hook: () => Result, adapter: UserManagementAdapter) {
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <UserManagementProvider adapter={adapter} queryClient={queryClient}>
      {children}
    </UserManagementProvider>
  );
  return { ...renderHook(hook, { wrapper }), queryClient };
}

/** A promise the test settles by hand, so intermediate (optimistic) states are observable. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The administrator / user / custom preset, as an adapter returns it. */
export const roleModel: RoleModelResult = {
  roles: [...administratorUserCustomPreset.roles],
  permissions: [...administratorUserCustomPreset.permissions],
  defaultRoleId: administratorUserCustomPreset.defaultRoleId,
};

/** A session for the viewer (an administrator unless told otherwise) on an unlimited plan. */
export function sessionFor(viewer: Viewer = makeViewer()): SessionResult {
  return {
    viewer,
    account: { id: "account-1", name: "Acme", plan: unlimitedPlan, seatsUsed: 3, invitationValidityDays: 7 },
  };
}

/** A stub adapter with a session and role model; everything else as given or `not_implemented`. */
export function stubAdapter(overrides: Partial<UserManagementAdapter> = {}): UserManagementAdapter {
  return createTestAdapter({
    getSession: async () => sessionFor(),
    getRoleModel: async () => roleModel,
    ...overrides,
  });
}

/** A one-page list holding these users. */
export function pageOf(users: User[], total = users.length): ListUsersResult {
  return { users, total };
}
