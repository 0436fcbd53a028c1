import { describe, expect } from "vitest";
import {
  type CeilingRequest,
  ceilingDecisionOnOwnModel,
  expectCeilingRequestDone,
  makeCeilingRequest,
} from "./ceilingRequests";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectFailure, expectRefusedUnchanged, findUser, listAllInvitations, method } from "./expectations";
import {
  ADMIN,
  CUSTOM_USER,
  DELEGATED_MANAGER,
  EXPIRED_INVITATION,
  EXTERNAL_USER,
  OTHER_USER,
  PENDING_INVITATION,
} from "./fixtureIds";
import { profileEditor } from "./profileEdits";
import { useConformanceSubject } from "./subject";

const newPerson = [{ email: "new.person@example.com" }];

/** R1, R27, R29: what a hostile caller tries, refused with nothing changed. */
export function describeTrustRules(suite: ConformanceSuite): void {
  describe("the role-assignment ceiling, as a delegated user manager meets it", () => {
    // manager-1's `user-manager` role manages users and holds dashboard.view and profile.edit only.
    const { subject, check } = useConformanceSubject(suite, "delegated-manager");

    const refusals: { what: string; code?: "self_action"; request: CeilingRequest }[] = [
      {
        what: "making themselves an administrator",
        code: "self_action",
        request: { kind: "update", id: DELEGATED_MANAGER, changes: { roleId: "administrator" } },
      },
      {
        what: "making someone else an administrator",
        request: { kind: "update", id: OTHER_USER, changes: { roleId: "administrator" } },
      },
      {
        what: "giving a role that carries permissions they lack",
        request: { kind: "update", id: CUSTOM_USER, changes: { roleId: "user" } },
      },
      {
        what: "granting a permission they lack",
        request: { kind: "update", id: CUSTOM_USER, changes: { permissions: ["reports.view"] } },
      },
      { what: "inviting an administrator", request: { kind: "invite", roleId: "administrator" } },
      { what: "inviting with a role that carries permissions they lack", request: { kind: "invite", roleId: "user" } },
      {
        what: "inviting with a grant they lack",
        request: { kind: "invite", roleId: "custom", permissions: ["reports.view"] },
      },
      {
        what: "resending an invitation for a role above their own",
        request: { kind: "resend", id: PENDING_INVITATION },
      },
    ];
    const request = (refusal: (typeof refusals)[number]) => () =>
      makeCeilingRequest(subject.as(DELEGATED_MANAGER), refusal.request);
    // A backend that names its roles its own way has its own role model (`roles`), where the ceiling
    // between two roles is its own (Better Auth's admin outranks its member): the request is then
    // refused exactly when can() refuses it on the model the adapter returns, and done otherwise.
    const ownModel = Object.keys(suite.roles).length > 0;
    for (const refusal of refusals) {
      const code = refusal.code ?? "forbidden";
      if (!ownModel) {
        check(
          `R9, R27: a delegated manager is refused ${refusal.what} (${code}) and nothing changes`,
          { switches: ["roles"] },
          async () => {
            await expectRefusedUnchanged(subject, DELEGATED_MANAGER, request(refusal), code);
          },
        );
        continue;
      }
      check(
        `R9, R27: a delegated manager ${refusal.what} is refused exactly when can() refuses it on the backend's role model (roles), and nothing then changes`,
        { switches: ["roles"] },
        async () => {
          const expected = await ceilingDecisionOnOwnModel(subject, DELEGATED_MANAGER, refusal.request);
          if (expected !== undefined) {
            await expectRefusedUnchanged(subject, DELEGATED_MANAGER, request(refusal), expected);
            return;
          }
          expectCeilingRequestDone(refusal.request, await request(refusal)());
        },
      );
    }

    check("R27: a delegated manager gives what they hold: a custom role without grants", async () => {
      const manager = subject.as(DELEGATED_MANAGER);
      const { results } = await manager.inviteUsers({ invitees: newPerson, roleId: "custom" });
      expect(results.map((result) => result.outcome)).toEqual(["sent"]);
      const { user } = await manager.updateUser({ id: CUSTOM_USER, version: 1, changes: { permissions: [] } });
      expect(user.permissions).toEqual([]);
    });

    check(
      "R27: a delegated manager cannot give an external user a role above their own",
      { needs: ["externalUsers"] },
      async () => {
        const manager = subject.as(DELEGATED_MANAGER);
        await expectFailure(
          method(manager, "updateExternalUser")({ id: EXTERNAL_USER, version: 1, roleId: "administrator" }),
          "forbidden",
        );
      },
    );
  });

  describe("nobody changes their own role", () => {
    const { subject, check } = useConformanceSubject(suite);

    check("R27: an administrator cannot change their own role or grants (self_action)", async () => {
      const admin = subject.as(ADMIN);
      await expectFailure(admin.updateUser({ id: ADMIN, version: 1, changes: { roleId: "custom" } }), "self_action");
      expect((await findUser(admin, ADMIN))?.roleId).toBe("administrator");
    });
  });

  describe("requests that change nothing", () => {
    const { subject, check } = useConformanceSubject(suite);

    // Made by someone the backend lets edit the profile, so that only R29 decides.
    check("R29: a no-op update succeeds without a new version", { switches: ["editOtherProfiles"] }, async () => {
      const admin = subject.as(profileEditor(suite, OTHER_USER));
      const { user } = await admin.updateUser({ id: OTHER_USER, version: 1, changes: { firstName: "Fay" } });
      expect(user.version).toBe(1);
      const { user: empty } = await admin.updateUser({ id: OTHER_USER, version: 1, changes: {} });
      expect(empty.version).toBe(1);
      // So an edit started before the no-op still saves.
      const { user: edited } = await admin.updateUser({ id: OTHER_USER, version: 1, changes: { lastName: "Fox" } });
      expect(edited).toMatchObject({ lastName: "Fox", version: 2 });
    });
  });

  describe("one address, one person: a user or a pending invitation", () => {
    const { subject, check } = useConformanceSubject(suite);
    // Both change a user's address: where only a confirmation sent to it does (changeEmail: false),
    // the change itself is refused, and "R2: a change of email is refused" checks that instead.

    check(
      "R2, R11: an address a pending invitation is for cannot be given to a user (validation)",
      { needs: ["changeEmail"], switches: ["editOtherProfiles"] },
      async () => {
        const admin = subject.as(ADMIN);
        const error = await expectFailure(
          subject
            .as(profileEditor(suite, OTHER_USER))
            .updateUser({ id: OTHER_USER, version: 1, changes: { email: "Grace.Green@example.com" } }),
          "validation",
        );
        expect(error.fieldErrors).toHaveProperty("email");
        expect((await findUser(admin, OTHER_USER))?.email).toBe("fay.foster@example.org");
      },
    );

    check(
      "R2, R11: resending an invitation whose address became a member's is a conflict",
      { needs: ["changeEmail"], switches: ["editOtherProfiles"] },
      async () => {
        const admin = subject.as(ADMIN);
        // The expired invitation holds no address: a user may take it.
        await subject
          .as(profileEditor(suite, OTHER_USER))
          .updateUser({ id: OTHER_USER, version: 1, changes: { email: "hal.hughes@example.com" } });
        const before = await listAllInvitations(admin);
        await expectFailure(admin.resendInvitation({ id: EXPIRED_INVITATION }), "conflict");
        expect(await listAllInvitations(admin)).toEqual(before);
      },
    );
  });

  describe("seats when an expired invitation comes back", () => {
    const { subject, check } = useConformanceSubject(suite, "seat-limit-reached");

    check("R1: resending an expired invitation when every seat is used is refused (seat_limit)", async () => {
      const admin = subject.as(ADMIN);
      const before = await listAllInvitations(admin);
      await expectFailure(admin.resendInvitation({ id: EXPIRED_INVITATION }), "seat_limit");
      expect(await listAllInvitations(admin)).toEqual(before);
    });

    check(
      "R1: replacing an expired invitation when every seat is used is refused (seat_limit)",
      { needs: ["replaceInvitation"] },
      async () => {
        const admin = subject.as(ADMIN);
        const before = await listAllInvitations(admin);
        await expectFailure(
          method(
            admin,
            "replaceInvitation",
          )({ id: EXPIRED_INVITATION, invitee: newPerson[0] ?? { email: "" }, roleId: "user" }),
          "seat_limit",
        );
        expect(await listAllInvitations(admin)).toEqual(before);
      },
    );

    check("R1: a pending invitation keeps its seat: resending it is allowed", async () => {
      const { invitation } = await subject.as(ADMIN).resendInvitation({ id: PENDING_INVITATION });
      expect(invitation.status).toBe("pending");
    });
  });
}
