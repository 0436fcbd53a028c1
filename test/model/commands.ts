import fc from "fast-check";
import { hasPermission, PERMISSIONS } from "../../src/core";
import { type ConformanceFixtureVariant, createConformanceFixture } from "../../src/testing";

/*
 * The commands of the model-based test, as plain data (so fast-check can generate, shrink and print
 * them). Records are named the way a person would name them, and resolved against the model when the
 * command runs: a person or record by id, by position (`#2`: the third user, or invitation, sorted by
 * id, of those there are now), or by email address (then: whoever has that address now,
 * or a missing id when nobody has). So "σας@example.com" as a viewer is the user created from that
 * invitation, if anyone accepted it, and an unknown caller otherwise.
 */

/** The fixture's people (and a few ids that name nobody): users, external users, the delegated manager. */
export const PEOPLE = [
  "admin-1",
  "admin-2",
  "user-1",
  "user-2",
  "custom-1",
  "suspended-1",
  "manager-1",
  "external-1",
  "external-2",
  "ghost-1",
] as const;

/**
 * Addresses: the fixture's own (one in another case), its invitations', and new ones, several of
 * which share one email key (R2): case, surrounding spaces, Greek final sigma, German sharp s,
 * composed and decomposed Å.
 */
export const ADDRESSES = [
  "ada.abbott@example.com",
  "BEN.BAKER@example.com",
  "cleo.carter@example.com",
  "gus.grant@example.com",
  "grace.green@example.com",
  " Grace.Green@Example.com ",
  "hal.hughes@example.com",
  "ivy.ingram@partner.example",
  "Ada@Example.com",
  "ada@example.com",
  "ΣΑΣ@example.com",
  "σας@example.com",
  "straße@example.com",
  "STRASSE@example.com",
  "\u00c5sa@example.com",
  "A\u030asa@example.com",
  "new.person@example.org",
] as const;

/** Not an address at all (R11: refused as invalid). */
export const INVALID_ADDRESS = "not-an-address";

/** Every role of every preset, the delegated manager's, and one no role model has. */
export const ROLE_IDS = [
  "administrator",
  "user",
  "custom",
  "owner",
  "manager",
  "holder",
  "member",
  "user-manager",
  "no-such-role",
] as const;

/** Permissions to grant one by one: grantable ones, reserved ones, one from another catalog. */
export const GRANTS = [
  "campaigns.create",
  "reports.view",
  "billing.manage",
  "users.manage",
  "api_tokens.create",
  "services.manage",
] as const;

export const VARIANTS: readonly ConformanceFixtureVariant[] = [
  "standard",
  "delegated-manager",
  "seat-limit-reached",
  "owner-manager",
  "account-holder-member",
  "plan-without-multi-user",
];

/** A field set to the target's current value: the no-op that R29 must still authorise. */
export const SAME = "(same)";
export type Same = typeof SAME;

/** A person: a fixture id, `#n` (the n-th user now, sorted by id, wrapping), or who has this address now. */
export type PersonRef = string;
/** An invitation: a fixture id, `#n` (the n-th invitation now, sorted by id, wrapping), or the one for this address. */
export type InvitationRef = string;
/** The version a change is based on, relative to the target's current one (R25). */
export type VersionRef = "current" | "stale" | "ahead";
/** An accept link: an invitation's current one, any link ever mailed (most are dead), or a made-up one. */
export type TokenRef = { link: "current"; of: string } | { link: "issued"; pick: number } | { link: "bogus" };

export interface ChangeSpec {
  firstName?: string | Same;
  lastName?: string | Same;
  email?: string | Same;
  roleId?: string | Same;
  permissions?: readonly string[] | Same;
}

export interface InviteeSpec {
  email: string;
  firstName?: string;
  lastName?: string;
}

export type Command =
  | { kind: "advanceClock"; days: number }
  | { kind: "updateUser"; viewer: PersonRef; target: PersonRef; version: VersionRef; changes: ChangeSpec }
  | { kind: "suspendUser"; viewer: PersonRef; target: PersonRef; version?: VersionRef }
  | { kind: "reactivateUser"; viewer: PersonRef; target: PersonRef; version?: VersionRef }
  | { kind: "deleteUser"; viewer: PersonRef; target: PersonRef }
  | {
      kind: "inviteUsers";
      viewer: PersonRef;
      invitees: readonly InviteeSpec[];
      roleId: string;
      permissions?: readonly string[];
    }
  | { kind: "resendInvitation"; viewer: PersonRef; invitation: InvitationRef }
  | { kind: "cancelInvitation"; viewer: PersonRef; invitation: InvitationRef }
  | {
      kind: "replaceInvitation";
      viewer: PersonRef;
      invitation: InvitationRef;
      invitee: InviteeSpec;
      roleId: string;
      permissions?: readonly string[];
    }
  | { kind: "acceptInvitation"; token: TokenRef; firstName: string; lastName: string }
  | {
      kind: "updateExternalUser";
      viewer: PersonRef;
      target: PersonRef;
      version: VersionRef;
      roleId: string | Same;
      permissions?: readonly string[] | Same;
    }
  | { kind: "removeExternalUser"; viewer: PersonRef; target: PersonRef };

