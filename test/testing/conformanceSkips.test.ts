import { describe, expect, it } from "vitest";
import type { AdapterCapabilities } from "../../src/adapter";
import { createConformanceFixture } from "../../src/testing";
import { settleCheck, unmetRequirement } from "../../src/testing/conformance/check";
import { ConformanceSkip } from "../../src/testing/conformance/conformanceSkip";
import { expectFailure } from "../../src/testing/conformance/expectations";
import { fixtureAsLoaded } from "../../src/testing/conformance/fixtureAsLoaded";
import { createTranslation } from "../../src/testing/conformance/translation";

const everything: AdapterCapabilities = {
  suspendUsers: true,
  changePassword: true,
  replaceInvitation: true,
  acceptInvitation: true,
  externalUsers: true,
  editOtherProfiles: true,
  changeEmail: true,
};
const lacking: AdapterCapabilities = { ...everything, suspendUsers: false, externalUsers: false };
const START = "2026-01-15T09:00:00.000Z";

/** A translation whose raised skips are recorded, as the suite's subject records them. */
function translationWithCustomLeftOut() {
  const raised: string[] = [];
  const { fixture, leftOut } = fixtureAsLoaded(
    createConformanceFixture(),
    { capabilities: lacking, roles: { custom: null } },
    START,
  );
  const translation = createTranslation({
    ids: {},
    roles: { custom: null },
    loadedRoleIds: fixture.roleModel.roles.map((role) => role.id),
    leftOut,
    timeShift: () => 0,
    raise: (reason) => {
      raised.push(reason);
      throw new ConformanceSkip(reason);
    },
  });
  return { translation, raised };
}

describe("conformance suite: what a backend cannot hold turns into a skip, never a pass", () => {
  it("leaves out suspended users, external users and records of roles mapped to null, saying why", () => {
    const { fixture, leftOut } = fixtureAsLoaded(
      createConformanceFixture(),
      { capabilities: lacking, roles: { custom: null } },
      START,
    );
    expect(fixture.users.map((user) => user.id).sort()).toEqual(["admin-1", "admin-2", "user-1", "user-2"]);
    expect(fixture.invitations.map((invitation) => invitation.id)).toEqual(["invitation-pending"]);
    expect(fixture.externalUsers).toEqual([]);
    expect(fixture.roleModel.roles.map((role) => role.id)).toEqual(["administrator", "user"]);
    expect(Object.keys(fixture.passwords).sort()).toEqual(["admin-1", "admin-2", "user-1", "user-2"]);
    expect(leftOut.get("suspended-1")).toMatch(/suspendUsers/);
    expect(leftOut.get("custom-1")).toMatch(/"custom" has no counterpart/);
    expect(leftOut.get("external-1")).toMatch(/externalUsers/);
  });

  it("R19: without suspension the delegated-manager variant leaves admin-2 out, so admin-1 is still the last administrator", () => {
    const { fixture, leftOut } = fixtureAsLoaded(
      createConformanceFixture("delegated-manager"),
      { capabilities: lacking, roles: {} },
      START,
    );
    expect(fixture.users.filter((user) => user.roleId === "administrator").map((user) => user.id)).toEqual(["admin-1"]);
    expect(leftOut.has("admin-2")).toBe(true);
  });

  it("R1: a plan whose seats were all used stays full after records are left out", () => {
    const full = createConformanceFixture("seat-limit-reached");
    const { fixture } = fixtureAsLoaded(full, { capabilities: lacking, roles: { custom: null } }, START);
    expect(full.account.plan.seatLimit).toBe(7);
    // admin-1, admin-2, user-1, user-2 and the pending invitation.
    expect(fixture.account.plan.seatLimit).toBe(5);
  });

  it("a backend that can hold everything is given the whole fixture", () => {
    const full = createConformanceFixture();
    const { fixture, leftOut } = fixtureAsLoaded(full, { capabilities: everything, roles: {} }, START);
    expect(fixture).toEqual(full);
    expect(leftOut.size).toBe(0);
  });

  it("a check that names a left-out record is skipped even when it catches the skip", async () => {
    const { translation, raised } = translationWithCustomLeftOut();
    const swallowing = async () => {
      try {
        translation.paramsIn({ id: "custom-1", version: 1, changes: {} });
      } catch {
        // A careless check (or helper) that treats any throw as the refusal it expects.
      }
    };
    expect(await settleCheck(swallowing, () => raised[0])).toMatch(/custom-1 is not loaded/);
  });

  it("a check that passes a role the backend lacks is skipped, naming the role", async () => {
    const { translation, raised } = translationWithCustomLeftOut();
    const body = async () => {
      translation.paramsIn({ page: 1, pageSize: 10, roleIds: ["administrator", "custom"] });
    };
    expect(await settleCheck(body, () => raised[0])).toMatch(/fixture role "custom" has no counterpart/);
  });

  it("expectFailure lets a skip through instead of reporting it as the adapter's error", async () => {
    await expect(expectFailure(Promise.reject(new ConformanceSkip("left out")), "forbidden")).rejects.toBeInstanceOf(
      ConformanceSkip,
    );
  });

  it("a check that neither needs nor meets anything missing runs, and its failures stay failures", async () => {
    await expect(
      settleCheck(
        async () => expect(1).toBe(2),
        () => undefined,
      ),
    ).rejects.toThrow();
    expect(
      await settleCheck(
        async () => undefined,
        () => undefined,
      ),
    ).toBeUndefined();
  });

  it("states the reason of a check that cannot start: a capability, a record, a time move", () => {
    const control = {
      leftOutReason: (id: string) => (id === "x" ? "x is not loaded" : undefined),
      canMoveTime: () => false,
    };
    expect(unmetRequirement({ capabilities: lacking }, control, { needs: ["suspendUsers"] })).toBe(
      "the adapter lacks the suspendUsers capability",
    );
    expect(unmetRequirement({ capabilities: lacking }, control, { records: ["x"] })).toBe("x is not loaded");
    expect(unmetRequirement({ capabilities: lacking }, control, { movesTime: true })).toMatch(/advanceTime/);
    expect(unmetRequirement({ capabilities: everything }, control, { needs: ["suspendUsers"] })).toBeUndefined();
  });
});
