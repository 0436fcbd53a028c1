import { describe, expect, it } from "vitest";
import type { AdapterCapabilities, UpdateUserParams, UserManagementAdapter } from "../../src/adapter";
import { UserManagementError } from "../../src/core/errors";
import type { ExternalUser, User } from "../../src/core/types";
import { type AdapterHarness, createConformanceFixture, createTestAdapter } from "../../src/testing";
import { ConformanceSkip } from "../../src/testing/conformance/conformanceSkip";
import { expectFailure } from "../../src/testing/conformance/expectations";
import { readLoadedVersions, versionReader } from "../../src/testing/conformance/loadedVersions";
import { probeSuite } from "../../src/testing/conformance/probeSuite";
import { useConformanceSubject } from "../../src/testing/conformance/subject";
import { translatingAdapter } from "../../src/testing/conformance/translatingAdapter";
import { createTranslation, type TranslationSetup } from "../../src/testing/conformance/translation";
import {
  createVersionCounters,
  UNISSUED_VERSION,
  type VersionCounters,
} from "../../src/testing/conformance/versionCounters";
import { STAND_IN_OPTIONS, standInHarnessFactory } from "./thirdPartyStandIn";

const NO_EXTERNAL_USERS: AdapterCapabilities = {
  suspendUsers: true,
  changePassword: true,
  replaceInvitation: true,
  acceptInvitation: true,
  externalUsers: false,
  editOtherProfiles: true,
  changeEmail: true,
};

const setup = (versions?: VersionCounters): TranslationSetup => ({
  ids: { "admin-1": "org_a1", "user-1": "org_u1", "external-1": "org_x1" },
  roles: {},
  loadedRoleIds: ["administrator", "user"],
  leftOut: new Map(),
  timeShift: () => 0,
  raise: (reason) => {
    throw new ConformanceSkip(reason);
  },
  versions,
});

describe("conformance suite, versions: opaque: the counters", () => {
  it("R25: a record's first version is counter 1, each new one the next, per record", () => {
    const counters = createVersionCounters();
    expect(counters.out("org_u1", 1_734_882_311)).toBe(1);
    expect(counters.out("org_a1", 5)).toBe(1);
    expect(counters.out("org_u1", 1_734_882_311)).toBe(1);
    expect(counters.out("org_u1", 42)).toBe(2);
    expect(counters.out("org_u1", 2_000_000_000)).toBe(3);
    expect([1, 2, 3].map((counter) => counters.in("org_u1", counter))).toEqual([1_734_882_311, 42, 2_000_000_000]);
    expect(counters.in("org_a1", 1)).toBe(5);
  });

  it("R25: a version that comes back (A → B → A) maps to its earlier counter, as such a backend is", () => {
    const counters = createVersionCounters();
    expect([700, 800, 700].map((version) => counters.out("org_u1", version))).toEqual([1, 2, 1]);
    expect(counters.out("org_u1", 900)).toBe(3);
  });

  it("R25: a counter never issued for the record is sent as 0, whatever the backend's versions are", () => {
    const counters = createVersionCounters();
    counters.out("org_u1", 99);
    counters.out("org_u1", 2);
    expect(UNISSUED_VERSION).toBe(0);
    for (const counter of [0, -1, 1.5, 3, 99]) expect(counters.in("org_u1", counter), `${counter}`).toBe(0);
    expect(counters.in("org_never_seen", 1)).toBe(0);
  });
});

describe("conformance suite, versions: opaque: the translation", () => {
  it("R25: maps the version of params with a record id in, and of every user and external user out", () => {
    const counters = createVersionCounters();
    counters.out("org_u1", 9001);
    counters.out("org_x1", 31337);
    const translation = createTranslation(setup(counters));
    expect(translation.paramsIn({ id: "user-1", version: 1, changes: {} })).toEqual({
      id: "org_u1",
      version: 9001,
      changes: {},
    });
    expect(translation.paramsIn({ id: "external-1", version: 1, roleId: "user" })).toMatchObject({ version: 31337 });
    expect(translation.paramsIn({ id: "user-1" })).toEqual({ id: "org_u1" });
    expect(
      translation.resultOut({
        users: [
          { id: "org_u1", version: 9001 },
          { id: "org_a1", version: 12 },
        ],
        total: 2,
      }),
    ).toEqual({
      users: [
        { id: "user-1", version: 1 },
        { id: "admin-1", version: 1 },
      ],
      total: 2,
    });
    expect(translation.resultOut({ externalUser: { id: "org_x1", version: 555 } })).toEqual({
      externalUser: { id: "external-1", version: 2 },
    });
  });

  it("counter (no versions given): versions pass through as they are", () => {
    const translation = createTranslation(setup());
    expect(translation.paramsIn({ id: "user-1", version: 7, changes: {} })).toMatchObject({ version: 7 });
    expect(translation.resultOut({ user: { id: "org_u1", version: 7 } })).toEqual({
      user: { id: "user-1", version: 7 },
    });
  });
});

