import type { UserManagementAdapter } from "../../adapter/contract";
import { isUserManagementError, UserManagementError } from "../../core/errors";
import type { Translation } from "./translation";

/**
 * The adapter as the suite drives it: every method speaks the fixture's ids, role ids and clock.
 * Before each call it waits for the time moves the check asked for (`clock.advance` is synchronous
 * in the checks), then translates the params in and the result, or a conflict's `current`, out.
 * Methods the adapter lacks stay absent, so capability checks still see them missing.
 */
export function translatingAdapter(
  adapter: UserManagementAdapter,
  translation: Translation,
  settled: () => Promise<void>,
): UserManagementAdapter {
  return new Proxy(adapter, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return async (params: unknown) => {
        await settled();
        const backendParams = translation.paramsIn(params);
        try {
          return translation.resultOut(await value.call(target, backendParams));
        } catch (error) {
          throw errorOut(error, translation);
        }
      };
    },
  });
}

function errorOut(error: unknown, translation: Translation): unknown {
  if (!isUserManagementError(error) || error.current === undefined) return error;
  return new UserManagementError(error.code, error.message, {
    fieldErrors: error.fieldErrors,
    current: translation.resultOut(error.current),
    cause: error.cause,
  });
}
