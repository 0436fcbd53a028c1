import { describe, expect } from "vitest";
import type { CheckRequirements } from "./checkRegistry";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectFailure, listAllInvitations, listAllUsers } from "./expectations";
import { ADMIN, DAY_MS, EXPIRED_INVITATION, PENDING_INVITATION } from "./fixtureIds";
import { acceptAs, EXPIRED_INVITEE, PENDING_INVITEE } from "./invitee";
import { useConformanceSubject } from "./subject";

/**
 * R15: accepting an invitation. The token is the credential; who presents it is the invitee's own
 * session where the harness has `asInvitee` (as most real backends require), else a plain user's,
 * whose session must not matter.
 */
export function describeAcceptanceRules(suite: ConformanceSuite): void {
  describe("accepting invitations", () => {
    const { subject, check } = useConformanceSubject(suite);
    const accepting: CheckRequirements = { needs: ["acceptInvitation"], switches: ["asInvitee"] };
    const accept = (token: string, email = PENDING_INVITEE) => acceptAs(subject, email, token);
    const tokenOf = async (id: string) => (await subject.harness.invitationToken(id)) ?? "";
    const membersNamed = async (search: string) => listAllUsers(subject.as(ADMIN), { search });

    check(
      "R15: accepting a valid link makes the invitee a user, listed with the invited email and role",
      accepting,
      async () => {
        const { user } = await accept(await tokenOf(PENDING_INVITATION));
        expect(user).toMatchObject({
          email: PENDING_INVITEE,
          roleId: "user",
          status: "active",
          firstName: "Grace",
          lastName: "Green",
        });
        expect((await membersNamed("grace.green")).map((member) => member.id)).toEqual([user.id]);
        const invitations = await listAllInvitations(subject.as(ADMIN));
        expect(invitations.map((invitation) => invitation.id)).not.toContain(PENDING_INVITATION);
      },
    );

    check("R15: an accepted invitation still holds one seat, now as a member", accepting, async () => {
      const admin = subject.as(ADMIN);
      const before = (await admin.getSession({})).account.seatsUsed;
      await accept(await tokenOf(PENDING_INVITATION));
      expect((await admin.getSession({})).account.seatsUsed).toBe(before);
    });

    check("R15: a link works only once", accepting, async () => {
      const token = await tokenOf(PENDING_INVITATION);
      await accept(token);
      await expectFailure(accept(token), "invitation_invalid");
      expect(await membersNamed("grace.green")).toHaveLength(1);
    });

    check("R15: an expired link fails with invitation_expired and adds nobody", accepting, async () => {
      await expectFailure(accept(await tokenOf(EXPIRED_INVITATION), EXPIRED_INVITEE), "invitation_expired");
      expect(await membersNamed("hal.hughes")).toEqual([]);
    });

    check(
      "R15: a link that expired while pending fails with invitation_expired",
      { ...accepting, movesTime: true },
      async () => {
        const token = await tokenOf(PENDING_INVITATION);
        subject.clock.advance(8 * DAY_MS);
        await expectFailure(accept(token), "invitation_expired");
      },
    );

    check("R15: a cancelled link fails with invitation_invalid and adds nobody", accepting, async () => {
      const token = await tokenOf(PENDING_INVITATION);
      await subject.as(ADMIN).cancelInvitation({ id: PENDING_INVITATION });
      await expectFailure(accept(token), "invitation_invalid");
      expect(await membersNamed("grace.green")).toEqual([]);
    });

    check("R15: an unknown link fails with invitation_invalid", accepting, async () => {
      await expectFailure(accept("not-a-token-anyone-issued"), "invitation_invalid");
    });
  });
}
