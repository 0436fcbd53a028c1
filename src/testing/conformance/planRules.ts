import { describe, expect } from "vitest";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectFailure, expectTotal, listAllInvitations, method } from "./expectations";
import { ADMIN, EXPIRED_INVITATION, PENDING_INVITATION } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

const newPeople = [{ email: "new.one@example.com" }, { email: "new.two@example.com" }];

/** R1's seat limit and R23's multi-user plans. */
export function describePlanRules(suite: ConformanceSuite): void {
  describe("an account whose seats are all used", () => {
    const { subject, check } = useConformanceSubject(suite, "seat-limit-reached");

    check("R1: every address past the seat limit yields seat_limit, and nothing is sent", async () => {
      const admin = subject.as(ADMIN);
      const before = await listAllInvitations(admin);
      const { results } = await admin.inviteUsers({ invitees: newPeople, roleId: "user" });
      expect(results.map((result) => [result.email, result.outcome])).toEqual([
        ["new.one@example.com", "seat_limit"],
        ["new.two@example.com", "seat_limit"],
      ]);
      expect(await listAllInvitations(admin)).toEqual(before);
    });

    check("R1: freeing seats lets invitations through again", async () => {
      const admin = subject.as(ADMIN);
      await admin.cancelInvitation({ id: PENDING_INVITATION });
      await admin.cancelInvitation({ id: EXPIRED_INVITATION });
      const { results } = await admin.inviteUsers({ invitees: [{ email: "new.one@example.com" }], roleId: "user" });
      expect(results.map((result) => result.outcome)).toEqual(["sent"]);
    });
  });

  describe("an account on a plan without multi-user access", () => {
    const { subject, check } = useConformanceSubject(suite, "plan-without-multi-user");

    check("R23: inviting is refused with plan_required", async () => {
      const admin = subject.as(ADMIN);
      await expectFailure(admin.inviteUsers({ invitees: newPeople, roleId: "user" }), "plan_required");
      expect(await listAllInvitations(admin)).toHaveLength(subject.fixture.invitations.length);
    });

    check("R23: resending an invitation is refused with plan_required", async () => {
      await expectFailure(subject.as(ADMIN).resendInvitation({ id: PENDING_INVITATION }), "plan_required");
    });

    check("R23: replacing an invitation is refused with plan_required", { needs: ["replaceInvitation"] }, async () => {
      await expectFailure(
        method(
          subject.as(ADMIN),
          "replaceInvitation",
        )({
          id: PENDING_INVITATION,
          invitee: { email: "new.one@example.com" },
          roleId: "user",
        }),
        "plan_required",
      );
    });

    check("R23: existing users and invitations stay visible", async () => {
      const admin = subject.as(ADMIN);
      const { account } = await admin.getSession({});
      expect(account.plan.multiUser).toBe(false);
      expectTotal(await admin.listUsers({ page: 1, pageSize: 10 }), subject.fixture.users.length, {
        page: 1,
        pageSize: 10,
      });
      expect((await admin.listInvitations({})).total).toBe(subject.fixture.invitations.length);
    });
  });
}
