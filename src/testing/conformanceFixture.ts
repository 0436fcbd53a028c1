import type { StoredInvitation, UserManagementDataset } from "../adapter/dataset";
import { invitationExpiresAt } from "../core/invitationExpiry";
import { PERMISSIONS } from "../core/permissions";
import { accountHolderMemberPreset, administratorUserCustomPreset, ownerManagerPreset } from "../core/presets";
import type { Account, ExternalUser, RoleDefinition, RoleModel, User, UserStatus } from "../core/types";

/** The instant the fixture's dates are relative to; the suite's clock starts here. */
export const CONFORMANCE_CLOCK_START = "2026-01-15T09:00:00.000Z";

/**
 * Which account the fixture describes:
 * - `standard`: the administrator / user / custom preset on a multi-user plan with seats to spare.
 * - `plan-without-multi-user`: the same people on a plan that does not include inviting (R23).
 * - `seat-limit-reached`: every seat used by members and the pending invitation (R1).
 * - `delegated-manager`: adds `manager-1`, whose `user-manager` role manages users without being an
 *   owner, and suspends `admin-2`, so `admin-1` is the last active administrator (R19). Only such a
 *   viewer can try to suspend or delete the last administrator: an administrator acting on another
 *   one is never the last.
 * - `owner-manager`, `account-holder-member`: the same people under the other presets (R6, R7):
 *   `admin-*` hold the owner-kind role, everyone else the standard one.
 */
export type ConformanceFixtureVariant =
  | "standard"
  | "plan-without-multi-user"
  | "seat-limit-reached"
  | "delegated-manager"
  | "owner-manager"
  | "account-holder-member";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant `days` before `start` (ms since the epoch), as ISO text. */
const daysBefore = (start: number, days: number) => new Date(start - days * DAY_MS).toISOString();

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  roleId: string;
  permissions?: string[];
  status?: UserStatus;
  twoFactorEnabled?: boolean;
  createdDaysAgo: number;
}

// First names, last names and emails all sort in the same order, so a sort by any reading of "name"
// (first, last, full) gives one expected order. Every date is distinct, and the orders by name, by
// last login and by creation all differ, so a sort on the wrong column cannot pass for the right one.
const people: Person[] = [
  {
    id: "admin-1",
    createdDaysAgo: 400,
    firstName: "Ada",
    lastName: "Abbott",
    email: "ada.abbott@example.com",
    roleId: "administrator",
    twoFactorEnabled: true,
  },
  // Stored in mixed case so that R2's case-insensitive comparison has something to compare.
  {
    id: "admin-2",
    createdDaysAgo: 100,
    firstName: "Ben",
    lastName: "Baker",
    email: "ben.Baker@Example.COM",
    roleId: "administrator",
  },
  {
    id: "user-1",
    createdDaysAgo: 300,
    firstName: "Cleo",
    lastName: "Carter",
    email: "cleo.carter@example.com",
    roleId: "user",
  },
  {
    id: "custom-1",
    createdDaysAgo: 50,
    firstName: "Dan",
    lastName: "Dalton",
    email: "dan.dalton@example.com",
    roleId: "custom",
    permissions: ["campaigns.create"],
  },
  {
    id: "suspended-1",
    createdDaysAgo: 200,
    firstName: "Eve",
    lastName: "Evans",
    email: "eve.evans@example.com",
    roleId: "user",
    status: "suspended",
  },
  {
    id: "user-2",
    createdDaysAgo: 250,
    firstName: "Fay",
    lastName: "Foster",
    email: "fay.foster@example.org",
    roleId: "user",
  },
];

const toUser = (person: Person, index: number, start: number): User => ({
  id: person.id,
  firstName: person.firstName,
  lastName: person.lastName,
  email: person.email,
  roleId: person.roleId,
  permissions: person.permissions ?? [],
  status: person.status ?? "active",
  twoFactorEnabled: person.twoFactorEnabled ?? false,
  // In reverse name order: Ada logged in most recently.
  lastLoginAt: new Date(start - (index + 1) * 60 * 60 * 1000).toISOString(),
  createdAt: daysBefore(start, person.createdDaysAgo),
  version: 1,
});

const invitation = (
  fields: Pick<StoredInvitation, "id" | "email" | "firstName" | "lastName" | "roleId" | "permissions" | "token">,
  sentDaysAgo: number,
  start: number,
): StoredInvitation => ({
  ...fields,
  invitedBy: { id: "admin-1", name: "Ada Abbott" },
  sentAt: daysBefore(start, sentDaysAgo),
  expiresAt: invitationExpiresAt(daysBefore(start, sentDaysAgo), 7),
});

const externalUsers = (start: number): ExternalUser[] => [
  {
    id: "external-1",
    firstName: "Ivy",
    lastName: "Ingram",
    email: "ivy.ingram@partner.example",
    homeAccount: { id: "partner-account", name: "Partner Agency" },
    roleId: "user",
    permissions: [],
    status: "active",
    twoFactorEnabled: true,
    lastLoginAt: daysBefore(start, 2),
    version: 1,
  },
  {
    id: "external-2",
    firstName: "Jon",
    lastName: "Jensen",
    email: "jon.jensen@consultancy.example",
    homeAccount: { id: "consultancy-account", name: "Jensen Consulting" },
    roleId: "custom",
    permissions: ["reports.view"],
    status: "active",
    twoFactorEnabled: false,
    lastLoginAt: null,
    version: 1,
  },
];

