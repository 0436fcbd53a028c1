import type {
  InvitationResult,
  InviteResult,
  ListUsersResult,
  RequestParams,
  UserManagementAdapter,
  UserResult,
} from "../../adapter/contract";
import { type Action, assertCan, missingRecordError, type PolicyContext } from "../../core/can";
import { normalizeEmail, validateProfile } from "../../core/email";
import { assertValid, UserManagementError } from "../../core/errors";
import { alreadyMemberError, invitationSender } from "../../core/invitationRecords";
import { planInvitations, validateInvitees } from "../../core/invitePlanning";
import { validateId, validateSearch } from "../../core/limits";
import { pageOf, validatePaging } from "../../core/paging";
import { conflictError } from "../../core/recordErrors";
import { validateRoleAssignment } from "../../core/roleAssignment";
import type { Invitation, InvitationSender, Plan, Viewer } from "../../core/types";
import { assertCanChangeUser, planUserUpdate } from "../../core/userUpdate";
import type { BetterAuthInvitation, BetterAuthMember, BetterAuthOrganizationApi } from "./betterAuthApi";
import { fromBetterAuthError, isBetterAuthCode, readBetterAuthError } from "./betterAuthErrors";
import { BETTER_AUTH_DECLARATION } from "./capabilities";
import { listUsersPage, type MemberQuery } from "./listing";
import { defaultNameMapping } from "./names";
import { type BetterAuthAdapterOptions, readOrganizationSettings } from "./options";
import { memberToUser, toInvitation, type ViewerFacts } from "./records";
import { assertRoleModelFits, betterAuthRoleModel, parseRoleNames } from "./roleModel";

/** The adapter: the contract's required methods plus replace and accept (its capabilities). */
export type BetterAuthAdapter = UserManagementAdapter &
  Required<Pick<UserManagementAdapter, "getCapabilities" | "replaceInvitation" | "acceptInvitation">>;

/** Who calls, resolved afresh on every call from their session (R10). */
interface Caller {
  headers: Headers;
  organizationId: string;
  viewer: Viewer;
  facts: ViewerFacts;
}

const DEFAULT_SCAN_PAGE_SIZE = 1000;
/** Most owners counted in one read; past it there are more than enough owners for R19. */
const OWNER_SCAN_LIMIT = 1000;

const INVALID_LINK =
  "This invitation link is no longer valid: it was cancelled, accepted or replaced. Ask for a new invitation.";
const EXPIRED_LINK = "This invitation has expired. Ask the organization's administrator to resend it.";

/**
 * A `UserManagementAdapter` over Better Auth's organization plugin, through its public server API
 * (`auth.api.*`) called with the viewer's own request headers: Better Auth checks their session and
 * role on every request, and the adapter checks `can()` first (R9), so that what the UI offers is
 * what Better Auth accepts. Runs on the server (it needs the `auth` instance); put it behind your own
 * endpoints or server actions to reach it from the browser.
 *
 * What Better Auth cannot do is declared in `getCapabilities` ({@link BETTER_AUTH_DECLARATION}); see
 * docs/better-auth.md for the mapping of fields, roles, versions and listing.
 *
 * @example
 * const adapter = createBetterAuthAdapter({ auth, headers: request.headers });
 */
