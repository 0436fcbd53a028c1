import { describe, it } from "vitest";
import type { AdapterCapabilities } from "../../adapter/contract";
import type { AdapterHarnessFactory } from "../adapterHarness";
import { expectFailure, method } from "./expectations";
import { ADMIN, PLAIN_USER } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

const NEW_PASSWORD = "a fresh and long password";

/** R17: a password changes only when the person acting proves who they are. */
export function describePasswordRules(harnessFactory: AdapterHarnessFactory, capabilities: AdapterCapabilities): void {
  describe.skipIf(!capabilities.changePassword)("changing passwords", () => {
    const subject = useConformanceSubject(harnessFactory);
    const passwordOf = (id: string) => subject.fixture.passwords[id] ?? "";
    const changePassword = (viewerId: string) => method(subject.as(viewerId), "changePassword");

    it("R17: an administrator's wrong own password fails with reauthentication_failed", async () => {
      await expectFailure(
        changePassword(ADMIN)({ id: PLAIN_USER, newPassword: NEW_PASSWORD, actorPassword: "not my password" }),
        "reauthentication_failed",
      );
    });

    it("R17: the target's password does not stand in for the administrator's own", async () => {
      await expectFailure(
        changePassword(ADMIN)({ id: PLAIN_USER, newPassword: NEW_PASSWORD, actorPassword: passwordOf(PLAIN_USER) }),
        "reauthentication_failed",
      );
    });

    it("R17: with their own password, an administrator changes another user's password", async () => {
      await changePassword(ADMIN)({ id: PLAIN_USER, newPassword: NEW_PASSWORD, actorPassword: passwordOf(ADMIN) });
      // The user's old password no longer proves who they are; the new one does.
      const own = changePassword(PLAIN_USER);
      await expectFailure(
        own({ id: PLAIN_USER, newPassword: "yet another password", actorPassword: passwordOf(PLAIN_USER) }),
        "reauthentication_failed",
      );
      await own({ id: PLAIN_USER, newPassword: "yet another password", actorPassword: NEW_PASSWORD });
    });

    it("R17: a user changes their own password by confirming the current one", async () => {
      const own = changePassword(PLAIN_USER);
      await own({ id: PLAIN_USER, newPassword: NEW_PASSWORD, actorPassword: passwordOf(PLAIN_USER) });
      await expectFailure(
        own({ id: PLAIN_USER, newPassword: "yet another password", actorPassword: passwordOf(PLAIN_USER) }),
        "reauthentication_failed",
      );
    });
  });
}
