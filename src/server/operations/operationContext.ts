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
  /** Told about failures that do not fail the request (R30): an effect after a commit. */
  onError(error: unknown): void;
}

/** How an effect after a commit is run (R30). */
export interface AfterCommitOptions {
  /** Tries before giving up; defaults to 1 (a mail is not sent twice on a doubtful failure). */
  attempts?: number;
  /** Called when every try failed, after `onError`: the answer can say what did not happen. */
  onFailed?(error: unknown): void;
}

/** Everything one request's operation works with, inside its transaction. */
export interface OperationContext {
  tx: StoreTransaction;
  settings: OperationSettings;
  account: StoredAccount;
  /**
   * Runs `effect` once the transaction has committed (mail, logging out): never for a rolled-back
   * change. Its failure never fails the request (R30): see `AfterCommitOptions`.
   */
  after(effect: () => void | Promise<void>, options?: AfterCommitOptions): void;
}

/** The context of an operation made by a signed-in, active caller. */
export interface ViewerContext extends OperationContext {
  viewer: Viewer;
}

/**
 * Runs `work` in one store transaction for the request's caller, re-read and required active (R10),
 * and resolves once it has committed and its effects have run.
 */
export type Transact = <T>(work: (context: ViewerContext) => Promise<T>) => Promise<T>;

/** R31: attempts at ending a removed person's sessions before reporting the failure (R30). */
export const ACCESS_REVOKED_ATTEMPTS = 3;

/**
 * The facts `can()` needs. Counts are costly on a large account, so each operation passes those its
 * actions read; the defaults refuse rather than allow (no owner to spare, no seat left).
 */
export function policyContext(
  context: OperationContext,
  facts: Partial<Pick<PolicyContext, "activeOwnerCount" | "roleId" | "permissions" | "inviteCount">> & {
    seatsUsed?: number;
  } = {},
): PolicyContext {
  const { account, roleModel } = context.account;
  return {
    roles: roleModel.roles,
    account: { plan: account.plan, seatsUsed: facts.seatsUsed ?? Number.POSITIVE_INFINITY },
    activeOwnerCount: facts.activeOwnerCount ?? 0,
    roleId: facts.roleId,
    permissions: facts.permissions,
    inviteCount: facts.inviteCount,
  };
}

/** R19: locks the active owners and counts them (see `StoreTransaction.lockActiveOwners`). */
export function lockActiveOwners(context: OperationContext): Promise<number> {
  const roles = context.account.roleModel.roles;
  return context.tx.lockActiveOwners(roles.filter((role) => isOwnerRole(roles, role.id)).map((role) => role.id));
}
