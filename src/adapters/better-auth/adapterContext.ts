import type { RequestParams } from "../../adapter/contract";
import { type Action, missingRecordError } from "../../core/can";
import { assertValid, UserManagementError } from "../../core/errors";
import { validateId } from "../../core/limits";
import type { Plan, RoleDefinition, RoleModel, User, Viewer } from "../../core/types";
import type { BetterAuthMember, BetterAuthOrganizationApi } from "./betterAuthApi";
import { fromBetterAuthError } from "./betterAuthErrors";
import { lastLoginReader, type WithLastLogins } from "./lastLogins";
import { defaultNameMapping, type NameMapping } from "./names";
import { type BetterAuthAdapterOptions, type OrganizationSettings, readOrganizationSettings } from "./options";
import { memberToUser, type ViewerFacts } from "./records";
import { assertRoleModelFits, betterAuthRoleModel } from "./roleModel";

/** Who calls, resolved afresh on every call from their session (R10). */
export interface Caller {
  headers: Headers;
  organizationId: string;
  viewer: Viewer;
  facts: ViewerFacts;
}

/** What every part of the adapter works with: the host's options resolved once, and the calls they share. */
export interface AdapterContext {
  api: BetterAuthOrganizationApi;
  settings: OrganizationSettings;
  model: RoleModel;
  roles: readonly RoleDefinition[];
  names: NameMapping;
  plan: Plan;
  validityDays: number;
  scanPageSize: number;
  onError(error: unknown): void;
  /** Runs Better Auth calls, turning what they throw into our errors. */
  call<T>(run: () => Promise<T>): Promise<T>;
  requestHeaders(params: RequestParams): Promise<Headers>;
  findMember(headers: Headers, organizationId: string, userId: string): Promise<BetterAuthMember | undefined>;
  /** Every call: the viewer as they are now. Removed from the organization: `access_revoked` (R10, R20). */
  begin(params: RequestParams): Promise<Caller>;
  /** R29: a user of this organization, or the answer a missing one gives this viewer. */
  requireMember(caller: Caller, id: string, action: Action): Promise<BetterAuthMember>;
  /** A member as our user, without `lastLoginAt` (see {@link withLastLogins}). */
  toUser(facts: ViewerFacts, member: BetterAuthMember): User;
  /** R4: users with their last sign-in, one session read per call. */
  withLastLogins: WithLastLogins;
  /** One member as our user, with their last sign-in. */
  present(facts: ViewerFacts, member: BetterAuthMember): Promise<User>;
}

const DEFAULT_SCAN_PAGE_SIZE = 1000;

/** Resolves the host's options once (and checks the role model fits Better Auth's roles). */
export function createAdapterContext(options: BetterAuthAdapterOptions): AdapterContext {
  // The endpoints' declared types depend on the host's plugin options; the shapes here are the ones
  // the organization plugin validates at run time (see BetterAuthInstance).
  const api = options.auth.api as unknown as BetterAuthOrganizationApi;
  const settings = readOrganizationSettings(options.auth);
  const model = options.roleModel ?? betterAuthRoleModel;
  assertRoleModelFits(model, settings.creatorRole);
  const { roles } = model;
  const names = options.names ?? defaultNameMapping;

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

  const toUser = (facts: ViewerFacts, member: BetterAuthMember) => memberToUser(member, roles, names, facts);

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
    const { id, firstName, lastName, email, roleId, permissions } = toUser(facts, member);
    const viewer: Viewer = { id, firstName, lastName, email, roleId, permissions, status: "active", isExternal: false };
    return { headers, organizationId, viewer, facts };
  }

  async function requireMember(caller: Caller, id: string, action: Action): Promise<BetterAuthMember> {
    assertValid(validateId("id", id));
    const member = await findMember(caller.headers, caller.organizationId, id);
    if (!member) throw missingRecordError(caller.viewer, action, { roles }, "user", id);
    return member;
  }

  const withLastLogins = lastLoginReader(options.auth, call);

  async function present(facts: ViewerFacts, member: BetterAuthMember): Promise<User> {
    const user = toUser(facts, member);
    const [withLogin] = await withLastLogins([user]);
    return withLogin ?? user;
  }

  return {
    api,
    settings,
    model,
    roles,
    names,
    plan: options.plan ?? {
      id: "better-auth",
      name: "Organization",
      multiUser: true,
      seatLimit: settings.membershipLimit,
    },
    validityDays: options.invitationValidityDays ?? settings.invitationValidityDays,
    scanPageSize: options.scanPageSize ?? DEFAULT_SCAN_PAGE_SIZE,
    onError:
      options.onError ?? ((error: unknown) => console.error("react-user-management Better Auth adapter:", error)),
    call,
    requestHeaders,
    findMember,
    begin,
    requireMember,
    toUser,
    withLastLogins,
    present,
  };
}
