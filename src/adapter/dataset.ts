import type { Account, ExternalUser, Invitation, RoleModel, User } from "../core/types";

/** An invitation as a backend stores it: with its secret link token, and without the derived status. */
export interface StoredInvitation extends Omit<Invitation, "status"> {
  /** The secret in the accept link. Resending replaces it; the old link stops working (R13). */
  token: string;
}

/**
 * A whole account's data, in one plain object: what the memory adapter starts from, what the seed
 * generator makes, and the fixture the conformance suite asks any adapter to load.
 */
export interface UserManagementDataset {
  account: Omit<Account, "seatsUsed">;
  roleModel: RoleModel;
  users: User[];
  invitations: StoredInvitation[];
  externalUsers: ExternalUser[];
  /** User id → password, for R17 re-authentication. Users absent here cannot re-authenticate. */
  passwords: Record<string, string>;
}
