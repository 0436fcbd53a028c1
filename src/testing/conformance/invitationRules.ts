import { describe, expect, it } from "vitest";
import type { AdapterCapabilities } from "../../adapter/contract";
import { normalizeEmail } from "../../core/email";
import type { AdapterHarnessFactory } from "../adapterHarness";
import { createConformanceFixture } from "../conformanceFixture";
import { expectFailure, listAllInvitations, method } from "./expectations";
import { ADMIN, DAY_MS, EXPIRED_INVITATION, PENDING_INVITATION, PLAIN_USER } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

const time = (iso: string | undefined) => (iso === undefined ? Number.NaN : new Date(iso).getTime());

/** R11–R14: inviting, expiry, resending, cancelling and replacing. */
export function describeInvitationRules(
  harnessFactory: AdapterHarnessFactory,
  capabilities: AdapterCapabilities,
): void {
  describe("invitations", () => {
    const subject = useConformanceSubject(harnessFactory);
    const statusOf = async (id: string) =>
      (await listAllInvitations(subject.as(ADMIN))).find((invitation) => invitation.id === id)?.status;

    it("R11: each address gets its own result, in the order given, and bad addresses do not block the others", async () => {
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

      expect(results.map((result) => result.email)).toEqual(emails);
      const outcomes = results.map((result) => result.outcome);
      expect(outcomes.slice(0, 4)).toEqual(["sent", "invalid", "already_member", "already_invited"]);
      expect(outcomes[4], "the same address twice in one batch is sent once").not.toBe("sent");
      expect(outcomes[5]).toBe("sent");
      for (const result of results) expect(result.message).toEqual(expect.any(String));
      for (const result of results.filter((r) => r.outcome === "sent")) {
        expect(result.invitation).toMatchObject({ email: result.email, roleId: "user", status: "pending" });
      }

      const listed = (await listAllInvitations(admin)).map((invitation) => normalizeEmail(invitation.email));
      expect(listed.filter((email) => email === "kim.king@example.com")).toHaveLength(1);
      expect(listed).toContain("lee.lane@example.com");
      expect(listed).toHaveLength(4);
    });

    it("R11: an invitation keeps the invitee's name, the role and the custom role's permissions", async () => {
      const { results } = await subject.as(ADMIN).inviteUsers({
        invitees: [{ email: "kim.king@example.com", firstName: "Kim", lastName: "King" }],
        roleId: "custom",
        permissions: ["reports.view"],
      });
      expect(results[0]?.invitation).toMatchObject({ firstName: "Kim", lastName: "King", roleId: "custom" });
      expect(results[0]?.invitation?.permissions).toContain("reports.view");
    });

    it("R12: a new invitation is pending, sent now, and expires 7 days later", async () => {
      const { results } = await subject
        .as(ADMIN)
        .inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" });
      const invitation = results[0]?.invitation;
      const now = subject.clock.now().getTime();
      expect(invitation?.status).toBe("pending");
      expect(time(invitation?.sentAt)).toBe(now);
      expect(time(invitation?.expiresAt)).toBe(now + 7 * DAY_MS);
    });

    it("R12: after 8 days a new invitation is listed as expired", async () => {
      const { results } = await subject
        .as(ADMIN)
        .inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" });
      const id = results[0]?.invitation?.id ?? "";
      subject.clock.advance(8 * DAY_MS);
      expect(await statusOf(id)).toBe("expired");
    });

    it("R12: pending and expired invitations are listed apart from users, with when each was sent and expires", async () => {
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
    });

    it("R13: resending restarts the validity period", async () => {
      subject.clock.advance(3 * DAY_MS);
      const { invitation } = await subject.as(ADMIN).resendInvitation({ id: PENDING_INVITATION });
      const now = subject.clock.now().getTime();
      expect(time(invitation.sentAt)).toBe(now);
      expect(time(invitation.expiresAt)).toBe(now + 7 * DAY_MS);
      subject.clock.advance(6 * DAY_MS);
      expect(await statusOf(PENDING_INVITATION)).toBe("pending");
    });

    it("R13: resending an expired invitation makes it pending again", async () => {
      const { invitation } = await subject.as(ADMIN).resendInvitation({ id: EXPIRED_INVITATION });
      expect(invitation.status).toBe("pending");
      expect(await statusOf(EXPIRED_INVITATION)).toBe("pending");
    });

    it("R13: resending issues a fresh link", async () => {
      const before = await subject.harness.invitationToken(PENDING_INVITATION);
      await subject.as(ADMIN).resendInvitation({ id: PENDING_INVITATION });
      const after = await subject.harness.invitationToken(PENDING_INVITATION);
      expect(before).toEqual(expect.any(String));
      expect(after).toEqual(expect.any(String));
      expect(after).not.toBe(before);
    });

    it.skipIf(!capabilities.acceptInvitation)("R13: after resending, only the new link works", async () => {
      const old = (await subject.harness.invitationToken(PENDING_INVITATION)) ?? "";
      await subject.as(ADMIN).resendInvitation({ id: PENDING_INVITATION });
      const fresh = (await subject.harness.invitationToken(PENDING_INVITATION)) ?? "";
      const invitee = subject.as(PLAIN_USER);
      const accept = method(invitee, "acceptInvitation");
      await expectFailure(accept({ token: old, firstName: "Grace", lastName: "Green" }), [
        "invitation_invalid",
        "invitation_expired",
      ]);
      const { user } = await accept({ token: fresh, firstName: "Grace", lastName: "Green" });
      expect(user.email).toBe("grace.green@example.com");
    });

    it("R13: cancelling removes the invitation from the list", async () => {
      const admin = subject.as(ADMIN);
      await admin.cancelInvitation({ id: PENDING_INVITATION });
      const ids = (await listAllInvitations(admin)).map((invitation) => invitation.id);
      expect(ids).toEqual([EXPIRED_INVITATION]);
    });

    it("R13: a cancelled invitation can be neither resent nor cancelled again (not_found)", async () => {
      const admin = subject.as(ADMIN);
      await admin.cancelInvitation({ id: PENDING_INVITATION });
      await expectFailure(admin.resendInvitation({ id: PENDING_INVITATION }), "not_found");
      await expectFailure(admin.cancelInvitation({ id: PENDING_INVITATION }), "not_found");
    });

    it.skipIf(!capabilities.acceptInvitation)("R13: a cancelled invitation's link stops working at once", async () => {
      const token = (await subject.harness.invitationToken(PENDING_INVITATION)) ?? "";
      await subject.as(ADMIN).cancelInvitation({ id: PENDING_INVITATION });
      await expectFailure(
        method(subject.as(PLAIN_USER), "acceptInvitation")({ token, firstName: "Grace", lastName: "Green" }),
        "invitation_invalid",
      );
    });

    it.skipIf(!capabilities.replaceInvitation)(
      "R14: replacing an invitation cancels it and sends a new one, in one step",
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
        expect(invitation).toMatchObject({ email: "Grace.New@Example.com", roleId: "custom", status: "pending" });
        expect(time(invitation.sentAt)).toBe(subject.clock.now().getTime());
        const ids = (await listAllInvitations(admin)).map((listed) => listed.id);
        expect(ids).not.toContain(PENDING_INVITATION);
        expect(ids).toContain(invitation.id);
        expect(ids).toHaveLength(2);
      },
    );

    it.skipIf(!capabilities.replaceInvitation || !capabilities.acceptInvitation)(
      "R14: the replaced invitation's link stops working",
      async () => {
        const token = (await subject.harness.invitationToken(PENDING_INVITATION)) ?? "";
        await method(
          subject.as(ADMIN),
          "replaceInvitation",
        )({
          id: PENDING_INVITATION,
          invitee: { email: "grace.new@example.com" },
          roleId: "user",
        });
        await expectFailure(
          method(subject.as(PLAIN_USER), "acceptInvitation")({ token, firstName: "Grace", lastName: "Green" }),
          ["invitation_invalid", "invitation_expired"],
        );
      },
    );
  });

  describe("invitations, with a validity period set by the account", () => {
    const subject = useConformanceSubject(harnessFactory, () => {
      const fixture = createConformanceFixture();
      return { ...fixture, account: { ...fixture.account, invitationValidityDays: 3 } };
    });

    it("R12: a new invitation expires after the account's validity period", async () => {
      const { results } = await subject
        .as(ADMIN)
        .inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" });
      const invitation = results[0]?.invitation;
      expect(time(invitation?.expiresAt)).toBe(subject.clock.now().getTime() + 3 * DAY_MS);
    });
  });
}
