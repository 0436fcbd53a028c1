import { describe, expect, it } from "vitest";
import type { AdapterCapabilities } from "../../adapter/contract";
import type { AdapterHarnessFactory } from "../adapterHarness";
import { expectFailure, listAllInvitations, listAllUsers, method } from "./expectations";
import { ADMIN, DAY_MS, EXPIRED_INVITATION, PENDING_INVITATION, PLAIN_USER } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

/**
 * R15: accepting an invitation. The invitee has no session yet: the token is the credential, so the
 * suite calls `acceptInvitation` through a plain user's adapter, whose session must not matter.
 */
export function describeAcceptanceRules(
  harnessFactory: AdapterHarnessFactory,
  capabilities: AdapterCapabilities,
): void {
  describe.skipIf(!capabilities.acceptInvitation)("accepting invitations", () => {
    const subject = useConformanceSubject(harnessFactory);
    const accept = (token: string) =>
      method(subject.as(PLAIN_USER), "acceptInvitation")({ token, firstName: "Grace", lastName: "Green" });
    const tokenOf = async (id: string) => (await subject.harness.invitationToken(id)) ?? "";
    const membersNamed = async (search: string) => listAllUsers(subject.as(ADMIN), { search });

    it("R15: accepting a valid link makes the invitee a user, listed with the invited email and role", async () => {
      const { user } = await accept(await tokenOf(PENDING_INVITATION));
      expect(user).toMatchObject({
        email: "grace.green@example.com",
        roleId: "user",
        status: "active",
        firstName: "Grace",
        lastName: "Green",
      });
      expect((await membersNamed("grace.green")).map((member) => member.id)).toEqual([user.id]);
      const invitations = await listAllInvitations(subject.as(ADMIN));
      expect(invitations.map((invitation) => invitation.id)).not.toContain(PENDING_INVITATION);
    });

    it("R15: an accepted invitation still holds one seat, now as a member", async () => {
      const admin = subject.as(ADMIN);
      const before = (await admin.getSession({})).account.seatsUsed;
      await accept(await tokenOf(PENDING_INVITATION));
      expect((await admin.getSession({})).account.seatsUsed).toBe(before);
    });

    it("R15: a link works only once", async () => {
      const token = await tokenOf(PENDING_INVITATION);
      await accept(token);
      await expectFailure(accept(token), "invitation_invalid");
      expect(await membersNamed("grace.green")).toHaveLength(1);
    });

    it("R15: an expired link fails with invitation_expired and adds nobody", async () => {
      await expectFailure(accept(await tokenOf(EXPIRED_INVITATION)), "invitation_expired");
      expect(await membersNamed("hal.hughes")).toEqual([]);
    });

    it("R15: a link that expired while pending fails with invitation_expired", async () => {
      const token = await tokenOf(PENDING_INVITATION);
      subject.clock.advance(8 * DAY_MS);
      await expectFailure(accept(token), "invitation_expired");
    });

    it("R15: a cancelled link fails with invitation_invalid and adds nobody", async () => {
      const token = await tokenOf(PENDING_INVITATION);
      await subject.as(ADMIN).cancelInvitation({ id: PENDING_INVITATION });
      await expectFailure(accept(token), "invitation_invalid");
      expect(await membersNamed("grace.green")).toEqual([]);
    });

    it("R15: an unknown link fails with invitation_invalid", async () => {
      await expectFailure(accept("not-a-token-anyone-issued"), "invitation_invalid");
    });
  });
}
