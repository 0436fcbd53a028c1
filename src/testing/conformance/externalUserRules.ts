import { describe, expect } from "vitest";
import type { UserManagementAdapter } from "../../adapter/contract";
import type { CheckRequirements } from "./checkRegistry";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectFailure, method } from "./expectations";
import { ADMIN, EXTERNAL_USER, OTHER_EXTERNAL_USER } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

async function listExternal(adapter: UserManagementAdapter) {
  return (await method(adapter, "listExternalUsers")({ page: 1, pageSize: 200 })).externalUsers;
}

/** R21, R22: people from other accounts, managed here without touching their home account. */
export function describeExternalUserRules(suite: ConformanceSuite): void {
  describe("external users", () => {
    const { subject, check } = useConformanceSubject(suite);
    const external: CheckRequirements = { needs: ["externalUsers"] };

    check(
      "R21: external users are listed with their home account",
      { ...external, records: [EXTERNAL_USER, OTHER_EXTERNAL_USER] },
      async () => {
        const listed = await listExternal(subject.as(ADMIN));
        expect(listed.map((external) => [external.id, external.homeAccount.name]).sort()).toEqual([
          [EXTERNAL_USER, "Partner Agency"],
          [OTHER_EXTERNAL_USER, "Jensen Consulting"],
        ]);
      },
    );

    check(
      "R22: an administrator changes an external user's role here; the home account is untouched",
      external,
      async () => {
        const admin = subject.as(ADMIN);
        const { externalUser } = await method(
          admin,
          "updateExternalUser",
        )({
          id: EXTERNAL_USER,
          version: 1,
          roleId: "custom",
          permissions: ["reports.view"],
        });
        expect(externalUser).toMatchObject({
          roleId: "custom",
          permissions: ["reports.view"],
          homeAccount: { id: "partner-account", name: "Partner Agency" },
        });
        expect(externalUser.version).toBeGreaterThan(1);
        expect((await listExternal(admin)).find((external) => external.id === EXTERNAL_USER)?.roleId).toBe("custom");
      },
    );

    check("R25: changing an external user from a stale version is a conflict", external, async () => {
      const update = method(subject.as(ADMIN), "updateExternalUser");
      await update({ id: EXTERNAL_USER, version: 1, roleId: "administrator" });
      await expectFailure(update({ id: EXTERNAL_USER, version: 1, roleId: "user" }), "conflict");
    });

    check("R22: an administrator removes an external user's access", external, async () => {
      const admin = subject.as(ADMIN);
      await method(admin, "removeExternalUser")({ id: OTHER_EXTERNAL_USER });
      const stillActive = (await listExternal(admin)).filter(
        (external) => external.id === OTHER_EXTERNAL_USER && external.status === "active",
      );
      expect(stillActive).toEqual([]);
    });

    check("R22: a removed external user is refused with access_revoked on their next call", external, async () => {
      const external = subject.as(OTHER_EXTERNAL_USER);
      const { viewer } = await external.getSession({});
      expect(viewer).toMatchObject({ id: OTHER_EXTERNAL_USER, isExternal: true });
      await method(subject.as(ADMIN), "removeExternalUser")({ id: OTHER_EXTERNAL_USER });
      await expectFailure(external.getSession({}), "access_revoked");
    });
  });
}
