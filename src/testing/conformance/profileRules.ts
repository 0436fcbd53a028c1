import { describe, expect } from "vitest";
import { MAX_NAME_LENGTH } from "../../core/email";
import type { User } from "../../core/types";
import type { ConformanceSuite } from "./conformanceSuite";
import { addressKey, shownEmail } from "./declaredExpectations";
import { expectFailure, expectRefusedUnchanged, findUser, listAllInvitations, method } from "./expectations";
import { ADMIN, OTHER_USER, PLAIN_USER, SECOND_ADMIN } from "./fixtureIds";
import { EMAIL_CHANGE_REFUSALS, profileEditor } from "./profileEdits";
import { useConformanceSubject } from "./subject";

/**
 * R2, R25 and validation: what an update must refuse, and what it must keep. The edits are an
 * administrator's, or the person's own where the backend lets nobody edit another profile (R16,
 * `editOtherProfiles: false`); the emails shown follow the declared `emailCase`.
 */
export function describeProfileRules(suite: ConformanceSuite): void {
  describe("editing users", () => {
    const { subject, check } = useConformanceSubject(suite);
    const editorOf = (targetId: string) => subject.as(profileEditor(suite, targetId));
    const byEditor = { switches: ["editOtherProfiles"] } as const;

    check("R2: an email another user has, in another case, is refused", byEditor, async () => {
      await expectFailure(
        editorOf(PLAIN_USER).updateUser({ id: PLAIN_USER, version: 1, changes: { email: "ADA.Abbott@Example.com" } }),
        ["validation", "conflict"],
      );
      expect((await findUser(subject.as(ADMIN), PLAIN_USER))?.email).toBe("cleo.carter@example.com");
    });

    check("R2: an email another user has, with spaces around it, is refused", byEditor, async () => {
      await expectFailure(
        editorOf(PLAIN_USER).updateUser({
          id: PLAIN_USER,
          version: 1,
          changes: { email: "  BEN.BAKER@example.com " },
        }),
        ["validation", "conflict"],
      );
    });

    const typedEmailTitle =
      suite.behaviours.emailCase === "lower-case"
        ? "R2: a new email is stored and shown lower-cased, as declared (emailCase: lower-case)"
        : "R2: a new email is shown as it was typed";
    const typedEmail = "Fay.Foster@Example.NET";
    const changeOfEmail = () =>
      editorOf(OTHER_USER).updateUser({ id: OTHER_USER, version: 1, changes: { email: typedEmail } });
    const byEditorCaseAndChange = { switches: ["editOtherProfiles", "emailCase", "changeEmail"] } as const;
    if (suite.capabilities.changeEmail) {
      check(typedEmailTitle, byEditorCaseAndChange, async () => {
        const { user } = await changeOfEmail();
        expect(user.email).toBe(shownEmail(suite, typedEmail));
        expect((await findUser(subject.as(ADMIN), OTHER_USER))?.email).toBe(shownEmail(suite, typedEmail));
      });
    } else {
      check(
        "R2: a change of email is refused, as declared (changeEmail: false), and nothing changes",
        byEditorCaseAndChange,
        async () => {
          await expectRefusedUnchanged(subject, profileEditor(suite, OTHER_USER), changeOfEmail, EMAIL_CHANGE_REFUSALS);
        },
      );
    }

    check("R2: a user may change the case of their own email", { switches: ["emailCase"] }, async () => {
      const user = subject.as(PLAIN_USER);
      const { user: updated } = await user.updateUser({
        id: PLAIN_USER,
        version: 1,
        changes: { email: "Cleo.Carter@Example.com" },
      });
      expect(updated.email).toBe(shownEmail(suite, "Cleo.Carter@Example.com"));
    });

    check(
      "R2: inviting a member under another case of their email yields already_member",
      { switches: ["emailCase"] },
      async () => {
        const admin = subject.as(ADMIN);
        const before = await listAllInvitations(admin);
        const typed = "BEN.BAKER@example.com";
        const { results } = await admin.inviteUsers({ invitees: [{ email: typed }], roleId: "user" });
        expect(results).toHaveLength(1);
        expect(results[0]?.outcome).toBe("already_member");
        expect(addressKey(suite, results[0]?.email ?? "")).toBe(addressKey(suite, typed));
        expect(await listAllInvitations(admin)).toHaveLength(before.length);
      },
    );

    const invitationEmailTitle =
      suite.behaviours.emailCase === "lower-case"
        ? "R2: an invitation's email is stored and shown lower-cased, as declared (emailCase: lower-case)"
        : "R2: an invitation's email is shown as it was typed";
    check(invitationEmailTitle, { switches: ["emailCase"] }, async () => {
      const admin = subject.as(ADMIN);
      const typed = "Kim.King@Example.com";
      const { results } = await admin.inviteUsers({ invitees: [{ email: typed }], roleId: "user" });
      expect(results[0]?.invitation?.email).toBe(shownEmail(suite, typed));
      expect((await listAllInvitations(admin)).map((invitation) => invitation.email)).toContain(
        shownEmail(suite, typed),
      );
    });

    check("a validation error names the field: an invalid email", byEditor, async () => {
      const error = await expectFailure(
        editorOf(PLAIN_USER).updateUser({ id: PLAIN_USER, version: 1, changes: { email: "not-an-email" } }),
        "validation",
      );
      expect(error.fieldErrors?.email).toEqual(expect.any(String));
    });

    check(
      `a validation error names the field: a name longer than ${MAX_NAME_LENGTH} characters`,
      byEditor,
      async () => {
        const error = await expectFailure(
          editorOf(PLAIN_USER).updateUser({
            id: PLAIN_USER,
            version: 1,
            changes: { firstName: "x".repeat(MAX_NAME_LENGTH + 1) },
          }),
          "validation",
        );
        expect(error.fieldErrors?.firstName).toEqual(expect.any(String));
        expect((await findUser(subject.as(ADMIN), PLAIN_USER))?.firstName).toBe("Cleo");
      },
    );

    check(
      "R25: an update based on a stale version is a conflict carrying the fresh user, and nothing is overwritten",
      byEditor,
      async () => {
        // Two administrators, or the person in two tabs where only they may edit their profile.
        const [firstEditor, secondEditor] = suite.capabilities.editOtherProfiles
          ? [SECOND_ADMIN, ADMIN]
          : [PLAIN_USER, PLAIN_USER];
        const { user: first } = await subject
          .as(firstEditor)
          .updateUser({ id: PLAIN_USER, version: 1, changes: { firstName: "Cleona" } });
        const error = await expectFailure(
          subject.as(secondEditor).updateUser({ id: PLAIN_USER, version: 1, changes: { lastName: "Overwritten" } }),
          "conflict",
        );
        const current = error.current as Partial<User> | undefined;
        expect(current, "error.current holds the user as the backend has it now").toMatchObject({
          id: PLAIN_USER,
          firstName: "Cleona",
          version: first.version,
        });
        expect(await findUser(subject.as(ADMIN), PLAIN_USER)).toMatchObject({
          firstName: "Cleona",
          lastName: "Carter",
        });
      },
    );

    check("R25: the version increases on every update", byEditor, async () => {
      const editor = editorOf(PLAIN_USER);
      const versions = [1];
      // One-word names: a backend that keeps a single name field may split a spaced first name differently.
      for (const firstName of ["Cleoa", "Cleob", "Cleoc"]) {
        const version = versions[versions.length - 1] ?? 1;
        const { user } = await editor.updateUser({ id: PLAIN_USER, version, changes: { firstName } });
        expect(user.version).toBeGreaterThan(version);
        versions.push(user.version);
      }
      expect((await subject.as(ADMIN).getUser({ id: PLAIN_USER })).user).toMatchObject({
        firstName: "Cleoc",
        version: versions[versions.length - 1],
      });
    });

    check("R25: suspending and reactivating change the version too", { needs: ["suspendUsers"] }, async () => {
      const admin = subject.as(ADMIN);
      const { user: suspended } = await method(admin, "suspendUser")({ id: PLAIN_USER });
      expect(suspended.version).toBeGreaterThan(1);
      const { user: reactivated } = await method(admin, "reactivateUser")({ id: PLAIN_USER });
      expect(reactivated.version).toBeGreaterThan(suspended.version);
      await expectFailure(
        admin.updateUser({ id: PLAIN_USER, version: suspended.version, changes: { firstName: "Late" } }),
        "conflict",
      );
    });
  });
}