const userManagerRole: RoleDefinition = {
  id: "user-manager",
  label: "User manager",
  description: "Manages users without being an administrator.",
  kind: "standard",
  permissions: [PERMISSIONS.manageUsers, "dashboard.view", "profile.edit"],
};

/** The passwords of the fixture: `password-<id>`, distinct so that R17 can tell whose was typed. */
const passwordOf = (id: string) => `password-${id}`;

function standardFixture(start: number): UserManagementDataset {
  const users = people.map((person, index) => toUser(person, index, start));
  return {
    account: {
      id: "conformance-account",
      name: "Conformance Test Account",
      plan: { id: "pro", name: "Pro", multiUser: true, seatLimit: 50 },
      invitationValidityDays: 7,
    },
    roleModel: administratorUserCustomPreset,
    users,
    invitations: [
      invitation(
        {
          id: "invitation-pending",
          email: "grace.green@example.com",
          firstName: "Grace",
          lastName: "Green",
          roleId: "user",
          permissions: [],
          token: "conformance-token-pending",
        },
        1,
        start,
      ),
      invitation(
        {
          id: "invitation-expired",
          email: "hal.hughes@example.com",
          firstName: "Hal",
          lastName: "Hughes",
          roleId: "custom",
          permissions: ["reports.view"],
          token: "conformance-token-expired",
        },
        10,
        start,
      ),
    ],
    externalUsers: externalUsers(start),
    passwords: Object.fromEntries(users.map((user) => [user.id, passwordOf(user.id)])),
  };
}

/** R6, R7: the same people under another preset; owners keep their ids, everyone else is standard. */
function underPreset(dataset: UserManagementDataset, preset: RoleModel): UserManagementDataset {
  const ownerRole = preset.roles.find((role) => role.kind === "owner");
  const standardRole = preset.roles.find((role) => role.kind === "standard");
  if (!ownerRole || !standardRole) throw new Error("A preset without owner and standard roles cannot be a fixture.");
  const remap = <T extends { roleId: string; permissions: readonly string[] }>(holder: T): T => ({
    ...holder,
    roleId: holder.roleId === "administrator" ? ownerRole.id : standardRole.id,
    permissions: [],
  });
  return {
    ...dataset,
    roleModel: preset,
    users: dataset.users.map(remap),
    invitations: dataset.invitations.map(remap),
    externalUsers: dataset.externalUsers.map(remap),
  };
}

/**
 * Members that hold a seat (not revoked) plus invitations pending at `now`, as `Account.seatsUsed`
 * counts them.
 */
export function fixtureSeatsUsed(dataset: UserManagementDataset, now: Date | string): number {
  const at = new Date(now).getTime();
  const members = dataset.users.filter((user) => user.status !== "revoked").length;
  const pending = dataset.invitations.filter((inv) => new Date(inv.expiresAt).getTime() > at).length;
  return members + pending;
}

/**
 * The deterministic account the conformance suite loads into the adapter under test. Built from the
 * core presets; dates are relative to `start` (default {@link CONFORMANCE_CLOCK_START}; the suite
 * passes the real time when the backend reads a real clock). It holds:
 * - users `admin-1`, `admin-2` (administrators), `user-1`, `user-2` (users), `custom-1` (custom, with
 *   `campaigns.create` granted) and `suspended-1` (a suspended user); every one has a password,
 *   `password-<id>`;
 * - `invitation-pending` (sent a day ago) and `invitation-expired` (sent ten days ago), whose tokens
 *   are `conformance-token-pending` and `conformance-token-expired`;
 * - external users `external-1` and `external-2`, from two other accounts;
 * - the `pro` plan: multi-user, 50 seats.
 *
 * Every call returns a new object, so a backend may keep and change it.
 */
export function createConformanceFixture(
  variant: ConformanceFixtureVariant = "standard",
  start: Date | string = CONFORMANCE_CLOCK_START,
): UserManagementDataset {
  const startMs = new Date(start).getTime();
  const dataset = standardFixture(startMs);
  switch (variant) {
    case "standard":
      return dataset;
    case "plan-without-multi-user":
      return withPlan(dataset, { id: "solo", name: "Solo", multiUser: false, seatLimit: null, upgradePlanName: "Pro" });
    case "seat-limit-reached":
      return withPlan(dataset, {
        id: "team",
        name: "Team",
        multiUser: true,
        seatLimit: fixtureSeatsUsed(dataset, start),
      });
    case "delegated-manager":
      return {
        ...dataset,
        roleModel: { ...dataset.roleModel, roles: [...dataset.roleModel.roles, userManagerRole] },
        users: [
          ...dataset.users.map((user): User => (user.id === "admin-2" ? { ...user, status: "suspended" } : user)),
          toUser(
            {
              id: "manager-1",
              firstName: "Gus",
              lastName: "Grant",
              email: "gus.grant@example.com",
              roleId: userManagerRole.id,
              createdDaysAgo: 20,
            },
            people.length,
            startMs,
          ),
        ],
        passwords: { ...dataset.passwords, "manager-1": passwordOf("manager-1") },
      };
    case "owner-manager":
      return underPreset(dataset, ownerManagerPreset);
    case "account-holder-member":
      return underPreset(dataset, accountHolderMemberPreset);
  }
}

function withPlan(dataset: UserManagementDataset, plan: Account["plan"]): UserManagementDataset {
  return { ...dataset, account: { ...dataset.account, plan } };
}
