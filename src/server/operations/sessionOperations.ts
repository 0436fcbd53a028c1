import type { RoleModelResult, SessionResult } from "../../adapter/contract";
import type { ViewerContext } from "./operationContext";

/** The caller and the account, with the seats used now (R1). */
export async function getSession(context: ViewerContext): Promise<SessionResult> {
  const seatsUsed = await context.tx.countSeatsUsed(context.settings.clock.now());
  return { viewer: context.viewer, account: { ...context.account.account, seatsUsed } };
}

/** The role model in use. */
export async function getRoleModel(context: ViewerContext): Promise<RoleModelResult> {
  const { roles, permissions, defaultRoleId } = context.account.roleModel;
  return { roles: [...roles], permissions: [...permissions], defaultRoleId };
}
