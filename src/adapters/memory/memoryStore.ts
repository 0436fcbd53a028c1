import type { StoredInvitation, UserManagementDataset } from "../../adapter/dataset";
import type { PolicyContext } from "../../core/can";
import type { Clock } from "../../core/clock";
import { UserManagementError } from "../../core/errors";
import { invitationStatusAt } from "../../core/invitationExpiry";
import { isOwnerRole } from "../../core/roles";
import type { Account, ExternalUser, Invitation, RoleModel, User, Viewer } from "../../core/types";
import { PasswordTable } from "./passwordTable";
import { UserIndex } from "./userIndex";

/** The memory adapter's data and the derived facts every method needs. Plain state, no policy. */
export class MemoryStore {
  readonly account: Omit<Account, "seatsUsed">;
  readonly roleModel: RoleModel;
  readonly users: UserIndex;
  readonly invitations = new Map<string, StoredInvitation>();
  readonly externalUsers = new Map<string, ExternalUser>();
  readonly passwords: PasswordTable;
  private nextId = 1;
  // Kept up to date on every change so that no call walks 100,000 users to count them.
  private seatedUsers = 0;
  private activeOwners = 0;

  constructor(
    dataset: UserManagementDataset,
    readonly clock: Clock,
  ) {
    this.account = dataset.account;
    this.roleModel = dataset.roleModel;
    // The records and passwords are the dataset's own, not copies: they are replaced, never mutated.
    this.users = new UserIndex(dataset.users, dataset.roleModel.roles);
    this.passwords = new PasswordTable(dataset.passwords);
    for (const user of dataset.users) this.count(user, 1);
    for (const invitation of dataset.invitations) this.invitations.set(invitation.id, invitation);
    for (const external of dataset.externalUsers) this.externalUsers.set(external.id, external);
  }

  /** A fresh id that no seeded record uses. */
  newId(prefix: string): string {
    return `${prefix}-m${this.nextId++}-${Math.random().toString(36).slice(2, 8)}`;
  }

  /** R2: the id of the user holding this email (compared normalised), if any. */
  userIdByEmail(email: string): string | undefined {
    return this.users.idByEmail(email);
  }

  putUser(user: User): void {
    const previous = this.users.get(user.id);
    if (previous) this.count(previous, -1);
    this.count(user, 1);
    this.users.put(user);
  }

  deleteUser(id: string): void {
    const previous = this.users.get(id);
    if (!previous) return;
    this.count(previous, -1);
    this.users.delete(id);
    this.passwords.delete(id);
  }

  /** R12: the invitation as the API shows it, with its status at the clock's time. */
  toInvitation(stored: StoredInvitation): Invitation {
    const { token: _secret, ...invitation } = stored;
    return { ...invitation, status: invitationStatusAt(stored.expiresAt, this.clock) };
  }

  isPending(invitation: StoredInvitation): boolean {
    return invitationStatusAt(invitation.expiresAt, this.clock) === "pending";
  }

  /** R1: users who keep a seat (everyone but revoked) plus pending invitations. */
  seatsUsed(): number {
    let seats = this.seatedUsers;
    for (const invitation of this.invitations.values()) if (this.isPending(invitation)) seats++;
    return seats;
  }

  accountView(): Account {
    return { ...this.account, seatsUsed: this.seatsUsed() };
  }

  /** The facts `can()` needs beyond viewer and target. */
  policyContext(extra: Pick<PolicyContext, "roleId" | "permissions" | "inviteCount"> = {}): PolicyContext {
    return {
      roles: this.roleModel.roles,
      account: { plan: this.account.plan, seatsUsed: this.seatsUsed() },
      activeOwnerCount: this.activeOwners,
      ...extra,
    };
  }

  private count(user: User, sign: 1 | -1): void {
    if (user.status !== "revoked") this.seatedUsers += sign;
    if (user.status === "active" && isOwnerRole(this.roleModel.roles, user.roleId)) this.activeOwners += sign;
  }

  /** R10: the viewer as they are now; a deleted or removed viewer is told their access was revoked. */
  viewer(viewerId: string): Viewer {
    const user = this.users.get(viewerId);
    const external = user ? undefined : this.externalUsers.get(viewerId);
    const person = user ?? external;
    if (!person) throw new UserManagementError("access_revoked", "Your access to this account was revoked.");
    const { id, email, firstName, lastName, roleId, permissions, status } = person;
    return { id, email, firstName, lastName, roleId, permissions, status, isExternal: external !== undefined };
  }
}