export function createBetterAuthAdapter(options: BetterAuthAdapterOptions): BetterAuthAdapter {
  // The endpoints' declared types depend on the host's plugin options; the shapes here are the ones
  // the organization plugin validates at run time (see BetterAuthInstance).
  const api = options.auth.api as unknown as BetterAuthOrganizationApi;
  const settings = readOrganizationSettings(options.auth);
  const model = options.roleModel ?? betterAuthRoleModel;
  assertRoleModelFits(model, settings.creatorRole);
  const { roles } = model;
  const names = options.names ?? defaultNameMapping;
  const validityDays = options.invitationValidityDays ?? settings.invitationValidityDays;
  const plan: Plan = options.plan ?? {
    id: "better-auth",
    name: "Organization",
    multiUser: true,
    seatLimit: settings.membershipLimit,
  };
  const scanPageSize = options.scanPageSize ?? DEFAULT_SCAN_PAGE_SIZE;
  const onError =
    options.onError ?? ((error: unknown) => console.error("react-user-management Better Auth adapter:", error));

  /** Runs Better Auth calls, turning what they throw into our errors. */
  async function call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw fromBetterAuthError(error);
    }
  }

  async function requestHeaders(params: RequestParams): Promise<Headers> {
    if (params.signal?.aborted) throw new UserManagementError("network", "The request was cancelled.");
    return typeof options.headers === "function" ? await options.headers() : options.headers;
  }

  async function findMember(headers: Headers, organizationId: string, userId: string) {
    const { members } = await call(() =>
      api.listMembers({
        headers,
        query: { organizationId, filterField: "userId", filterValue: userId, limit: 1 },
      }),
    );
    return members[0];
  }

  /** Every call: the viewer as they are now. Removed from the organization: `access_revoked` (R10, R20). */
  async function begin(params: RequestParams): Promise<Caller> {
    const headers = await requestHeaders(params);
    const session = await call(() => api.getSession({ headers }));
    if (!session) throw new UserManagementError("access_revoked", "Your session has ended. Sign in again.");
    const organizationId = options.organizationId ?? session.session.activeOrganizationId ?? undefined;
    if (!organizationId) {
      throw new UserManagementError("access_revoked", "You are not in an organization. Choose one and try again.");
    }
    const member = await findMember(headers, organizationId, session.user.id);
    if (!member) throw new UserManagementError("access_revoked", "Your access to this organization was removed.");
    const facts: ViewerFacts = { userId: session.user.id, twoFactorEnabled: session.user.twoFactorEnabled === true };
    const { id, firstName, lastName, email, roleId, permissions } = memberToUser(member, roles, names, facts);
    const viewer: Viewer = { id, firstName, lastName, email, roleId, permissions, status: "active", isExternal: false };
    return { headers, organizationId, viewer, facts };
  }

  const toUser = (caller: Caller, member: BetterAuthMember) => memberToUser(member, roles, names, caller.facts);

  /** R29: a user of this organization, or the answer a missing one gives this viewer. */
  async function requireMember(caller: Caller, id: string, action: Action): Promise<BetterAuthMember> {
    assertValid(validateId("id", id));
    const member = await findMember(caller.headers, caller.organizationId, id);
    if (!member) throw missingRecordError(caller.viewer, action, { roles }, "user", id);
    return member;
  }

  function readMembers(caller: Caller) {
    return async (query: MemberQuery) => {
      const { members, total } = await call(() =>
        api.listMembers({
          headers: caller.headers,
          query: {
            organizationId: caller.organizationId,
            limit: query.limit,
            offset: query.offset,
            ...(query.sortBy ? { sortBy: query.sortBy, sortDirection: query.sortDirection ?? "asc" } : {}),
            ...(query.roles ? { filterField: "role", filterOperator: "in", filterValue: [...query.roles] } : {}),
          },
        }),
      );
      return { users: members.map((member) => toUser(caller, member)), total };
    };
  }

  /** Every invitation of the organization still `pending` in Better Auth (expired ones included). */
  async function pendingInvitations(caller: Caller): Promise<BetterAuthInvitation[]> {
    const all = await call(() =>
      api.listInvitations({ headers: caller.headers, query: { organizationId: caller.organizationId } }),
    );
    return all.filter((invitation) => invitation.status === "pending");
  }

  const isExpired = (invitation: BetterAuthInvitation, now = Date.now()) =>
    new Date(invitation.expiresAt).getTime() <= now;

  /**
   * R1: members plus pending, unexpired invitations. A viewer who may not list invitations (Better
   * Auth shows them only to inviters, and hides owner invitations from non-owners) counts those they see.
   */
  async function seatsUsed(caller: Caller, invitations?: readonly BetterAuthInvitation[]): Promise<number> {
    const { total } = await call(() =>
      api.listMembers({ headers: caller.headers, query: { organizationId: caller.organizationId, limit: 1 } }),
    );
    let visible = invitations;
    if (!visible) {
      try {
        visible = await pendingInvitations(caller);
      } catch {
        visible = [];
      }
    }
    const now = Date.now();
    return total + visible.filter((invitation) => !isExpired(invitation, now)).length;
  }

  /** R19: members holding the plugin's creator role (the owner kind). */
  async function countOwners(caller: Caller): Promise<number> {
    const { members, total } = await call(() =>
      api.listMembers({
        headers: caller.headers,
        query: {
          organizationId: caller.organizationId,
          filterField: "role",
          filterOperator: "contains",
          filterValue: settings.creatorRole,
          limit: OWNER_SCAN_LIMIT,
        },
      }),
    );
    if (total > members.length) return total;
    return members.filter((member) => parseRoleNames(member.role).includes(settings.creatorRole)).length;
  }

  async function policy(
    caller: Caller,
    needs: { seats?: readonly BetterAuthInvitation[] | true; owners?: boolean },
    extra: Partial<PolicyContext> = {},
  ): Promise<PolicyContext> {
    const seats =
      needs.seats === undefined ? 0 : await seatsUsed(caller, needs.seats === true ? undefined : needs.seats);
    return {
      roles,
      account: { plan, seatsUsed: seats },
      // Only the actions with an R19 rule read it; they always ask for it.
      activeOwnerCount: needs.owners ? await countOwners(caller) : 0,
      ...extra,
    };
  }

  /** Who sent each invitation: the inviters who are still members, by user id. */
  async function inviters(
    caller: Caller,
    invitations: readonly BetterAuthInvitation[],
  ): Promise<Map<string, InvitationSender>> {
    const ids = [...new Set(invitations.map((invitation) => invitation.inviterId))];
    if (ids.length === 0) return new Map();
    const { members } = await call(() =>
      api.listMembers({
        headers: caller.headers,
        query: {
          organizationId: caller.organizationId,
          filterField: "userId",
          filterOperator: "in",
          filterValue: ids,
          limit: ids.length,
        },
      }),
    );
    return new Map(
      members.map((member) => [member.userId, { id: member.userId, name: member.user.name || member.user.email }]),
    );
  }

  const invitationOf = (invitation: BetterAuthInvitation, sender?: InvitationSender) =>
    toInvitation(invitation, roles, validityDays, new Map(sender ? [[invitation.inviterId, sender]] : []), new Date());

  async function requireInvitation(
    caller: Caller,
    id: string,
    action: Action,
  ): Promise<{ stored: BetterAuthInvitation; all: BetterAuthInvitation[]; invitation: Invitation }> {
    assertValid(validateId("id", id));
    const all = await pendingInvitations(caller);
    const stored = all.find((invitation) => invitation.id === id);
    if (!stored) throw missingRecordError(caller.viewer, action, { roles }, "invitation", id);
    const senders = await inviters(caller, [stored]);
    return { stored, all, invitation: invitationOf(stored, senders.get(stored.inviterId)) };
  }

  /**
   * R30: Better Auth stores an invitation before it runs `sendInvitationEmail`, and throws when that
   * throws. Looks for the invitation the failed call left behind: `undefined` when none was stored.
   */
  async function storedDespite(
    caller: Caller,
    email: string,
    before: readonly BetterAuthInvitation[],
  ): Promise<BetterAuthInvitation | undefined> {
    const key = normalizeEmail(email);
    const seen = new Map(before.map((invitation) => [invitation.id, new Date(invitation.expiresAt).getTime()]));
    try {
      const after = await pendingInvitations(caller);
      return after.find(
        (invitation) =>
          normalizeEmail(invitation.email) === key &&
          !isExpired(invitation) &&
          seen.get(invitation.id) !== new Date(invitation.expiresAt).getTime(),
      );
    } catch {
      return undefined;
    }
  }

  /** Cancels invitations a newer one replaces; the newer one is committed, so a failure is only reported (R30). */
  async function cancelQuietly(caller: Caller, invitations: readonly BetterAuthInvitation[]): Promise<void> {
    for (const invitation of invitations) {
      try {
        await api.cancelInvitation({ headers: caller.headers, body: { invitationId: invitation.id } });
      } catch (error) {
        onError(error);
      }
    }
  }

  /** Sends one invitation; `alreadyMember` when Better Auth finds the address among the members. */
  async function createInvitation(
    caller: Caller,
    email: string,
    role: string,
    before: readonly BetterAuthInvitation[],
    resend = false,
  ): Promise<{ invitation: BetterAuthInvitation; emailSent?: false } | "alreadyMember"> {
    try {
      const invitation = await api.createInvitation({
        headers: caller.headers,
        body: { email, role, organizationId: caller.organizationId, ...(resend ? { resend: true } : {}) },
      });
      return { invitation };
    } catch (error) {
      if (isBetterAuthCode(error, "USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION")) return "alreadyMember";
      // Not a refusal of Better Auth's: possibly the host's mail sender, after the invitation was stored.
      if (readBetterAuthError(error) === undefined) {
        const stored = await storedDespite(caller, email, before);
        if (stored) {
          onError(error);
          return { invitation: stored, emailSent: false };
        }
      }
      throw fromBetterAuthError(error);
    }
  }

  /** R15: why a link cannot be accepted, as far as the invitee may know. */
  async function whyNotAcceptable(headers: Headers, token: string): Promise<UserManagementError> {
    try {
      const received = await api.listUserInvitations({ headers });
      const invitation = received.find((candidate) => candidate.id === token);
      if (invitation && isExpired(invitation)) return new UserManagementError("invitation_expired", EXPIRED_LINK);
    } catch {
      // Better Auth lists received invitations only to a verified email: the link is then just invalid.
    }
    return new UserManagementError("invitation_invalid", INVALID_LINK);
  }

  const adapter: BetterAuthAdapter = {
    async getCapabilities(params) {
      await requestHeaders(params);
      return structuredClone(BETTER_AUTH_DECLARATION);
    },

    async getSession(params) {
      const caller = await begin(params);
      const organizations = await call(() => api.listOrganizations({ headers: caller.headers }));
      const organization = organizations.find((candidate) => candidate.id === caller.organizationId);
      return {
        viewer: caller.viewer,
        account: {
          id: caller.organizationId,
          name: organization?.name ?? "",
          plan,
          seatsUsed: await seatsUsed(caller),
          invitationValidityDays: validityDays,
        },
      };
    },

    async getRoleModel(params) {
      await begin(params);
      return { roles: [...model.roles], permissions: [...model.permissions], defaultRoleId: model.defaultRoleId };
    },

    async listUsers(params): Promise<ListUsersResult> {
      const caller = await begin(params);
      assertCan(caller.viewer, "users.list", undefined, await policy(caller, {}));
      assertValid({ ...validatePaging(params.page, params.pageSize), ...validateSearch(params.search) });
      return listUsersPage(params, readMembers(caller), roles, scanPageSize);
    },

    async getUser(params): Promise<UserResult> {
      const caller = await begin(params);
      const user = toUser(caller, await requireMember(caller, params.id, "user.view"));
      assertCan(caller.viewer, "user.view", user, await policy(caller, {}));
      return { user };
    },

    async updateUser(params): Promise<UserResult> {
      const caller = await begin(params);
      const member = await requireMember(caller, params.id, "user.updateProfile");
      const user = toUser(caller, member);
      const { changes } = params;
      // R29: decided on the request, whatever it would change.
      assertCanChangeUser(caller.viewer, user, changes, await policy(caller, { owners: changes.roleId !== undefined }));
      const isSelf = user.id === caller.viewer.id;
      const touchesProfile =
        changes.firstName !== undefined || changes.lastName !== undefined || changes.email !== undefined;
      if (touchesProfile && !isSelf) {
        throw new UserManagementError(
          "forbidden",
          "Better Auth lets people change only their own name and email. You can change this member's role.",
        );
      }
      if (params.version !== user.version) throw conflictError(user);
      const { user: next, changed, fieldErrors } = planUserUpdate(user, changes, roles);
      const errors = { ...fieldErrors };
      if (
        changes.email !== undefined &&
        !errors.email &&
        normalizeEmail(changes.email) !== normalizeEmail(user.email)
      ) {
        errors.email =
          "Better Auth changes an email address only through its own change-email flow, which confirms the new address.";
      }
      assertValid(errors);
      if (!changed) return { user };
      const name = names.join(next.firstName, next.lastName);
      if (isSelf && name !== names.join(user.firstName, user.lastName)) {
        await call(() => api.updateUser({ headers: caller.headers, body: { name } }));
      }
      if (next.roleId !== user.roleId) {
        await call(() =>
          api.updateMemberRole({
            headers: caller.headers,
            body: { memberId: member.id, role: next.roleId, organizationId: caller.organizationId },
          }),
        );
      }
      const updated = await findMember(caller.headers, caller.organizationId, user.id);
      return { user: updated ? toUser(caller, updated) : next };
    },

    async deleteUser(params) {
      const caller = await begin(params);
      const member = await requireMember(caller, params.id, "user.delete");
      assertCan(caller.viewer, "user.delete", toUser(caller, member), await policy(caller, { owners: true }));
      // R20: the member loses the organization at once; their session stays (it is their login, not
      // this organization's), and their next call here answers `access_revoked`.
      await call(() =>
        api.removeMember({
          headers: caller.headers,
          body: { memberIdOrEmail: member.id, organizationId: caller.organizationId },
        }),
      );
    },

    async listInvitations(params) {
      const caller = await begin(params);
      assertCan(caller.viewer, "invitations.list", undefined, await policy(caller, {}));
      assertValid(validatePaging(params.page ?? 1, params.pageSize ?? 1));
      const all = await pendingInvitations(caller);
      const senders = await inviters(caller, all);
      const now = new Date();
      const newestFirst = all
        .map((invitation) => toInvitation(invitation, roles, validityDays, senders, now))
        .sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : a.id < b.id ? -1 : 1));
      const { items, total } = pageOf(newestFirst, params.page, params.pageSize);
      return { invitations: items, total };
    },

    async inviteUsers(params) {
      const caller = await begin(params);
      const permissions = params.permissions ?? [];
      const before = await pendingInvitations(caller).catch(() => []);
      const context = await policy(caller, { seats: before }, { inviteCount: 0, roleId: params.roleId, permissions });
      assertCan(caller.viewer, "invitation.create", undefined, context);
      assertValid(validateInvitees(params.invitees));
      assertValid(validateRoleAssignment(roles, params.roleId, permissions));

      const now = Date.now();
      const pending = new Set(before.filter((inv) => !isExpired(inv, now)).map((inv) => normalizeEmail(inv.email)));
      const inBatch = new Set<string>();
      let seats = context.account.seatsUsed;
      let committed = false;
      const sender = invitationSender(caller.viewer);
      const results: InviteResult[] = [];
      // One address at a time: Better Auth alone knows whether an address is a member's (it has no
      // lookup by email), and a member found frees the seat the plan had counted for them.
      for (const invitee of params.invitees) {
        const key = normalizeEmail(invitee.email);
        const email = invitee.email.trim();
        const [decision] = planInvitations([invitee], {
          isMember: () => false,
          isInvited: (candidate) => pending.has(candidate),
          seatLimit: plan.seatLimit,
          seatsUsed: seats,
        });
        if (!decision) continue;
        if (decision.outcome !== "invalid" && decision.outcome !== "already_invited" && inBatch.has(key)) {
          results.push({ email: invitee.email, outcome: "already_invited", message: `${email} appears twice.` });
          continue;
        }
        inBatch.add(key);
        if (decision.outcome !== "send") {
          results.push({ email: invitee.email, outcome: decision.outcome, message: decision.message });
          continue;
        }
        try {
          const sent = await createInvitation(caller, email, params.roleId, before);
          if (sent === "alreadyMember") {
            results.push({ email: invitee.email, outcome: "already_member", message: `${email} is already a member.` });
            continue;
          }
          committed = true;
          seats++;
          pending.add(key);
          // A new invitation replaces an expired one for the same address rather than sitting beside it.
          await cancelQuietly(
            caller,
            before.filter((inv) => normalizeEmail(inv.email) === key && isExpired(inv, now)),
          );
          results.push({
            email: invitee.email,
            outcome: "sent",
            message: decision.message,
            invitation: invitationOf(sent.invitation, sender),
            ...(sent.emailSent === false ? { emailSent: false } : {}),
          });
        } catch (error) {
          const failure = fromBetterAuthError(error);
          // R11: one address Better Auth declines never blocks the others. A fault before anything was
          // stored fails the whole request, so that the person can simply retry it.
          if (!committed && failure.code === "unavailable") throw failure;
          const outcome =
            failure.code === "validation" && failure.fieldErrors?.email
              ? "invalid"
              : isBetterAuthCode(error, "USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION")
                ? "already_invited"
                : "refused";
          results.push({ email: invitee.email, outcome, message: `${email} was not invited: ${failure.message}` });
        }
      }
      return { results };
    },

    async resendInvitation(params): Promise<InvitationResult> {
      const caller = await begin(params);
      const { stored, all, invitation } = await requireInvitation(caller, params.id, "invitation.resend");
      // R1: an expired invitation made pending again takes a seat (can() counts it from the status).
      assertCan(caller.viewer, "invitation.resend", invitation, await policy(caller, { seats: all }));
      // Better Auth moves the expiry of a pending invitation and keeps its id (the link). An expired one
      // it does not find: it creates a new invitation, and the expired one is cancelled.
      const sent = await createInvitation(caller, stored.email, stored.role, all, true);
      if (sent === "alreadyMember") throw alreadyMemberError(stored.email);
      if (sent.invitation.id !== stored.id) await cancelQuietly(caller, [stored]);
      return {
        invitation: invitationOf(sent.invitation, invitation.invitedBy ?? undefined),
        ...(sent.emailSent === false ? { emailSent: false } : {}),
      };
    },

    async cancelInvitation(params) {
      const caller = await begin(params);
      const { stored, invitation } = await requireInvitation(caller, params.id, "invitation.cancel");
      assertCan(caller.viewer, "invitation.cancel", invitation, await policy(caller, {}));
      await call(() => api.cancelInvitation({ headers: caller.headers, body: { invitationId: stored.id } }));
    },

    async replaceInvitation(params): Promise<InvitationResult> {
      const caller = await begin(params);
      const { stored, all, invitation } = await requireInvitation(caller, params.id, "invitation.replace");
      const permissions = params.permissions ?? [];
      assertCan(
        caller.viewer,
        "invitation.replace",
        invitation,
        await policy(caller, { seats: all }, { roleId: params.roleId, permissions }),
      );
      const now = Date.now();
      const others = new Set(
        all.filter((inv) => inv.id !== stored.id && !isExpired(inv, now)).map((inv) => normalizeEmail(inv.email)),
      );
      const [decision] = planInvitations([params.invitee], {
        isMember: () => false,
        isInvited: (key) => others.has(key),
        // The replaced invitation's seat passes to the new one.
        seatLimit: null,
        seatsUsed: 0,
      });
      assertValid({
        ...(decision && decision.outcome !== "send" ? { email: decision.message } : {}),
        ...validateProfile({ firstName: params.invitee.firstName, lastName: params.invitee.lastName }),
        ...validateRoleAssignment(roles, params.roleId, permissions),
      });
      const email = params.invitee.email.trim();
      // R14: Better Auth has no "replace". A new address (or an expired invitation) is invited first
      // and the old invitation cancelled after; the same address while pending must be cancelled
      // first, since Better Auth refuses a second pending invitation for it.
      const cancelFirst = normalizeEmail(email) === normalizeEmail(stored.email) && !isExpired(stored, now);
      if (cancelFirst) {
        await call(() => api.cancelInvitation({ headers: caller.headers, body: { invitationId: stored.id } }));
      }
      const sent = await createInvitation(caller, email, params.roleId, all);
      if (sent === "alreadyMember") {
        throw new UserManagementError("validation", `${email} is already a member.`, {
          fieldErrors: { email: `${email} is already a member.` },
        });
      }
      if (!cancelFirst) await cancelQuietly(caller, [stored]);
      return {
        invitation: invitationOf(sent.invitation, invitationSender(caller.viewer)),
        ...(sent.emailSent === false ? { emailSent: false } : {}),
      };
    },

    async acceptInvitation(params): Promise<UserResult> {
      assertValid({
        ...validateId("token", params.token),
        ...validateProfile({ firstName: params.firstName, lastName: params.lastName }),
      });
      // R15: Better Auth accepts as the invitee's own session (the address must match).
      const headers = await requestHeaders(params);
      const session = await call(() => api.getSession({ headers }));
      if (!session) {
        throw new UserManagementError("forbidden", "Sign in with the invited email address to accept the invitation.");
      }
      let organizationId: string | undefined;
      try {
        organizationId = (await api.getInvitation({ headers, query: { id: params.token } })).organizationId;
      } catch (error) {
        if (isBetterAuthCode(error, "INVITATION_NOT_FOUND")) throw await whyNotAcceptable(headers, params.token);
        if (isBetterAuthCode(error, "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION")) {
          throw new UserManagementError(
            "invitation_invalid",
            "This invitation was sent to another email address. Sign in with that address to accept it.",
          );
        }
        // The inviter left: Better Auth still accepts the invitation, only this lookup refuses.
        if (!isBetterAuthCode(error, "INVITER_IS_NO_LONGER_A_MEMBER_OF_THE_ORGANIZATION")) {
          throw fromBetterAuthError(error);
        }
      }
      // Better Auth would add a second member row for someone who already is one.
      if (organizationId) {
        const existing = await findMember(headers, organizationId, session.user.id).catch(() => undefined);
        if (existing) throw alreadyMemberError(session.user.email);
      }
      let accepted: Awaited<ReturnType<BetterAuthOrganizationApi["acceptInvitation"]>>;
      try {
        accepted = await api.acceptInvitation({ headers, body: { invitationId: params.token } });
      } catch (error) {
        if (isBetterAuthCode(error, "INVITATION_NOT_FOUND")) throw await whyNotAcceptable(headers, params.token);
        throw fromBetterAuthError(error);
      }
      if (!accepted) throw new UserManagementError("invitation_invalid", INVALID_LINK);
      const joinedOrganization = accepted.member.organizationId;
      const name = names.join(params.firstName, params.lastName);
      if (name !== "" && name !== session.user.name) {
        try {
          await api.updateUser({ headers, body: { name } });
        } catch (error) {
          // R30: the invitation is accepted; only the typed name was not saved.
          onError(error);
        }
      }
      const member = await findMember(headers, joinedOrganization, session.user.id);
      if (!member)
        throw new UserManagementError("unavailable", "The invitation was accepted, but reading the member failed.");
      return {
        user: memberToUser(member, roles, names, {
          userId: session.user.id,
          twoFactorEnabled: session.user.twoFactorEnabled === true,
        }),
      };
    },
  };
  return adapter;
}
