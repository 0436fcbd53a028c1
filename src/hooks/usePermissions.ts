import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { AdapterCapabilities } from "../adapter/contract";
import { type Action, type ActionTargets, can, type Decision, type PolicyContext } from "../core/can";
import type { UserManagementError } from "../core/errors";
import { managesUsers as viewerManagesUsers } from "../core/roles";
import type { Account, Permission, RoleDefinition, Viewer } from "../core/types";
import { ownerCountQueryOptions, ownerRoleIds } from "./ownerCountQueryOptions";
import { roleModelQueryOptions } from "./roleModelQueryOptions";
import { sessionQueryOptions } from "./sessionQueryOptions";
import { useAdapterCapabilities } from "./useAdapterCapabilities";
import { useUserManagementContext } from "./useUserManagementContext";

/**
 * Decision facts a caller may add: the role and grants a target would get (R27), how many
 * invitations would be sent (R1).
 */
export type CanExtra = Pick<PolicyContext, "roleId" | "permissions" | "inviteCount">;

/**
 * The arguments of `can()` after the action: actions on the account as a whole take no target.
 *
 * @example
 * ```ts
 * can("users.list");
 * can("user.suspend", user);
 * can("user.changeRole", user, { roleId: "manager" });
 * ```
 */
export type CanArgs<A extends Action> = ActionTargets[A] extends undefined
  ? [target?: undefined, extra?: CanExtra]
  : [target: ActionTargets[A], extra?: CanExtra];

/** What {@link usePermissions} returns. */
export interface UsePermissionsResult {
  /** The person using the UI; `undefined` until the session loads. */
  viewer: Viewer | undefined;
  account: Account | undefined;
  roles: readonly RoleDefinition[];
  /** The permission catalog, for checklists. */
  permissions: readonly Permission[];
  /** The role preselected in the invite form; `undefined` until the role model loads. */
  defaultRoleId: string | undefined;
  /** Whether the viewer is active and manages users (R5–R8): only they see other users. */
  managesUsers: boolean;
  /** R19: active users holding an owner-kind role; `undefined` when unknown or not needed. */
  activeOwnerCount: number | undefined;
  /** Session, role model or owner count still loading: `can()` denies until they are in. */
  isPending: boolean;
  error: UserManagementError | null;
  /**
   * R9: core's `can()` for the viewer, with the role model, account and owner count filled in.
   * Denies with `not_permitted` while permissions load or failed to load.
   */
  can<A extends Action>(action: A, ...args: CanArgs<A>): Decision;
  /** Which optional adapter methods exist (suspend, password, replace, external users…). */
  capabilities: AdapterCapabilities;
}

/** Stands for roles and permissions until they load: one array, so it stays the same across renders. */
const NONE: readonly never[] = [];

/**
 * Who the viewer is and what they may do: the one `can()` of core (R9) bound to the viewer and
 * the account, so the UI disables what is not allowed and can show why (`decision.message`).
 * For viewers who manage users it also counts the active owners (R19) with a one-row
 * `listUsers` call, filtered to owner-kind roles and active status, reading only `total`.
 *
 * @example
 * ```tsx
 * const { can } = usePermissions();
 * const decision = can("user.suspend", user);
 * <button disabled={!decision.allowed} title={decision.allowed ? undefined : decision.message}>Suspend</button>
 * ```
 */
export function usePermissions(): UsePermissionsResult {
  const { adapter, queryClient } = useUserManagementContext("usePermissions");
  const session = useQuery(sessionQueryOptions(adapter), queryClient);
  const roleModel = useQuery(roleModelQueryOptions(adapter), queryClient);
  const declared = useAdapterCapabilities();
  const { capabilities } = declared;

  const viewer = session.data?.viewer;
  const account = session.data?.account;
  const roles = roleModel.data?.roles ?? NONE;
  const managesUsers = viewer !== undefined && viewerManagesUsers(viewer, roles);
  // A fresh array each render is fine: TanStack compares query keys by their hash.
  const owners = ownerRoleIds(roles);
  const needsOwnerCount = managesUsers && owners.length > 0;
  const ownerCount = useQuery(
    {
      ...ownerCountQueryOptions(adapter, owners),
      select: (result) => result.total,
      enabled: needsOwnerCount,
    },
    queryClient,
  );
  const activeOwnerCount = needsOwnerCount ? ownerCount.data : managesUsers ? 0 : undefined;

  const isPending =
    session.isPending || roleModel.isPending || declared.isPending || (needsOwnerCount && ownerCount.isPending);
  const error = session.error ?? roleModel.error ?? declared.error ?? (needsOwnerCount ? ownerCount.error : null);

  const decide = useCallback(
    <A extends Action>(action: A, ...[target, extra]: CanArgs<A>): Decision => {
      if (error || viewer === undefined || account === undefined || isPending) {
        const message = error ? `Permissions could not be loaded: ${error.message}` : "Permissions are still loading.";
        return { allowed: false, reason: "not_permitted", message };
      }
      // Unknown owner count only matters to viewers who manage users, and then isPending covers it.
      const context: PolicyContext = { roles, account, activeOwnerCount: activeOwnerCount ?? 0, ...extra };
      return can(viewer, action, target as ActionTargets[A], context);
    },
    [error, viewer, account, isPending, roles, activeOwnerCount],
  );

  return {
    viewer,
    account,
    roles,
    permissions: roleModel.data?.permissions ?? NONE,
    defaultRoleId: roleModel.data?.defaultRoleId,
    managesUsers,
    activeOwnerCount,
    isPending,
    error,
    can: decide,
    capabilities,
  };
}
