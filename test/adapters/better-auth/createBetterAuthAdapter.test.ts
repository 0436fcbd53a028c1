import type { OrganizationOptions } from "better-auth/plugins/organization";
import { beforeEach, describe, expect, it } from "vitest";
import { getAdapterCapabilities } from "../../../src/adapter/contract";
import {
  type BetterAuthAdapter,
  type BetterAuthInstance,
  betterAuthRoleModel,
  createBetterAuthAdapter,
  versionOf,
} from "../../../src/adapters/better-auth";
import { can, isUserManagementError, type UserManagementErrorCode } from "../../../src/core";
import { memoryBackend, type SeedStore, signIn, signUp, type TestAuth } from "./betterAuthTestSupport";

const DAY_MS = 24 * 60 * 60 * 1000;
const PASSWORD = "correct-horse-battery";

async function expectCode(promise: Promise<unknown>, code: UserManagementErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!isUserManagementError(error)) throw new Error(`Expected a UserManagementError “${code}”, got ${String(error)}`);
  expect(error.code, error.message).toBe(code);
}

/** Records every method called on `target` as `prefix + name` (and the model, for database calls). */
function recording<T extends object>(target: T, calls: string[], prefix = ""): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const model = (args[0] as { model?: unknown } | undefined)?.model;
        calls.push(`${prefix}${String(key)}${prefix && typeof model === "string" ? `:${model}` : ""}`);
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}

/**
 * Records which Better Auth endpoints an adapter called, to prove `can()` refused before Better Auth,
 * and what it asked of Better Auth's database adapter (as `db.<method>:<model>`).
 */
function spied(auth: TestAuth, calls: string[]): BetterAuthInstance {
  const $context = auth.$context.then((context) => ({ ...context, adapter: recording(context.adapter, calls, "db.") }));
  return { ...auth, api: recording(auth.api, calls), $context };
}

interface World {
  auth: TestAuth;
  store: SeedStore;
  organizationId: string;
  /** Signs a new person up and returns their adapter (bound to the organization). */
  person(email: string, name: string): Promise<{ adapter: BetterAuthAdapter; headers: Headers }>;
  adapterFor(headers: Headers, spy?: string[]): BetterAuthAdapter;
  /** Invites `email` with `role` as `inviter`, and accepts as that person. Returns their user id. */
  join(
    inviter: BetterAuthAdapter,
    email: string,
    name: string,
    roleId: string,
  ): Promise<{ id: string; adapter: BetterAuthAdapter }>;
}

async function createWorld(
  org: OrganizationOptions = {},
): Promise<World & { owner: BetterAuthAdapter; ownerId: string }> {
  const { auth, store } = await memoryBackend({ invitationExpiresIn: 7 * 24 * 60 * 60, ...org });
  const ownerHeaders = await signUp(auth, "olga.owner@example.com", PASSWORD, "Olga Owner");
  const organization = await auth.api.createOrganization({
    headers: ownerHeaders,
    body: { name: "Acme", slug: `acme-${Math.random().toString(36).slice(2)}` },
  });
  if (!organization) throw new Error("Better Auth created no organization.");
  const organizationId = organization.id;
  const adapterFor = (headers: Headers, calls?: string[]) =>
    createBetterAuthAdapter({ auth: calls ? spied(auth, calls) : auth, headers, organizationId });
  const world: World = {
    auth,
    store,
    organizationId,
    async person(email, name) {
      const headers = await signUp(auth, email, PASSWORD, name);
      return { headers, adapter: adapterFor(headers) };
    },
    adapterFor,
    async join(inviter, email, name, roleId) {
      const { results } = await inviter.inviteUsers({ invitees: [{ email }], roleId });
      const invitation = results[0]?.invitation;
      if (!invitation) throw new Error(`Not invited: ${JSON.stringify(results)}`);
      const { adapter } = await world.person(email, "");
      const [firstName = "", lastName = ""] = name.split(" ");
      const { user } = await adapter.acceptInvitation({ token: invitation.id, firstName, lastName });
      return { id: user.id, adapter };
    },
  };
  const owner = adapterFor(ownerHeaders);
  const { viewer } = await owner.getSession({});
  return { ...world, owner, ownerId: viewer.id };
}