/** One generated case: which account, and what happens to it. */
export interface Scenario {
  variant: ConformanceFixtureVariant;
  commands: Command[];
}

// ——— Arbitraries ———

/** `#n`: the n-th record there is when the command runs. */
const nth = fc.nat({ max: 30 }).map((n) => `#${n}`);
const userTarget: fc.Arbitrary<PersonRef> = fc.oneof(
  { arbitrary: nth, weight: 4 },
  { arbitrary: fc.constantFrom(...PEOPLE), weight: 3 },
  { arbitrary: fc.constantFrom(...ADDRESSES), weight: 1 },
);
const externalTarget: fc.Arbitrary<PersonRef> = fc.oneof(
  { arbitrary: fc.constantFrom("external-1", "external-2"), weight: 4 },
  { arbitrary: fc.constantFrom("user-1", "ghost-1"), weight: 1 },
);
const invitationRef: fc.Arbitrary<InvitationRef> = fc.oneof(
  { arbitrary: nth, weight: 6 },
  { arbitrary: fc.constantFrom(...ADDRESSES), weight: 2 },
  { arbitrary: fc.constantFrom("invitation-pending", "invitation-expired", "ghost-invitation"), weight: 1 },
);
const version: fc.Arbitrary<VersionRef> = fc.oneof(
  { arbitrary: fc.constant<VersionRef>("current"), weight: 6 },
  { arbitrary: fc.constantFrom<VersionRef>("stale", "ahead"), weight: 1 },
);
const address: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...ADDRESSES), weight: 12 },
  { arbitrary: fc.constant(INVALID_ADDRESS), weight: 1 },
);
// Names as typed: plain, in another script, with spaces to trim, empty. Hostile text (control
// characters, oversize) is the bad-input catalog's subject (R31): the HTTP layer refuses it whole,
// before any rule of the domain, so it would only stop sequences here.
const name: fc.Arbitrary<string> = fc.constantFrom("Zoë", "Ada", "Σοφία", "", "  Spaced  ");
const orSame = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | Same> =>
  fc.oneof({ arbitrary: fc.constant<Same>(SAME), weight: 1 }, { arbitrary, weight: 3 });

const commandArbitraries = new Map<ConformanceFixtureVariant, fc.Arbitrary<Command>>();

/** Commands for one fixture variant: mostly its own roles and grantable permissions, sometimes others. */
export function commandArbitrary(variant: ConformanceFixtureVariant): fc.Arbitrary<Command> {
  let arbitrary = commandArbitraries.get(variant);
  if (!arbitrary) {
    arbitrary = buildCommandArbitrary(variant);
    commandArbitraries.set(variant, arbitrary);
  }
  return arbitrary;
}

