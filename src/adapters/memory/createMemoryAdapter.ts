import type {
  CapabilitiesResult,
  ExternalUserResult,
  InvitationResult,
  InviteResult,
  ListExternalUsersResult,
  ListInvitationsResult,
  ListUsersResult,
  RequestParams,
  UserManagementAdapter,
  UserResult,
} from "../../adapter/contract";
import type { StoredInvitation, UserManagementDataset } from "../../adapter/dataset";
import { type Action, assertCan, missingRecordError } from "../../core/can";
import { type Clock, systemClock } from "../../core/clock";
import { normalizeEmail, validateProfile } from "../../core/email";
import { assertValid, type UserManagementError, type UserManagementErrorCode } from "../../core/errors";
import {
  alreadyMemberError,
  assertInvitationAcceptable,
  invitationValidity,
  newInvitationFields,
  userFromInvitation,
} from "../../core/invitationRecords";
import { type InviteeFields, planInvitations, validateInvitees } from "../../core/invitePlanning";
import { validateSearch } from "../../core/limits";
import { pageOf, validatePaging } from "../../core/paging";
import { reauthenticationError, validateNewPassword } from "../../core/password";
import { conflictError } from "../../core/recordErrors";
import { validateRoleAssignment } from "../../core/roleAssignment";
import type { Invitation, User, Viewer } from "../../core/types";
import {
  assertCanChangeUser,
  emailInvitedError,
  emailTakenError,
  externalRoleChanges,
  planUserUpdate,
} from "../../core/userUpdate";
import { assertActiveViewer } from "../../core/viewerAccess";
import { memoryUsersPage } from "./cursorPage";
import { generateDataset } from "./generateDataset";
import { MemoryStore } from "./memoryStore";
import { createSimulation, type Latency } from "./simulation";

/** Options of `createMemoryAdapter`. Everything is optional: the default is a 10-user account. */
export interface MemoryAdapterOptions {
  /**
   * The account's data; defaults to `generateDataset({ size: 10, now: clock.now() })`, dated from this
   * adapter's clock. Never mutated: records are replaced.
   */
  dataset?: UserManagementDataset;
  /** Who is logged in; defaults to the dataset's first active owner. */
  viewerId?: string;
  /** Imitated network delay per call, in ms. Defaults to 0. */
  latency?: Latency;
  /** Time source for invitation expiry (R12). Defaults to the system clock. */
  clock?: Clock;
  /** Share of calls (0–1) that fail with `unavailable`, to see error states. Defaults to 0. */
  failureRate?: number;
  /** Told about every invitation sent or resent, with its secret link token (a development outbox). */
  onInvitationSent?(invitation: Invitation, token: string): void;
  /**
   * R20: told when a user must be logged out (deleted, suspended, external access removed). Tried
   * {@link ACCESS_REVOKED_ATTEMPTS} times; a failure never undoes the change (R30).
   */
  onAccessRevoked?(userId: string): void;
  /**
   * R30: told when something after a change failed (`onInvitationSent` or `onAccessRevoked` threw).
   * Defaults to `console.error`.
   */
  onError?(error: unknown): void;
  /**
   * What `getCapabilities` declares, to see the page over a backend that lacks a capability (e.g.
   * `{ capabilities: { suspendUsers: false } }`) or makes other product choices. Declaring a
   * capability off hides it from the UI; the memory adapter itself still has the methods.
   */
  declares?: CapabilitiesResult;
}

/** R30: attempts at `onAccessRevoked` before the failure is reported. */
const ACCESS_REVOKED_ATTEMPTS = 3;

/** The memory adapter: the full contract plus controls for stories, demos and tests. */
export interface MemoryAdapter extends Required<UserManagementAdapter> {
  /** Switches who is logged in, as a "signed in as" switcher would. */
  setViewer(userId: string): void;
  /** Makes the next call (of one method, or of any) fail with this error. */
  failNext(error?: UserManagementError | UserManagementErrorCode, method?: keyof UserManagementAdapter): void;
  /** The secret token of an invitation's current link, as the invitee's email would carry it. */
  invitationToken(invitationId: string): string | undefined;
  /** A copy of all the data as it is now. */
  snapshot(): UserManagementDataset;
}