describe("Better Auth adapter on an in-process Better Auth (memory database)", () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  beforeEach(async () => {
    world = await createWorld();
  });

  it("declares what Better Auth lacks and the behaviours it has", async () => {
    const declared = await world.owner.getCapabilities({});
    expect(declared.capabilities).toEqual({
      suspendUsers: false,
      externalUsers: false,
      changePassword: false,
      editOtherProfiles: false,
      changeEmail: false,
    });
    expect(getAdapterCapabilities(world.owner, declared)).toMatchObject({ changeEmail: false, acceptInvitation: true });
    expect(declared.behaviours).toEqual({ emailCase: "lower-case", resendLink: "same" });
    expect(world.owner).not.toHaveProperty("suspendUser");
    expect(world.owner).not.toHaveProperty("changePassword");
  });

  it("maps the session: the organization creator is an owner; the validity follows invitationExpiresIn", async () => {
    const { viewer, account } = await world.owner.getSession({});
    expect(viewer).toMatchObject({ firstName: "Olga", lastName: "Owner", roleId: "owner", status: "active" });
    expect(account).toMatchObject({ id: world.organizationId, name: "Acme", seatsUsed: 1, invitationValidityDays: 7 });
    // The plugin's membershipLimit (100,000 in these tests; 100 by default) is the default seat limit.
    expect(account.plan).toMatchObject({ multiUser: true, seatLimit: 100_000 });
    expect((await world.owner.getRoleModel({})).roles.map((role) => role.id)).toEqual(["owner", "admin", "member"]);
  });

  it("R11, R15: invite, accept as the invitee, change the role, remove: each through Better Auth", async () => {
    const { results } = await world.owner.inviteUsers({
      invitees: [{ email: "Mia.Member@Example.com" }, { email: "not-an-address" }],
      roleId: "member",
    });
    expect(results.map((result) => result.outcome)).toEqual(["sent", "invalid"]);
    const invitation = results[0]?.invitation;
    // R2: Better Auth stores the address lower-cased (emailCase: lower-case).
    expect(invitation).toMatchObject({ email: "mia.member@example.com", roleId: "member", status: "pending" });
    expect(new Date(invitation?.expiresAt ?? 0).getTime() - new Date(invitation?.sentAt ?? 0).getTime()).toBe(
      7 * DAY_MS,
    );
    expect((await world.owner.listInvitations({})).invitations.map((i) => i.id)).toEqual([invitation?.id]);

    const { adapter: mia } = await world.person("mia.member@example.com", "");
    const { user } = await mia.acceptInvitation({ token: invitation?.id ?? "", firstName: "Mia", lastName: "Member" });
    expect(user).toMatchObject({ firstName: "Mia", lastName: "Member", roleId: "member", status: "active" });
    expect((await world.owner.listInvitations({})).total).toBe(0);
    expect((await world.owner.listUsers({ page: 1, pageSize: 10 })).total).toBe(2);

    const { user: promoted } = await world.owner.updateUser({
      id: user.id,
      version: user.version,
      changes: { roleId: "admin" },
    });
    expect(promoted.roleId).toBe("admin");
    expect(promoted.version).not.toBe(user.version);

    await world.owner.deleteUser({ id: user.id });
    expect((await world.owner.listUsers({ page: 1, pageSize: 10 })).total).toBe(1);
    // R10, R20: the removed member's next call is refused.
    await expectCode(mia.getSession({}), "access_revoked");
  });

  it("R27: an admin cannot give, change or remove the owner role; can() denies it before Better Auth is called", async () => {
    const admin = await world.join(world.owner, "adam.admin@example.com", "Adam Admin", "admin");
    const calls: string[] = [];
    const headers = await signIn(world.auth, "adam.admin@example.com", PASSWORD);
    const spiedAdmin = world.adapterFor(headers, calls);
    const { viewer } = await spiedAdmin.getSession({});
    const owner = (await spiedAdmin.getUser({ id: world.ownerId })).user;
    const context = {
      roles: betterAuthRoleModel.roles,
      account: { plan: { id: "p", name: "P", multiUser: true, seatLimit: null }, seatsUsed: 2 },
      activeOwnerCount: 1,
    };
    // The UI's can() (fed by the adapter's role model) refuses, so it never offers these actions.
    expect(can(viewer, "user.changeRole", owner, context).allowed).toBe(false);
    expect(can(viewer, "user.delete", owner, context).allowed).toBe(false);
    expect(can(viewer, "invitation.create", undefined, { ...context, roleId: "owner" }).allowed).toBe(false);

    calls.length = 0;
    await expectCode(
      spiedAdmin.updateUser({ id: world.ownerId, version: owner.version, changes: { roleId: "member" } }),
      "forbidden",
    );
    await expectCode(spiedAdmin.deleteUser({ id: world.ownerId }), "forbidden");
    await expectCode(
      spiedAdmin.inviteUsers({ invitees: [{ email: "new.owner@example.com" }], roleId: "owner" }),
      "forbidden",
    );
    const member = await world.join(world.owner, "max.member@example.com", "Max Member", "member");
    const maxUser = (await spiedAdmin.getUser({ id: member.id })).user;
    calls.length = 0;
    await expectCode(
      spiedAdmin.updateUser({ id: member.id, version: maxUser.version, changes: { roleId: "owner" } }),
      "forbidden",
    );
    expect(calls).not.toContain("updateMemberRole");
    expect(calls).not.toContain("removeMember");
    expect(calls).not.toContain("createInvitation");
    expect(admin.id).toBe(viewer.id);
  });

  it("R9: the adapter refuses what can() refuses even where Better Auth would allow it", async () => {
    const admin = await world.join(world.owner, "ada.admin@example.com", "Ada Admin", "admin");
    const member = await world.join(world.owner, "mo.member@example.com", "Mo Member", "member");
    // Better Auth lets any member list the members; R8: a member sees only their own profile.
    await expectCode(member.adapter.listUsers({ page: 1, pageSize: 10 }), "forbidden");
    const self = (await member.adapter.getUser({ id: member.id })).user;
    expect(self.email).toBe("mo.member@example.com");
    // Better Auth lets an admin remove themselves or change their own role (member: update/delete).
    await expectCode(admin.adapter.deleteUser({ id: admin.id }), "self_action");
    const adminSelf = (await admin.adapter.getUser({ id: admin.id })).user;
    await expectCode(
      admin.adapter.updateUser({ id: admin.id, version: adminSelf.version, changes: { roleId: "member" } }),
      "self_action",
    );
    // Better Auth lets an admin cancel an invitation for the owner role; R27 makes it the owner's.
    const { results } = await world.owner.inviteUsers({
      invitees: [{ email: "co.owner@example.com" }],
      roleId: "owner",
    });
    await expectCode(admin.adapter.cancelInvitation({ id: results[0]?.invitation?.id ?? "" }), "not_found");
    // Better Auth hides owner invitations from admins: to them such an id is like a missing one (R29).
  });

  it("R16: only a person changes their own name; editing someone else's profile is refused (editOtherProfiles: false)", async () => {
    const member = await world.join(world.owner, "nia.member@example.com", "Nia Member", "member");
    const nia = (await world.owner.getUser({ id: member.id })).user;
    await expectCode(
      world.owner.updateUser({ id: member.id, version: nia.version, changes: { firstName: "Other" } }),
      "forbidden",
    );
    const { user } = await member.adapter.updateUser({
      id: member.id,
      version: nia.version,
      changes: { firstName: "Nia Rose", lastName: "Member" },
    });
    // The default name mapping splits at the first space: what was typed as a two-word first name
    // comes back with its second word in the last name.
    expect(user).toMatchObject({ firstName: "Nia", lastName: "Rose Member" });
  });

  it("R2: a new address is refused with a field error on email (changeEmail: false); a change of case is no change", async () => {
    const member = await world.join(world.owner, "nia.member@example.com", "Nia Member", "member");
    const { user } = await member.adapter.getUser({ id: member.id });
    const error = await member.adapter
      .updateUser({ id: member.id, version: user.version, changes: { email: "nia@elsewhere.example" } })
      .catch((thrown: unknown) => thrown);
    expect(isUserManagementError(error, "validation")).toBe(true);
    expect((error as { fieldErrors?: Record<string, string> }).fieldErrors).toEqual({
      email: expect.stringMatching(/change-email flow/),
    });
    // A change of case only: Better Auth stores addresses lower-cased, so nothing changes.
    const same = await member.adapter.updateUser({
      id: member.id,
      version: user.version,
      changes: { email: "Nia.Member@Example.com" },
    });
    expect(same.user).toMatchObject({ email: "nia.member@example.com", version: user.version });
    expect((await world.owner.getUser({ id: member.id })).user.email).toBe("nia.member@example.com");
  });

  it("R4: the last login is the newest session's start, read in one query per page, read only; sorts by it", async () => {
    const ada = await world.join(world.owner, "ada@example.com", "Ada Lovelace", "member");
    const old = new Date(Date.now() - 3 * DAY_MS);
    // Ada also signed in three days ago; Nev has a membership and never signed in.
    await world.store.insert("session", [
      {
        id: "old",
        token: "old-token",
        userId: ada.id,
        expiresAt: new Date(Date.now() + DAY_MS),
        createdAt: old,
        updatedAt: old,
      },
    ]);
    const now = new Date();
    await world.store.insert("user", [
      { id: "nev", name: "Nev Never", email: "nev@example.com", emailVerified: true, createdAt: now, updatedAt: now },
    ]);
    await world.store.insert("member", [
      { id: "member-nev", organizationId: world.organizationId, userId: "nev", role: "member", createdAt: now },
    ]);
    const ownerHeaders = await signIn(world.auth, "olga.owner@example.com", PASSWORD);
    const calls: string[] = [];
    const owner = world.adapterFor(ownerHeaders, calls);

    const { users } = await owner.listUsers({ page: 1, pageSize: 10 });
    const byId = new Map(users.map((user) => [user.id, user.lastLoginAt]));
    expect(byId.get("nev")).toBeNull();
    // Ada's newest session is the one her sign-up started, not the older one.
    expect(Date.parse(byId.get(ada.id) ?? "")).toBeGreaterThan(old.getTime());
    expect(Date.parse(byId.get(world.ownerId) ?? "")).toBeGreaterThan(old.getTime());
    const database = calls.filter((call) => call.startsWith("db."));
    expect(database).toEqual(["db.findMany:session"]);

    // Olga's sign-in just now is the newest; Nev, never signed in, sorts as the oldest.
    calls.length = 0;
    const newest = await owner.listUsers({ page: 1, pageSize: 10, sort: { field: "lastLoginAt", direction: "desc" } });
    expect(newest.users.map((user) => user.id)).toEqual([world.ownerId, ada.id, "nev"]);
    const oldest = await owner.listUsers({ page: 1, pageSize: 1, sort: { field: "lastLoginAt", direction: "asc" } });
    expect(oldest).toMatchObject({ users: [{ id: "nev", lastLoginAt: null }], total: 3 });
    expect((await owner.getUser({ id: ada.id })).user.lastLoginAt).toBe(byId.get(ada.id));
    // Never a write through Better Auth's database adapter: only reads of the session model.
    expect(new Set(calls.filter((call) => call.startsWith("db.")))).toEqual(new Set(["db.findMany:session"]));
  });

  it("R4: with sessions kept in secondary storage only, or no $context, every last login is null", async () => {
    const { auth } = world;
    const secondary: BetterAuthInstance = {
      ...auth,
      $context: auth.$context.then((context) => ({
        ...context,
        options: {
          ...context.options,
          secondaryStorage: { get: async () => null, set: async () => {}, delete: async () => {} },
        },
      })),
    };
    const ownerHeaders = await signIn(auth, "olga.owner@example.com", PASSWORD);
    const withoutContext: BetterAuthInstance = { api: auth.api, options: auth.options };
    for (const instance of [secondary, withoutContext]) {
      const adapter = createBetterAuthAdapter({
        auth: instance,
        headers: ownerHeaders,
        organizationId: world.organizationId,
      });
      const { users } = await adapter.listUsers({
        page: 1,
        pageSize: 10,
        sort: { field: "lastLoginAt", direction: "desc" },
      });
      expect(users.map((user) => user.lastLoginAt)).toEqual([null]);
    }
  });

  it("R25: an update based on a version from before another change is a conflict carrying the current user", async () => {
    const member = await world.join(world.owner, "ned.member@example.com", "Ned Member", "member");
    const ned = (await world.owner.getUser({ id: member.id })).user;
    await world.owner.updateUser({ id: member.id, version: ned.version, changes: { roleId: "admin" } });
    const error = await world.owner
      .updateUser({ id: member.id, version: ned.version, changes: { roleId: "member" } })
      .catch((thrown: unknown) => thrown);
    expect(isUserManagementError(error, "conflict")).toBe(true);
    expect((error as { current: { roleId: string } }).current.roleId).toBe("admin");
    expect(versionOf(["a", "b", "c"])).toBe(versionOf(["a", "b", "c"]));
  });

  it("R19: the last owner cannot be demoted or removed, even by themselves", async () => {
    const owner = (await world.owner.getUser({ id: world.ownerId })).user;
    await expectCode(world.owner.deleteUser({ id: world.ownerId }), "self_action");
    await expectCode(
      world.owner.updateUser({ id: world.ownerId, version: owner.version, changes: { roleId: "member" } }),
      "self_action",
    );
  });

  it("R28, R29: an id from another organization answers as a missing one", async () => {
    const other = await world.person("stranger@example.com", "Stan Stranger");
    await expectCode(
      world.owner.getUser({ id: (await world.auth.api.getSession({ headers: other.headers }))?.user.id ?? "" }),
      "not_found",
    );
    await expectCode(world.owner.cancelInvitation({ id: "no-such-invitation" }), "not_found");
    const member = await world.join(world.owner, "may.member@example.com", "May Member", "member");
    // To a viewer who may not act on others, a missing record is refused like an existing one.
    await expectCode(member.adapter.getUser({ id: "no-such-user" }), "forbidden");
  });

  it("R13: resending keeps the link and restarts its validity; an expired one is sent afresh", async () => {
    const { results } = await world.owner.inviteUsers({ invitees: [{ email: "ria@example.com" }], roleId: "member" });
    const first = results[0]?.invitation;
    await world.store.shiftDatesBack(3 * DAY_MS);
    const { invitation } = await world.owner.resendInvitation({ id: first?.id ?? "" });
    expect(invitation.id).toBe(first?.id);
    expect(new Date(invitation.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6.9 * DAY_MS);

    await world.store.shiftDatesBack(8 * DAY_MS);
    const [expired] = (await world.owner.listInvitations({})).invitations;
    expect(expired?.status).toBe("expired");
    const { invitation: fresh } = await world.owner.resendInvitation({ id: first?.id ?? "" });
    expect(fresh.status).toBe("pending");
    expect((await world.owner.listInvitations({})).invitations.map((i) => i.id)).toEqual([fresh.id]);
  });

  it("R13, R15: a cancelled link is invalid, an expired one expired, another person's refused", async () => {
    const { results } = await world.owner.inviteUsers({
      invitees: [{ email: "cat@example.com" }, { email: "eli@example.com" }, { email: "fin@example.com" }],
      roleId: "member",
    });
    const [cat, eli, fin] = results.map((result) => result.invitation?.id ?? "");
    await world.owner.cancelInvitation({ id: cat ?? "" });
    const catAdapter = (await world.person("cat@example.com", "")).adapter;
    await expectCode(
      catAdapter.acceptInvitation({ token: cat ?? "", firstName: "Cat", lastName: "" }),
      "invitation_invalid",
    );

    const eliAccount = await world.person("eli@example.com", "");
    // Better Auth lists received invitations only to a verified address, which tells expired from invalid.
    await world.store.verifyEmail("eli@example.com");
    await world.store.shiftDatesBack(8 * DAY_MS);
    await expectCode(
      eliAccount.adapter.acceptInvitation({ token: eli ?? "", firstName: "Eli", lastName: "" }),
      "invitation_expired",
    );

    await expectCode(
      catAdapter.acceptInvitation({ token: fin ?? "", firstName: "Cat", lastName: "" }),
      "invitation_invalid",
    );
  });

  it("R14: changing an invitation cancels it and sends a new one", async () => {
    const { results } = await world.owner.inviteUsers({ invitees: [{ email: "old@example.com" }], roleId: "member" });
    const { invitation } = await world.owner.replaceInvitation({
      id: results[0]?.invitation?.id ?? "",
      invitee: { email: "new@example.com" },
      roleId: "admin",
    });
    expect(invitation).toMatchObject({ email: "new@example.com", roleId: "admin" });
    expect((await world.owner.listInvitations({})).invitations.map((i) => i.email)).toEqual(["new@example.com"]);
    const { invitation: same } = await world.owner.replaceInvitation({
      id: invitation.id,
      invitee: { email: "new@example.com" },
      roleId: "member",
    });
    expect((await world.owner.listInvitations({})).invitations).toEqual([
      expect.objectContaining({ id: same.id, roleId: "member" }),
    ]);
  });

  it("R1: searches names and emails, sorts, filters by role and pages", async () => {
    await world.join(world.owner, "zoe@example.com", "Zoe Zimmer", "member");
    await world.join(world.owner, "bea@example.com", "Bea Brown", "admin");
    await world.join(world.owner, "carl@example.org", "Carl Crane", "member");
    const list = (params: Parameters<BetterAuthAdapter["listUsers"]>[0]) =>
      world.owner.listUsers(params).then(({ users, total }) => ({ names: users.map((u) => u.firstName), total }));
    expect(await list({ page: 1, pageSize: 2 })).toEqual({ names: ["Olga", "Zoe"], total: 4 });
    expect(await list({ page: 2, pageSize: 2, sort: { field: "createdAt", direction: "desc" } })).toEqual({
      names: ["Zoe", "Olga"],
      total: 4,
    });
    expect(await list({ page: 1, pageSize: 10, sort: { field: "name", direction: "asc" } })).toEqual({
      names: ["Bea", "Carl", "Olga", "Zoe"],
      total: 4,
    });
    expect(await list({ page: 1, pageSize: 10, search: "EXAMPLE.ORG" })).toEqual({ names: ["Carl"], total: 1 });
    expect(await list({ page: 1, pageSize: 1, search: "e", sort: { field: "email", direction: "desc" } })).toEqual({
      names: ["Zoe"],
      total: 4,
    });
    expect(await list({ page: 1, pageSize: 10, roleIds: ["member"] })).toEqual({ names: ["Zoe", "Carl"], total: 2 });
    expect(await list({ page: 1, pageSize: 10, statuses: ["suspended"] })).toEqual({ names: [], total: 0 });
  });

  it("R11: an address Better Auth refuses for its own reason is `refused`, and the batch goes on", async () => {
    const limited = await createWorld({ invitationLimit: 1 });
    const { results } = await limited.owner.inviteUsers({
      invitees: [{ email: "one@example.com" }, { email: "two@example.com" }, { email: "olga.owner@example.com" }],
      roleId: "member",
    });
    expect(results.map((result) => result.outcome)).toEqual(["sent", "refused", "already_member"]);
    expect(results[1]?.message).toMatch(/Invitation limit reached/);
  });

  it("R10: no session, or no membership, is access_revoked", async () => {
    await expectCode(world.adapterFor(new Headers()).listUsers({ page: 1, pageSize: 10 }), "access_revoked");
    const outsider = await world.person("out@example.com", "Out Sider");
    await expectCode(outsider.adapter.getSession({}), "access_revoked");
  });

  it("refuses a role model Better Auth cannot honour", () => {
    const withWrongOwner = {
      ...betterAuthRoleModel,
      roles: betterAuthRoleModel.roles.map((role) => ({ ...role, kind: role.id === "admin" ? "owner" : role.kind })),
    } as typeof betterAuthRoleModel;
    expect(() =>
      createBetterAuthAdapter({ auth: world.auth, headers: new Headers(), roleModel: withWrongOwner }),
    ).toThrow(/creatorRole "owner"/);
  });
});