function buildCommandArbitrary(variant: ConformanceFixtureVariant): fc.Arbitrary<Command> {
  const { roleModel, users } = createConformanceFixture(variant);
  const { roles } = roleModel;
  // Callers weighted towards those who may manage users, so that most sequences get past the door.
  const managers = users.filter((user) => hasPermission(user, PERMISSIONS.manageUsers, roles)).map((user) => user.id);
  const viewer: fc.Arbitrary<PersonRef> = fc.oneof(
    { arbitrary: fc.constantFrom(...managers), weight: 8 },
    { arbitrary: nth, weight: 3 },
    { arbitrary: fc.constantFrom(...PEOPLE), weight: 2 },
    { arbitrary: fc.constantFrom(...ADDRESSES), weight: 1 },
  );
  const roleId: fc.Arbitrary<string> = fc.oneof(
    { arbitrary: fc.constantFrom(...roles.map((role) => role.id)), weight: 6 },
    { arbitrary: fc.constantFrom(...ROLE_IDS), weight: 1 },
  );
  const grantable = [...new Set(roles.flatMap((role) => role.grantablePermissions ?? []))];
  const grants: fc.Arbitrary<readonly string[]> = fc.oneof(
    { arbitrary: fc.constant([]), weight: 5 },
    ...(grantable.length > 0 ? [{ arbitrary: fc.subarray(grantable, { minLength: 1, maxLength: 3 }), weight: 3 }] : []),
    { arbitrary: fc.subarray([...GRANTS], { minLength: 1, maxLength: 3 }), weight: 1 },
    { arbitrary: fc.constant(["reports.view", "reports.view"]), weight: 1 },
  );
  const changes: fc.Arbitrary<ChangeSpec> = fc.record(
    {
      firstName: orSame(name),
      lastName: orSame(name),
      email: orSame(address),
      roleId: orSame(roleId),
      permissions: orSame(grants),
    },
    { requiredKeys: [] },
  );
  const invitee: fc.Arbitrary<InviteeSpec> = fc.record(
    { email: address, firstName: name, lastName: name },
    { requiredKeys: ["email"] },
  );

  // Cross-shrink: every command shrinks towards the first option.
  return fc.oneof(
    { withCrossShrink: true },
    // First: what every other command shrinks towards. Advancing by 0 days does nothing, so shrinking
    // turns the commands a failure does not need into no-ops, which the report leaves out.
    { arbitrary: fc.record({ kind: fc.constant("advanceClock"), days: fc.nat({ max: 8 }) }), weight: 2 },
    {
      arbitrary: fc.record({ kind: fc.constant("updateUser"), viewer, target: userTarget, version, changes }),
      weight: 10,
    },
    {
      arbitrary: fc.record(
        { kind: fc.constant("suspendUser"), viewer, target: userTarget, version },
        { requiredKeys: ["kind", "viewer", "target"] },
      ),
      weight: 3,
    },
    {
      arbitrary: fc.record(
        { kind: fc.constant("reactivateUser"), viewer, target: userTarget, version },
        { requiredKeys: ["kind", "viewer", "target"] },
      ),
      weight: 3,
    },
    { arbitrary: fc.record({ kind: fc.constant("deleteUser"), viewer, target: userTarget }), weight: 2 },
    {
      arbitrary: fc.record(
        {
          kind: fc.constant("inviteUsers"),
          viewer,
          invitees: fc.array(invitee, { minLength: 1, maxLength: 3 }),
          roleId,
          permissions: grants,
        },
        { requiredKeys: ["kind", "viewer", "invitees", "roleId"] },
      ),
      weight: 7,
    },
    {
      arbitrary: fc.record({ kind: fc.constant("resendInvitation"), viewer, invitation: invitationRef }),
      weight: 3,
    },
    {
      arbitrary: fc.record({ kind: fc.constant("cancelInvitation"), viewer, invitation: invitationRef }),
      weight: 2,
    },
    {
      arbitrary: fc.record(
        {
          kind: fc.constant("replaceInvitation"),
          viewer,
          invitation: invitationRef,
          invitee,
          roleId,
          permissions: grants,
        },
        { requiredKeys: ["kind", "viewer", "invitation", "invitee", "roleId"] },
      ),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant("acceptInvitation"),
        token: fc.oneof(
          { arbitrary: fc.record({ link: fc.constant("current"), of: nth }), weight: 5 },
          { arbitrary: fc.record({ link: fc.constant("current"), of: fc.constantFrom(...ADDRESSES) }), weight: 1 },
          { arbitrary: fc.record({ link: fc.constant("issued"), pick: fc.nat({ max: 50 }) }), weight: 2 },
          { arbitrary: fc.record({ link: fc.constant("bogus") }), weight: 1 },
        ),
        firstName: name,
        lastName: name,
      }),
      weight: 6,
    },
    {
      arbitrary: fc.record(
        {
          kind: fc.constant("updateExternalUser"),
          viewer,
          target: externalTarget,
          version,
          roleId: orSame(roleId),
          permissions: orSame(grants),
        },
        { requiredKeys: ["kind", "viewer", "target", "version", "roleId"] },
      ),
      weight: 3,
    },
    {
      arbitrary: fc.record({ kind: fc.constant("removeExternalUser"), viewer, target: externalTarget }),
      weight: 1,
    },
  );
}

/**
 * A fixture variant and exactly `length` commands, so that a run's size is known in advance. Shrinking
 * cannot drop commands, but turns those a failure does not need into no-ops, and a sequence stops at
 * its first failure, so the report shows only what matters.
 */
export function scenarioArbitrary(length: number): fc.Arbitrary<Scenario> {
  return fc.constantFrom(...VARIANTS).chain((variant) =>
    fc.record({
      variant: fc.constant(variant),
      commands: fc.array(commandArbitrary(variant), { minLength: length, maxLength: length }),
    }),
  );
}

/** Whether a command does nothing at all (what shrinking leaves where a failure needs no command). */
export const isNoOp = (command: Command) => command.kind === "advanceClock" && command.days === 0;

/** One line per command, for failure reports. */
export function describeCommand(command: Command): string {
  const { kind, ...rest } = command;
  const viewer = "viewer" in rest ? `${rest.viewer}: ` : "";
  const { viewer: _viewer, ...args } = rest as { viewer?: string };
  return `${viewer}${kind} ${JSON.stringify(args)}`;
}
