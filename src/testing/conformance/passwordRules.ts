import { describe } from "vitest";
import type { CheckRequirements } from "./checkRegistry";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectFailure, method } from "./expectations";
import { ADMIN, PLAIN_USER } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

const NEW_PASSWORD = "a fresh and long password";

/** R17: a password changes only when the person acting proves who they are. */
export function describePasswordRules(suite: ConformanceSuite): void {
  describe("changing passwords", () => {
    const { subject, check } = useConformanceSubject(suite);
    const changing: CheckRequirements = { needs: ["changePassword"] };
    const passwordOf = (id: string) => subject.fixture.passwords[id] ?? "";
    const changePassword = (viewerId: string) => method(subject.as(viewerId), "changePassword");

    check("R17: an administrator's wrong own password fails with reauthentication_failed", changing, async () => {
      await expectFailure(
        changePassword(ADMIN)({ id: PLAIN_USER, newPassword: NEW_PASSWORD, actorPassword: "not my password" }),
        "reauthentication_failed",
      );
    });

    check("R17: the target's password does not stand in for the administrator's own", changing, async () => {
      await expectFailure(
        changePassword(ADMIN)({ id: PLAIN_USER, newPassword: NEW_PASSWORD, actorPassword: passwordOf(PLAIN_USER) }),
        "reauthentication_failed",
      );
    });

    check("R17: with their own password, an administrator changes another user's password", changing, async () => {
      await changePassword(ADMIN)({ id: PLAIN_USER, newPassword: NEW_PASSWORD, actorPassword: passwordOf(ADMIN) });
      // The user's old password no longer proves who they are; the new one does.
      const own = changePassword(PLAIN_USER);
      await expectFailure(
        own({ id: PLAIN_USER, newPassword: "yet another password", actorPassword: passwordOf(PLAIN_USER) }),
        "reauthentication_failed",
      );
      await own({ id: PLAIN_USER, newPassword: "yet another password", actorPassword: NEW_PASSWORD });
    });

    check("R17: a user changes their own password by confirming the current one", changing, async () => {
      const own = changePassword(PLAIN_USER);
      await own({ id: PLAIN_USER, newPassword: NEW_PASSWORD, actorPassword: passwordOf(PLAIN_USER) });
      await expectFailure(
        own({ id: PLAIN_USER, newPassword: "yet another password", actorPassword: passwordOf(PLAIN_USER) }),
        "reauthentication_failed",
      );
    });
  });
}
