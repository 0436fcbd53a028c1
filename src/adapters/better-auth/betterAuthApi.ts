import type { Invitation as BetterAuthInvitation, Member, Organization } from "better-auth/plugins/organization";
import type { User as BetterAuthUser, Session, Where } from "better-auth/types";

/**
 * A Better Auth instance with the organization plugin: `betterAuth({ plugins: [organization()] })`.
 * Only the presence of the endpoints the adapter calls is required here: their exact types depend
 * on the host's plugin options (role names become literal unions, additional fields join the
 * bodies), so no single signature fits every host. The adapter calls them through
 * {@link BetterAuthOrganizationApi}, the shapes the plugin validates at run time.
 */
export interface BetterAuthInstance {
  api: { readonly [K in keyof BetterAuthOrganizationApi]: (...args: never[]) => unknown };
  options: { plugins?: readonly BetterAuthPluginLike[] | undefined };
  /**
   * Better Auth's context (public on every instance: `auth.$context`), whose database adapter the
   * adapter reads sessions through for `lastLoginAt`, and nothing else. Absent: `lastLoginAt` is `null`.
   */
  $context?: PromiseLike<unknown> | undefined;
}

/**
 * The read the adapter makes through Better Auth's database adapter (`(await auth.$context).adapter`):
 * `findMany` only. The adapter never writes through it.
 */
export interface BetterAuthDatabaseReader {
  findMany<T>(data: {
    model: string;
    where?: Where[];
    limit?: number;
    offset?: number;
    select?: string[];
    sortBy?: { field: string; direction: "asc" | "desc" };
  }): Promise<T[]>;
}

/** The part of `auth.$context` the adapter reads: the database adapter and where sessions are kept. */
export interface BetterAuthContextLike {
  adapter?: Partial<BetterAuthDatabaseReader>;
  options?: {
    secondaryStorage?: unknown;
    session?: { storeSessionInDatabase?: boolean | undefined } | undefined;
  };
}

/** A plugin as it appears in `auth.options.plugins`: the organization plugin keeps its settings in `options`. */
export interface BetterAuthPluginLike {
  id: string;
  options?: unknown;
}

/** A member row with the four user fields the organization plugin joins to it. */
export type BetterAuthMember = Member & {
  user: Pick<BetterAuthUser, "id" | "name" | "email"> & { image?: string | null | undefined };
};

/** An invitation row as the organization plugin answers it. */
export type { BetterAuthInvitation };

/** The session and its user, as `getSession` answers (the twoFactor plugin adds `twoFactorEnabled`). */
export interface BetterAuthSession {
  session: Session & { activeOrganizationId?: string | null | undefined };
  user: BetterAuthUser & { twoFactorEnabled?: boolean | null | undefined };
}

type Headed<T = object> = { headers: Headers } & T;

/**
 * The endpoints the adapter calls, with the inputs it passes and the outputs Better Auth 1.7 gives
 * (its own exported types). Each endpoint checks the session in `headers` itself.
 */
export interface BetterAuthOrganizationApi {
  getSession(input: Headed): Promise<BetterAuthSession | null>;
  updateUser(input: Headed<{ body: { name?: string } }>): Promise<unknown>;
  listOrganizations(input: Headed): Promise<Organization[]>;
  listMembers(
    input: Headed<{
      query: {
        organizationId?: string;
        limit?: number;
        offset?: number;
        sortBy?: string;
        sortDirection?: "asc" | "desc";
        filterField?: string;
        filterValue?: string | string[];
        filterOperator?: "eq" | "in" | "contains";
      };
    }>,
  ): Promise<{ members: BetterAuthMember[]; total: number }>;
  updateMemberRole(
    input: Headed<{ body: { memberId: string; role: string; organizationId?: string } }>,
  ): Promise<unknown>;
  removeMember(input: Headed<{ body: { memberIdOrEmail: string; organizationId?: string } }>): Promise<unknown>;
  listInvitations(input: Headed<{ query: { organizationId?: string } }>): Promise<BetterAuthInvitation[]>;
  createInvitation(
    input: Headed<{ body: { email: string; role: string; organizationId?: string; resend?: boolean } }>,
  ): Promise<BetterAuthInvitation>;
  cancelInvitation(input: Headed<{ body: { invitationId: string } }>): Promise<unknown>;
  getInvitation(input: Headed<{ query: { id: string } }>): Promise<BetterAuthInvitation>;
  listUserInvitations(input: Headed): Promise<BetterAuthInvitation[]>;
  acceptInvitation(
    input: Headed<{ body: { invitationId: string } }>,
  ): Promise<{ invitation: BetterAuthInvitation; member: Member } | null>;
}