/** A backend whose versions are its own numbers: user-1 is at 99, and every change draws a new one. */
function opaqueBackend(): { adapter: UserManagementAdapter; sent: number[] } {
  const user = { id: "org_u1", firstName: "Cleo", version: 99 } as User;
  const external = { id: "org_x1", roleId: "user", version: 31337 } as ExternalUser;
  const sent: number[] = [];
  let next = 1_000_000;
  const draw = () => {
    next += 7919;
    return next;
  };
  const adapter = createTestAdapter({
    async updateUser(params: UpdateUserParams) {
      sent.push(params.version);
      if (params.version !== user.version) throw new UserManagementError("conflict", "stale", { current: { ...user } });
      Object.assign(user, params.changes, { version: draw() });
      return { user: { ...user } };
    },
    async updateExternalUser(params) {
      sent.push(params.version);
      if (params.version !== external.version) {
        throw new UserManagementError("conflict", "stale", { current: { ...external } });
      }
      Object.assign(external, { roleId: params.roleId, version: draw() });
      return { externalUser: { ...external } };
    },
  });
  return { adapter, sent };
}

describe("conformance suite, versions: opaque: through the proxy", () => {
  const drive = () => {
    const backend = opaqueBackend();
    const counters = createVersionCounters();
    counters.out("org_u1", 99);
    counters.out("org_x1", 31337);
    const adapter = translatingAdapter(backend.adapter, createTranslation(setup(counters)), () => Promise.resolve());
    return { ...backend, adapter };
  };

  it("R25: a stale counter is refused as a conflict, and the conflict's current carries the fresh counter", async () => {
    const { adapter, sent } = drive();
    const { user } = await adapter.updateUser({ id: "user-1", version: 1, changes: { firstName: "Cleona" } });
    expect(user).toMatchObject({ id: "user-1", firstName: "Cleona", version: 2 });
    const error = await expectFailure(
      adapter.updateUser({ id: "user-1", version: 1, changes: { firstName: "Late" } }),
      "conflict",
    );
    expect(error.current).toMatchObject({ id: "user-1", firstName: "Cleona", version: 2 });
    expect(sent).toEqual([99, 99]);
    const { user: again } = await adapter.updateUser({ id: "user-1", version: 2, changes: { firstName: "Cleo" } });
    expect(again.version).toBe(3);
  });

  it("R25: a counter never issued never matches, not even the backend's own version of the same number", async () => {
    const { adapter, sent } = drive();
    // The backend's version of user-1 is 99: counter 99 was never issued, so it is not sent as 99.
    await expectFailure(adapter.updateUser({ id: "user-1", version: 99, changes: { firstName: "X" } }), "conflict");
    await expectFailure(adapter.updateUser({ id: "user-1", version: 0, changes: { firstName: "X" } }), "conflict");
    await expectFailure(adapter.updateUser({ id: "user-1", version: 2, changes: { firstName: "X" } }), "conflict");
    expect(sent).toEqual([0, 0, 0]);
  });

  it("R22, R25: an external user's counters too", async () => {
    const updateExternalUser = drive().adapter.updateExternalUser;
    if (!updateExternalUser) throw new Error("the backend has updateExternalUser");
    const { externalUser } = await updateExternalUser({ id: "external-1", version: 1, roleId: "administrator" });
    expect(externalUser.version).toBe(2);
    const error = await expectFailure(updateExternalUser({ id: "external-1", version: 1, roleId: "user" }), "conflict");
    expect(error.current).toMatchObject({ id: "external-1", version: 2 });
  });
});

