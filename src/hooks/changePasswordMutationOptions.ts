import type { UseMutationOptions } from "@tanstack/react-query";
import type { ChangePasswordParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { callAdapter, requireAdapterMethod } from "./callAdapter";
import { userManagementKeys } from "./userManagementKeys";

/** What `changePassword` is called with: the new password and the actor's own (R17). */
export type ChangePasswordVariables = Omit<ChangePasswordParams, "signal">;

/**
 * Mutation options for changing a user's password. Nothing cached changes, so nothing is
 * optimistic; a wrong actor password fails with `reauthentication_failed` (R17). Fails with
 * `not_implemented` when the adapter lacks `changePassword`.
 */
export function changePasswordMutationOptions(
  adapter: UserManagementAdapter,
): UseMutationOptions<void, UserManagementError, ChangePasswordVariables> {
  return {
    mutationKey: userManagementKeys.mutation("changePassword"),
    mutationFn: (variables) => callAdapter(() => requireAdapterMethod(adapter, "changePassword")({ ...variables })),
  };
}