/**
 * The embedded default adapter: a whole backend in memory. It enforces `can()` and validation itself
 * (R9), keeps versions (R25), answers search + sort + page over 100,000 users from indexes built in
 * the background as they are needed (R1), and can imitate latency and failures.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  // Not copied: records are replaced on change, never mutated, so sharing them is safe and a
  // 100,000-user account starts without a deep copy.
  const clock = options.clock ?? systemClock;
  const dataset = options.dataset ?? generateDataset({ size: 10, now: clock.now() });
  const store = new MemoryStore(dataset, clock);
  const simulation = createSimulation(options.latency, options.failureRate);
  const tokens = new Map<string, string>(dataset.invitations.map((invitation) => [invitation.token, invitation.id]));
  let viewerId = options.viewerId ?? firstActiveOwner(dataset);

  /** Every call: imitate the network, then resolve the viewer as they are now (R10). */
  async function begin(method: string, params: RequestParams): Promise<Viewer> {
    // Whoever is logged in when the call starts makes it, even if the viewer switches mid-latency.
    const callerId = viewerId;
    await simulation.beforeCall(method, params.signal);
    return assertActiveViewer(store.viewer(callerId));
  }

  const onError =
    options.onError ?? ((error: unknown) => console.error("react-user-management memory adapter:", error));

  /** A missing record is `not_found` only to those who may act on such records (R29). */
  function require<T>(record: T | undefined, viewer: Viewer, action: Action, what: string, id: string): T {
    if (record === undefined) throw missingRecordError(viewer, action, store.policyContext(), what, id);
    return record;
  }

  const requireUser = (viewer: Viewer, id: string, action: Action) =>
    require(store.users.get(id), viewer, action, "user", id);
  const requireInvitation = (viewer: Viewer, id: string, action: Action) =>
    require(store.invitations.get(id), viewer, action, "invitation", id);
  const requireExternalUser = (viewer: Viewer, id: string, action: Action) =>
    require(store.externalUsers.get(id), viewer, action, "external user", id);

  function sendInvitation(
    invitee: InviteeFields,
    roleId: string,
    permissions: readonly string[],
    viewer: Viewer,
  ): { invitation: Invitation; emailSent: boolean } {
    const fields = newInvitationFields({
      id: store.newId("invitation"),
      invitee,
      roleId,
      permissions,
      viewer,
      sentAt: clock.now(),
      validityDays: store.account.invitationValidityDays,
    });
    return issueLink(fields);
  }

  /**
   * R12, R13, R30: (re)sends an invitation: sent now, valid from now, with a fresh secret link. The
   * invitation stays stored if the outbox throws; `emailSent` says so.
   */
  function issueLink(invitation: Omit<StoredInvitation, "token">): { invitation: Invitation; emailSent: boolean } {
    const stored: StoredInvitation = {
      ...invitation,
      ...invitationValidity(clock.now(), store.account.invitationValidityDays),
      token: newToken(),
    };
    store.invitations.set(stored.id, stored);
    tokens.set(stored.token, stored.id);
    const sent = store.toInvitation(stored);
    try {
      options.onInvitationSent?.(sent, stored.token);
      return { invitation: sent, emailSent: true };
    } catch (error) {
      onError(error);
      return { invitation: sent, emailSent: false };
    }
  }

  function dropInvitation(invitation: StoredInvitation): void {
    store.invitations.delete(invitation.id);
    tokens.delete(invitation.token);
  }

  /** R11: whether a pending invitation other than `ignoreInvitationId` has this normalised address. */
  function isInvited(key: string, ignoreInvitationId?: string): boolean {
    for (const invitation of store.invitations.values()) {
      if (
        invitation.id !== ignoreInvitationId &&
        normalizeEmail(invitation.email) === key &&
        store.isPending(invitation)
      )
        return true;
    }
    return false;
  }

  /** A new invitation replaces an expired one for the same address rather than sitting beside it. */
  function dropExpiredFor(email: string): void {
    const key = normalizeEmail(email);
    for (const invitation of [...store.invitations.values()]) {
      if (normalizeEmail(invitation.email) === key && !store.isPending(invitation)) dropInvitation(invitation);
    }
  }

  /** R20, R30: ends the user's sessions, retried; a failure is reported, never undoes the change. */
  function revoke(userId: string): void {
    for (let attempt = 1; attempt <= ACCESS_REVOKED_ATTEMPTS; attempt++) {
      try {
        options.onAccessRevoked?.(userId);
        return;
      } catch (error) {
        if (attempt === ACCESS_REVOKED_ATTEMPTS) onError(error);
      }
    }
  }

  const adapter: MemoryAdapter = {
    async getCapabilities(params) {
      await begin("getCapabilities", params);
      const declared = structuredClone(options.declares ?? {});
      // R1: it answers in the page's own process, so the table searches as typed, unless it imitates a network.
      if (options.latency !== undefined && options.latency !== 0) return declared;
      return { ...declared, behaviours: { search: "as-typed", ...declared.behaviours } };
    },

    async getSession(params) {
      const viewer = await begin("getSession", params);
      return { viewer, account: store.accountView() };
    },

    async getRoleModel(params) {
      await begin("getRoleModel", params);
      const { roles, permissions, defaultRoleId } = store.roleModel;
      return { roles: [...roles], permissions: [...permissions], defaultRoleId };
    },

    async listUsers(params): Promise<ListUsersResult> {
      const viewer = await begin("listUsers", params);
      assertCan(viewer, "users.list", undefined, store.policyContext());
      assertValid({ ...validatePaging(params.page, params.pageSize), ...validateSearch(params.search) });
      return memoryUsersPage(store.users, params);
    },

    async getUser(params): Promise<UserResult> {
      const viewer = await begin("getUser", params);
      const user = requireUser(viewer, params.id, "user.view");
      assertCan(viewer, "user.view", user, store.policyContext());
      return { user };
    },

    async updateUser(params): Promise<UserResult> {
      const viewer = await begin("updateUser", params);
      const user = requireUser(viewer, params.id, "user.updateProfile");
      const { changes } = params;
      // R29: decided on the request, whatever it would change.
      assertCanChangeUser(viewer, user, changes, store.policyContext());
      if (params.version !== user.version) throw conflictError(user);
      const { user: updated, changed, fieldErrors } = planUserUpdate(user, changes, store.roleModel.roles);
      if (changes.email !== undefined && !fieldErrors.email) {
        const holder = store.userIdByEmail(changes.email);
        if (holder !== undefined && holder !== user.id) Object.assign(fieldErrors, emailTakenError(changes.email));
        else if (holder === undefined && isInvited(normalizeEmail(changes.email))) {
          Object.assign(fieldErrors, emailInvitedError(changes.email));
        }
      }
      assertValid(fieldErrors);
      if (!changed) return { user };
      store.putUser(updated);
      return { user: updated };
    },

    async deleteUser(params) {
      const viewer = await begin("deleteUser", params);
      const user = requireUser(viewer, params.id, "user.delete");
      assertCan(viewer, "user.delete", user, store.policyContext());
      store.deleteUser(user.id);
      revoke(user.id);
    },

    async suspendUser(params) {
      const viewer = await begin("suspendUser", params);
      const user = requireUser(viewer, params.id, "user.suspend");
      assertCan(viewer, "user.suspend", user, store.policyContext());
      if (params.version !== undefined && params.version !== user.version) throw conflictError(user);
      const updated: User = { ...user, status: "suspended", version: user.version + 1 };
      store.putUser(updated);
      revoke(user.id);
      return { user: updated };
    },

    async reactivateUser(params) {
      const viewer = await begin("reactivateUser", params);
      const user = requireUser(viewer, params.id, "user.reactivate");
      assertCan(viewer, "user.reactivate", user, store.policyContext());
      if (params.version !== undefined && params.version !== user.version) throw conflictError(user);
      const updated: User = { ...user, status: "active", version: user.version + 1 };
      store.putUser(updated);
      return { user: updated };
    },

    async changePassword(params) {
      const viewer = await begin("changePassword", params);
      const user = requireUser(viewer, params.id, "user.changePassword");
      assertCan(viewer, "user.changePassword", user, store.policyContext());
      assertValid(validateNewPassword(params.newPassword, params.actorPassword));
      // R17: the actor proves who they are with their own password, whoever's password changes.
      if (store.passwords.get(viewer.id) !== params.actorPassword) throw reauthenticationError();
      store.passwords.set(user.id, params.newPassword);
    },

    async listInvitations(params): Promise<ListInvitationsResult> {
      const viewer = await begin("listInvitations", params);
      assertCan(viewer, "invitations.list", undefined, store.policyContext());
      const newestFirst = [...store.invitations.values()].sort((a, b) =>
        a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0,
      );
      const { items, total } = pageOf(newestFirst, params.page, params.pageSize);
      return { invitations: items.map((invitation) => store.toInvitation(invitation)), total };
    },

    async inviteUsers(params) {
      const viewer = await begin("inviteUsers", params);
      const permissions = params.permissions ?? [];
      const assigned = { roleId: params.roleId, permissions };
      assertCan(viewer, "invitation.create", undefined, store.policyContext({ inviteCount: 0, ...assigned }));
      assertValid(validateInvitees(params.invitees));
      assertValid(validateRoleAssignment(store.roleModel.roles, params.roleId, permissions));

      const plans = planInvitations(params.invitees, {
        isMember: (key) => store.userIdByEmail(key) !== undefined,
        isInvited: (key) => isInvited(key),
        seatLimit: store.account.plan.seatLimit,
        seatsUsed: store.seatsUsed(),
      });
      const results = plans.map(({ invitee, outcome, message }): InviteResult => {
        if (outcome !== "send") return { email: invitee.email, outcome, message };
        dropExpiredFor(invitee.email);
        const sent = sendInvitation(invitee, params.roleId, permissions, viewer);
        return { email: invitee.email, outcome: "sent", message, ...sent };
      });
      return { results };
    },

    async resendInvitation(params): Promise<InvitationResult> {
      const viewer = await begin("resendInvitation", params);
      const stored = requireInvitation(viewer, params.id, "invitation.resend");
      // R1: an expired invitation made pending again takes a seat (can() counts it from the status).
      assertCan(viewer, "invitation.resend", store.toInvitation(stored), store.policyContext());
      // R2, R11: the address became a member's meanwhile: the invitation can only fail now.
      if (store.userIdByEmail(stored.email)) throw alreadyMemberError(stored.email);
      // R13: a fresh link and a fresh validity period; the old link stops working.
      tokens.delete(stored.token);
      const { token: _token, ...invitation } = stored;
      return issueLink(invitation);
    },

    async cancelInvitation(params) {
      const viewer = await begin("cancelInvitation", params);
      const stored = requireInvitation(viewer, params.id, "invitation.cancel");
      assertCan(viewer, "invitation.cancel", store.toInvitation(stored), store.policyContext());
      dropInvitation(stored);
    },

    async replaceInvitation(params): Promise<InvitationResult> {
      const viewer = await begin("replaceInvitation", params);
      const stored = requireInvitation(viewer, params.id, "invitation.replace");
      const permissions = params.permissions ?? [];
      assertCan(
        viewer,
        "invitation.replace",
        store.toInvitation(stored),
        store.policyContext({ roleId: params.roleId, permissions }),
      );
      const [plan] = planInvitations([params.invitee], {
        isMember: (key) => store.userIdByEmail(key) !== undefined,
        isInvited: (key) => isInvited(key, stored.id),
        // The replaced invitation's seat passes to the new one.
        seatLimit: null,
        seatsUsed: 0,
      });
      assertValid({
        ...(plan && plan.outcome !== "send" ? { email: plan.message } : {}),
        ...validateProfile({ firstName: params.invitee.firstName, lastName: params.invitee.lastName }),
        ...validateRoleAssignment(store.roleModel.roles, params.roleId, permissions),
      });
      // R14: cancel and reinvite as one step, so nothing is left half done.
      dropInvitation(stored);
      dropExpiredFor(params.invitee.email);
      return sendInvitation(params.invitee, params.roleId, permissions, viewer);
    },

    async acceptInvitation(params): Promise<UserResult> {
      // The invitee is not logged in yet: no viewer, the token is the credential.
      await simulation.beforeCall("acceptInvitation", params.signal);
      const id = tokens.get(params.token);
      const stored = assertInvitationAcceptable(id === undefined ? undefined : store.invitations.get(id), clock);
      assertValid(validateProfile({ firstName: params.firstName, lastName: params.lastName }));
      if (store.userIdByEmail(stored.email)) throw alreadyMemberError(stored.email);
      const user = userFromInvitation({
        id: store.newId("user"),
        invitation: stored,
        firstName: params.firstName,
        lastName: params.lastName,
        roles: store.roleModel.roles,
        isFirstUser: store.users.size === 0,
        now: clock.now(),
      });
      dropInvitation(stored);
      store.putUser(user);
      return { user };
    },

    async listExternalUsers(params): Promise<ListExternalUsersResult> {
      const viewer = await begin("listExternalUsers", params);
      assertCan(viewer, "externalUsers.list", undefined, store.policyContext());
      const { items, total } = pageOf([...store.externalUsers.values()], params.page, params.pageSize);
      return { externalUsers: items, total };
    },

    async updateExternalUser(params): Promise<ExternalUserResult> {
      const viewer = await begin("updateExternalUser", params);
      const external = requireExternalUser(viewer, params.id, "externalUser.update");
      const permissions = params.permissions ?? [];
      assertCan(viewer, "externalUser.update", external, store.policyContext({ roleId: params.roleId, permissions }));
      if (params.version !== external.version) throw conflictError(external);
      assertValid(validateRoleAssignment(store.roleModel.roles, params.roleId, permissions));
      if (!externalRoleChanges(external, params.roleId, permissions)) return { externalUser: external };
      // R22: only their role here changes; the home account is not ours to touch.
      const updated = {
        ...external,
        roleId: params.roleId,
        permissions: [...permissions],
        version: external.version + 1,
      };
      store.externalUsers.set(updated.id, updated);
      return { externalUser: updated };
    },

    async removeExternalUser(params) {
      const viewer = await begin("removeExternalUser", params);
      const external = requireExternalUser(viewer, params.id, "externalUser.remove");
      assertCan(viewer, "externalUser.remove", external, store.policyContext());
      store.externalUsers.delete(external.id);
      revoke(external.id);
    },

    setViewer(userId) {
      viewerId = userId;
    },
    failNext(error = "unavailable", method) {
      simulation.failNext(error, method);
    },
    invitationToken(invitationId) {
      return store.invitations.get(invitationId)?.token;
    },
    snapshot() {
      return structuredClone({
        account: store.account,
        roleModel: store.roleModel,
        users: [...store.users.values()],
        invitations: [...store.invitations.values()],
        externalUsers: [...store.externalUsers.values()],
        passwords: store.passwords.toRecord(),
      });
    },
  };
  return adapter;
}

function firstActiveOwner(dataset: UserManagementDataset): string {
  const ownerRoles = new Set(dataset.roleModel.roles.filter((role) => role.kind === "owner").map((role) => role.id));
  const owner =
    dataset.users.find((user) => user.status === "active" && ownerRoles.has(user.roleId)) ?? dataset.users[0];
  return owner?.id ?? "";
}

function newToken(): string {
  return globalThis.crypto.randomUUID();
}