describe("conformance suite, versions: opaque: reading the loaded versions", () => {
  it("reads them as an active owner-kind user who manages users, else another user manager", () => {
    expect(versionReader(createConformanceFixture("standard"))).toBe("admin-1");
    expect(versionReader(createConformanceFixture("account-holder-member"))).toBe("admin-1");
    const delegated = createConformanceFixture("delegated-manager");
    // admin-2 is suspended there; without admin-1, only the user manager can list.
    const noOwner = { ...delegated, users: delegated.users.filter((user) => user.id !== "admin-1") };
    expect(versionReader(noOwner)).toBe("manager-1");
    const nobody = { ...delegated, users: delegated.users.filter((user) => user.roleId === "user") };
    expect(() => versionReader(nobody)).toThrow(/active fixture user who manages users/);
  });

  it("says which loaded record the listing left out, rather than failing later with a conflict", async () => {
    const fixture = createConformanceFixture("standard");
    const listed = fixture.users.filter((user) => user.id !== "user-2").map((user) => ({ ...user, version: 7 }));
    const harness: AdapterHarness = {
      as: () => createTestAdapter({ listUsers: async () => ({ users: listed, total: listed.length }) }),
      invitationToken: async () => undefined,
    };
    const standard = { ...fixture, externalUsers: [] };
    await expect(readLoadedVersions(harness, standard, NO_EXTERNAL_USERS, createVersionCounters())).rejects.toThrow(
      /listing as admin-1 did not return the loaded user-2/,
    );
  });
});

describe("conformance suite, versions: opaque: on the stand-in backend, whose versions are hashes", async () => {
  let raw: AdapterHarness | undefined;
  const suite = await probeSuite(
    "stand-in with hashed versions",
    async (fixture, clock) => {
      raw = await standInHarnessFactory(fixture, clock);
      return raw;
    },
    STAND_IN_OPTIONS,
  );
  const { subject } = useConformanceSubject(suite);
  const rawUser = async (id: string) => {
    if (!raw) throw new Error("no harness");
    return (await raw.as("admin-1").getUser({ id: `org_${id}` })).user;
  };

  it("the backend's own version is a hash, and the checks see 1", async () => {
    expect((await rawUser("user-1")).version).not.toBe(1);
    expect((await subject.as("admin-1").getUser({ id: "user-1" })).user.version).toBe(1);
  });

  it("R25: a stale counter is refused as a conflict through the proxy; the fresh one is accepted", async () => {
    const cleo = subject.as("user-1");
    const { user } = await cleo.updateUser({ id: "user-1", version: 1, changes: { firstName: "Cleona" } });
    expect(user.version).toBe(2);
    const error = await expectFailure(
      cleo.updateUser({ id: "user-1", version: 1, changes: { lastName: "Overwritten" } }),
      "conflict",
    );
    expect(error.current).toMatchObject({ id: "user-1", firstName: "Cleona", version: 2 });
    const { user: next } = await cleo.updateUser({ id: "user-1", version: 2, changes: { lastName: "Cole" } });
    expect(next.version).toBe(3);
  });

  it("R25: an unknown counter is refused, though the backend's hash is a number too", async () => {
    const cleo = subject.as("user-1");
    const hash = (await rawUser("user-1")).version;
    for (const version of [0, 2, 99, hash]) {
      await expectFailure(cleo.updateUser({ id: "user-1", version, changes: { firstName: "X" } }), "conflict");
    }
    expect((await rawUser("user-1")).firstName).toBe("Cleo");
  });

  it("R29: a no-op keeps counter 1; R25: undoing a change (A → B → A) brings counter 1 back", async () => {
    const cleo = subject.as("user-1");
    const { user: same } = await cleo.updateUser({ id: "user-1", version: 1, changes: { firstName: "Cleo" } });
    expect(same.version).toBe(1);
    const { user: changed } = await cleo.updateUser({ id: "user-1", version: 1, changes: { firstName: "Cleona" } });
    expect(changed.version).toBe(2);
    const { user: undone } = await cleo.updateUser({ id: "user-1", version: 2, changes: { firstName: "Cleo" } });
    // A content hash cannot tell A from A again: a save based on version 1 now passes.
    expect(undone.version).toBe(1);
    const { user: late } = await cleo.updateUser({ id: "user-1", version: 1, changes: { lastName: "Late" } });
    expect(late.version).toBe(3);
  });
});
