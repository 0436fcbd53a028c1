import type { PolicyContext } from "../../core/can";
import type { Clock } from "../../core/clock";
import { isOwnerRole } from "../../core/roles";
import type { Invitation, Viewer } from "../../core/types";
import type { StoredAccount, StoreTransaction } from "../store";

/** What the handler was configured with, as operations need it. */
export interface OperationSettings {
  clock: Clock;
  passwordIterations: number;
  /** The accept link that carries `token` (R15). */
  acceptLink(token: string): string;
  sendInvitation(invitation: Invitation, link: string): void | Promise<void>;
  onAccessRevoked(userId: string): void | Promise<void>;
}

/** Everything one request's operation works with, inside its transaction. */
export interface OperationContext {
  tx: StoreTransaction;
  settings: OperationSettings;
  account: StoredAccount;
  /** Runs `effect` once the transaction has committed (mail, logging out): never for a rolled-back change. */
  after(effect: () => void | Promise<void>): void;
}

/** The context of an operation made by a signed-in, active caller. */
export interface ViewerContext extends OperationContext {
  viewer: Viewer;
}

/**
 * The facts `can()` needs. Counts are costly on a large account, so each operation passes those its
 * actions read; the defaults refuse rather than allow (no owner to spare, no seat left).
 */
export function policyContext(
  context: OperationContext,
  facts: Partial<Pick<PolicyContext, "activeOwnerCount" | "roleId" | "inviteCount">> & { seatsUsed?: number } = {},
): PolicyContext {
  const { account, roleModel } = context.account;
  return {
    roles: roleModel.roles,
    account: { plan: account.plan, seatsUsed: facts.seatsUsed ?? Number.POSITIVE_INFINITY },
    activeOwnerCount: facts.activeOwnerCount ?? 0,
    roleId: facts.roleId,
    inviteCount: facts.inviteCount,
  };
}

/** R19: locks the active owners and counts them (see `StoreTransaction.lockActiveOwners`). */
export function lockActiveOwners(context: OperationContext): Promise<number> {
  const roles = context.account.roleModel.roles;
  return context.tx.lockActiveOwners(roles.filter((role) => isOwnerRole(roles, role.id)).map((role) => role.id));
}
