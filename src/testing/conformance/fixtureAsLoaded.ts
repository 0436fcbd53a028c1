import type { AdapterCapabilities } from "../../adapter/contract";
import type { UserManagementDataset } from "../../adapter/dataset";
import { fixtureSeatsUsed } from "../conformanceFixture";

/** What decides which fixture records a backend can hold. */
export interface LoadingRules {
  capabilities: AdapterCapabilities;
  /** `ConformanceOptions.roles`: a role mapped to `null` does not exist in the backend. */
  roles: Readonly<Record<string, string | null>>;
}

/** The fixture a backend is given, and what was left out of it. */
export interface FixtureAsLoaded {
  /** The records the backend holds, in the fixture's ids and role ids: expectations read this. */
  fixture: UserManagementDataset;
  /** Fixture record id → why the backend was not given it (a check naming it is skipped with this). */
  leftOut: ReadonlyMap<string, string>;
}

/** Why a fixture role does not exist in the backend, or `undefined` when it does. */
export function missingRoleReason(roleId: string, rules: Pick<LoadingRules, "roles">): string | undefined {
  return rules.roles[roleId] === null
    ? `fixture role "${roleId}" has no counterpart in this backend (ConformanceOptions.roles maps it to null)`
    : undefined;
}

/**
 * Leaves out of `full` what the backend cannot hold: the suspended users without `suspendUsers`,
 * external users without `externalUsers`, and every record holding a role mapped to `null`. Only
 * records are left out, never changed, so every check that remains still sees the fixture's facts.
 */
export function fixtureAsLoaded(
  full: UserManagementDataset,
  rules: LoadingRules,
  start: Date | string,
): FixtureAsLoaded {
  const leftOut = new Map<string, string>();
  const keep = (id: string, reason: string | undefined) => {
    if (reason !== undefined) leftOut.set(id, `fixture record ${id} is not loaded: ${reason}`);
    return reason === undefined;
  };
  const roleReason = (roleId: string) => missingRoleReason(roleId, rules);

  const users = full.users.filter((user) =>
    keep(
      user.id,
      roleReason(user.roleId) ??
        (user.status === "suspended" && !rules.capabilities.suspendUsers
          ? "a suspended user can exist only with the suspendUsers capability"
          : undefined),
    ),
  );
  const invitations = full.invitations.filter((invitation) => keep(invitation.id, roleReason(invitation.roleId)));
  const externalUsers = full.externalUsers.filter((external) =>
    keep(
      external.id,
      rules.capabilities.externalUsers ? roleReason(external.roleId) : "the adapter lacks the externalUsers capability",
    ),
  );
  const kept = new Set(users.map((user) => user.id));
  const fixture: UserManagementDataset = {
    ...full,
    roleModel: { ...full.roleModel, roles: full.roleModel.roles.filter((role) => roleReason(role.id) === undefined) },
    users,
    invitations,
    externalUsers,
    passwords: Object.fromEntries(Object.entries(full.passwords).filter(([id]) => kept.has(id))),
  };
  return { fixture: keepFullPlanFull(full, fixture, start), leftOut };
}

/** A plan whose seats were all used stays full (R1's checks need it), whatever was left out. */
function keepFullPlanFull(
  full: UserManagementDataset,
  loaded: UserManagementDataset,
  start: Date | string,
): UserManagementDataset {
  const { plan } = full.account;
  if (plan.seatLimit === null || plan.seatLimit !== fixtureSeatsUsed(full, start)) return loaded;
  const seatLimit = fixtureSeatsUsed(loaded, start);
  return { ...loaded, account: { ...loaded.account, plan: { ...plan, seatLimit } } };
}

/**
 * The fixture in the backend's role ids (`ConformanceOptions.roles`): what the harness factory gets,
 * as a copy it may change. Record ids stay the fixture's; a backend that makes its own reports them
 * in `AdapterHarness.ids`.
 */
export function inBackendRoles(
  fixture: UserManagementDataset,
  roles: Readonly<Record<string, string | null>>,
): UserManagementDataset {
  const role = (roleId: string) => roles[roleId] ?? roleId;
  const copy = structuredClone(fixture);
  return {
    ...copy,
    roleModel: {
      ...copy.roleModel,
      roles: copy.roleModel.roles.map((definition) => ({ ...definition, id: role(definition.id) })),
      defaultRoleId: role(copy.roleModel.defaultRoleId),
    },
    users: copy.users.map((user) => ({ ...user, roleId: role(user.roleId) })),
    invitations: copy.invitations.map((invitation) => ({ ...invitation, roleId: role(invitation.roleId) })),
    externalUsers: copy.externalUsers.map((external) => ({ ...external, roleId: role(external.roleId) })),
  };
}
