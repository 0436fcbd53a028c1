import { describe, expect } from "vitest";
import { normalizeEmail } from "../../core/email";
import { createConformanceFixture } from "../conformanceFixture";
import type { ConformanceSuite } from "./conformanceSuite";
import { addressKey, expectAtNow, shownEmail } from "./declaredExpectations";
import { expectFailure, listAllInvitations, method } from "./expectations";
import { ADMIN, DAY_MS, EXPIRED_INVITATION, PENDING_INVITATION } from "./fixtureIds";
import { acceptAs, PENDING_INVITEE } from "./invitee";
import { useConformanceSubject } from "./subject";

const time = (iso: string | undefined) => (iso === undefined ? Number.NaN : new Date(iso).getTime());

/** R11–R14: inviting, expiry, resending, cancelling and replacing. */
export function describeInvitationRules(suite: ConformanceSuite): void {
  describe("invitations", () => {
    const { subject, check } = useConformanceSubject(suite);
    const acceptPending = (token: string) => acceptAs(subject, PENDING_INVITEE, token);
    const tokenOf = async (id: string) => (await subject.harness.invitationToken(id)) ?? "";
    const statusOf = async (id: string) =>
      (await listAllInvitations(subject.as(ADMIN))).find((invitation) => invitation.id === id)?.status;

    check(
      "R11: each address gets its own result, in the order given, and bad addresses do not block the others",
      { switches: ["emailCase"] },
      async () => {
        const admin = subject.as(ADMIN);
        const emails = [
          "kim.king@example.com",
          "not-an-email",
          "CLEO.CARTER@example.com",
          "Grace.Green@Example.com",
          "KIM.KING@example.com",
          "lee.lane@example.com",
        ];
        const { results } = await admin.inviteUsers({ invitees: emails.map((email) => ({ email })), roleId: "user" });

        const key = (email: string) => addressKey(suite, email);
        expect(results.map((result) => key(result.email))).toEqual(emails.map(key));
        const outcomes = results.map((result) => result.outcome);
        expect(outcomes.slice(0, 4)).toEqual(["sent", "invalid", "already_member", "already_invited"]);
        expect(outcomes[4], "the same address twice in one batch is sent once").not.toBe("sent");
        expect(outcomes[5]).toBe("sent");
        for (const result of results) expect(result.message).toEqual(expect.any(String));
        for (const result of results.filter((r) => r.outcome === "sent")) {
          expect(result.invitation).toMatchObject({ roleId: "user", status: "pending" });
          expect(key(result.invitation?.email ?? "")).toBe(key(result.email));
        }

        const listed = (await listAllInvitations(admin)).map((invitation) => normalizeEmail(invitation.email));
        expect(listed.filter((email) => email === "kim.king@example.com")).toHaveLength(1);
        expect(listed).toContain("lee.lane@example.com");
        // The fixture's two invitations, and the two sent.
        expect(listed).toHaveLength(subject.fixture.invitations.length + 2);
      },
    );

    check("R11: an invitation keeps the invitee's name, the role and the custom role's permissions", async () => {
      const { results } = await subject.as(ADMIN).inviteUsers({
        invitees: [{ email: "kim.king@example.com", firstName: "Kim", lastName: "King" }],
        roleId: "custom",
        permissions: ["reports.view"],
      });
      expect(results[0]?.invitation).toMatchObject({ firstName: "Kim", lastName: "King", roleId: "custom" });
      expect(results[0]?.invitation?.permissions).toContain("reports.view");
    });

    check("R12: a new invitation is pending, sent now, and expires 7 days later", { switches: ["clock"] }, async () => {
      const { results } = await subject
        .as(ADMIN)
        .inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" });
      const invitation = results[0]?.invitation;
      expect(invitation?.status).toBe("pending");
      expectAtNow(subject, invitation?.sentAt);
      expectAtNow(subject, invitation?.expiresAt, 7 * DAY_MS);
    });

    check("R12: after 8 days a new invitation is listed as expired", { movesTime: true }, async () => {
      const { results } = await subject
        .as(ADMIN)
        .inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" });
      const id = results[0]?.invitation?.id ?? "";
      subject.clock.advance(8 * DAY_MS);
      expect(await statusOf(id)).toBe("expired");
    });

    check(
      "R12: pending and expired invitations are listed apart from users, with when each was sent and expires",
      { records: [PENDING_INVITATION, EXPIRED_INVITATION] },
      async () => {
        const invitations = await listAllInvitations(subject.as(ADMIN));
        for (const stored of subject.fixture.invitations) {
          const listed = invitations.find((invitation) => invitation.id === stored.id);
          expect(listed, `${stored.id} is listed`).toBeDefined();
          expect(time(listed?.sentAt)).toBe(time(stored.sentAt));
          expect(time(listed?.expiresAt)).toBe(time(stored.expiresAt));
          expect(listed).not.toHaveProperty("token");
        }
        expect(await statusOf(PENDING_INVITATION)).toBe("pending");
        expect(await statusOf(EXPIRED_INVITATION)).toBe("expired");
      },
    );

    check("R13: resending restarts the validity period", { movesTime: true, switches: ["clock"] }, async () => {
      subject.clock.advance(3 * DAY_MS);
      const { invitation } = await subject.as(ADMIN).resendInvitation({ id: PENDING_INVITATION });
      expectAtNow(subject, invitation.sentAt);
      expectAtNow(subject, invitation.expiresAt, 7 * DAY_MS);
      subject.clock.advance(6 * DAY_MS);
      expect(await statusOf(PENDING_INVITATION)).toBe("pending");
    });

    check("R13: resending an expired invitation makes it pending again", async () => {
      const { invitation } = await subject.as(ADMIN).resendInvitation({ id: EXPIRED_INVITATION });
      expect(invitation.status).toBe("pending");
      expect(await statusOf(EXPIRED_INVITATION)).toBe("pending");
    });

    if (suite.behaviours.resendLink === "fresh") {
      check("R13: resending issues a fresh link", { switches: ["resendLink"] }, async () => {
        const before = await subject.harness.invitationToken(PENDING_INVITATION);
        await subject.as(ADMIN).resendInvitation({ id: PENDING_INVITATION });
        const after = await subject.harness.invitationToken(PENDING_INVITATION);
        expect(before).toEqual(expect.any(String));
        expect(after).toEqual(expect.any(String));
        expect(after).not.toBe(before);
      });

      check(
        "R13: after resending, only the new link works",
        { needs: ["acceptInvitation"], switches: ["resendLink", "asInvitee"] },
        async () => {
          const old = await tokenOf(PENDING_INVITATION);
          await subject.as(ADMIN).resendInvitation({ id: PENDING_INVITATION });
          const fresh = await tokenOf(PENDING_INVITATION);
          await expectFailure(acceptPending(old), ["invitation_invalid", "invitation_expired"]);
          const { user } = await acceptPending(fresh);
          expect(user.email).toBe(PENDING_INVITEE);
        },
      );
    } else {
      check(
        "R13: resending keeps the link and restarts its validity, as declared (resendLink: same)",
        { switches: ["resendLink", "clock"] },
        async () => {
          const admin = subject.as(ADMIN);
          const before = await subject.harness.invitationToken(PENDING_INVITATION);
          const listed = (await listAllInvitations(admin)).find((invitation) => invitation.id === PENDING_INVITATION);
          const { invitation } = await admin.resendInvitation({ id: PENDING_INVITATION });
          expect(before).toEqual(expect.any(String));
          expect(await subject.harness.invitationToken(PENDING_INVITATION)).toBe(before);
          expect(time(invitation.expiresAt)).toBeGreaterThan(time(listed?.expiresAt));
          expectAtNow(subject, invitation.expiresAt, 7 * DAY_MS);
        },
      );

      check(
        "R13: after resending, the same link still works, as declared (resendLink: same)",
        { needs: ["acceptInvitation"], switches: ["resendLink", "asInvitee"] },
        async () => {
          const token = await tokenOf(PENDING_INVITATION);
          await subject.as(ADMIN).resendInvitation({ id: PENDING_INVITATION });
          const { user } = await acceptPending(token);
          expect(user.email).toBe(PENDING_INVITEE);
        },
      );
    }

    check("R13: cancelling removes the invitation from the list", async () => {
      const admin = subject.as(ADMIN);
      await admin.cancelInvitation({ id: PENDING_INVITATION });
      const ids = (await listAllInvitations(admin)).map((invitation) => invitation.id);
      // The whole fixture leaves the expired one.
      const others = subject.fixture.invitations.filter((invitation) => invitation.id !== PENDING_INVITATION);
      expect(ids).toEqual(others.map((invitation) => invitation.id));
    });

    check("R13: a cancelled invitation can be neither resent nor cancelled again (not_found)", async () => {
      const admin = subject.as(ADMIN);
      await admin.cancelInvitation({ id: PENDING_INVITATION });
      await expectFailure(admin.resendInvitation({ id: PENDING_INVITATION }), "not_found");
      await expectFailure(admin.cancelInvitation({ id: PENDING_INVITATION }), "not_found");
    });

    check(
      "R13: a cancelled invitation's link stops working at once",
      { needs: ["acceptInvitation"], switches: ["asInvitee"] },
      async () => {
        const token = await tokenOf(PENDING_INVITATION);
        await subject.as(ADMIN).cancelInvitation({ id: PENDING_INVITATION });
        await expectFailure(acceptPending(token), "invitation_invalid");
      },
    );

    check(
      "R14: replacing an invitation cancels it and sends a new one, in one step",
      { needs: ["replaceInvitation"], switches: ["emailCase", "clock"] },
      async () => {
        const admin = subject.as(ADMIN);
        const { invitation } = await method(
          admin,
          "replaceInvitation",
        )({
          id: PENDING_INVITATION,
          invitee: { email: "Grace.New@Example.com", firstName: "Grace" },
          roleId: "custom",
          permissions: ["reports.view"],
        });
        expect(invitation.id).not.toBe(PENDING_INVITATION);
        expect(invitation).toMatchObject({
          email: shownEmail(suite, "Grace.New@Example.com"),
          roleId: "custom",
          status: "pending",
        });
        expectAtNow(subject, invitation.sentAt);
        const ids = (await listAllInvitations(admin)).map((listed) => listed.id);
        expect(ids).not.toContain(PENDING_INVITATION);
        expect(ids).toContain(invitation.id);
        expect(ids).toHaveLength(subject.fixture.invitations.length);
      },
    );

    check(
      "R14: the replaced invitation's link stops working",
      { needs: ["replaceInvitation", "acceptInvitation"], switches: ["asInvitee"] },
      async () => {
        const token = await tokenOf(PENDING_INVITATION);
        await method(
          subject.as(ADMIN),
          "replaceInvitation",
        )({
          id: PENDING_INVITATION,
          invitee: { email: "grace.new@example.com" },
          roleId: "user",
        });
        await expectFailure(acceptPending(token), ["invitation_invalid", "invitation_expired"]);
      },
    );
  });

  describe("invitations, with a validity period set by the account", () => {
    const { subject, check } = useConformanceSubject(suite, (start) => {
      const fixture = createConformanceFixture("standard", start);
      return { ...fixture, account: { ...fixture.account, invitationValidityDays: 3 } };
    });

    check("R12: a new invitation expires after the account's validity period", { switches: ["clock"] }, async () => {
      const { results } = await subject
        .as(ADMIN)
        .inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" });
      const invitation = results[0]?.invitation;
      expectAtNow(subject, invitation?.expiresAt, 3 * DAY_MS);
    });
  });
}
