import type { UsePermissionsResult } from "../../hooks/usePermissions";

/**
 * Why the viewer may not invite at all (R9, R23); `undefined` when they may or while permissions
 * load. Seat limits depend on how many are invited, so the form shows those (R1).
 */
export function inviteDenial({ can, isPending }: UsePermissionsResult) {
  const decision = can("invitation.create");
  return isPending || decision.allowed || decision.reason === "seat_limit" ? undefined : decision;
}
