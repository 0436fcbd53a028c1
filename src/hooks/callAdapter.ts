import type { OptionalAdapterMethod, UserManagementAdapter } from "../adapter/contract";
import { toUserManagementError, UserManagementError } from "../core/errors";

/** Internal: runs an adapter call so that whatever it throws reaches TanStack as a UserManagementError. */
export async function callAdapter<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toUserManagementError(error);
  }
}

/** Internal: an optional adapter method, bound, or a `not_implemented` error naming it. */
export function requireAdapterMethod<K extends OptionalAdapterMethod>(
  adapter: UserManagementAdapter,
  method: K,
): NonNullable<UserManagementAdapter[K]> {
  const fn = adapter[method];
  if (typeof fn !== "function") {
    throw new UserManagementError(
      "not_implemented",
      `This adapter does not implement ${method}(); check getAdapterCapabilities() before offering it.`,
    );
  }
  return fn.bind(adapter) as NonNullable<UserManagementAdapter[K]>;
}
