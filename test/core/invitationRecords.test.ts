import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/core/clock";
import { isUserManagementError } from "../../src/core/errors";
import { assertInvitationAcceptable, newInvitationFields, userFromInvitation } from "../../src/core/invitationRecords";
import { ownerManagerPreset } from "../../src/core/presets";
import { makeViewer } from "./fixtures";

const sentAt = new Date("2026-01-15T09:00:00.000Z");
const invitation = newInvitationFields({
  id: "invitation-1",
  invitee: { email: "  Kim.King@Example.com ", firstName: " Kim " },
  roleId: "manager",
  permissions: [],
  viewer: makeViewer(),
  sentAt,
  validityDays: 7,
});

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("newInvitationFields", () => {
  it("R2, R12: keeps the email as typed (trimmed), names the sender, and expires after the validity period", () => {
    expect(invitation).toMatchObject({
      email: "Kim.King@Example.com",
      firstName: "Kim",
      lastName: "",
      invitedBy: { id: "user-1", name: "Ada Lovelace" },
      sentAt: "2026-01-15T09:00:00.000Z",
      expiresAt: "2026-01-22T09:00:00.000Z",
    });
  });
});

describe("assertInvitationAcceptable", () => {
  it("R15: an unknown (cancelled, used) link is invitation_invalid", () => {
    const error = thrown(() => assertInvitationAcceptable(undefined, createManualClock(sentAt)));
    expect(isUserManagementError(error, "invitation_invalid")).toBe(true);
  });

  it("R15: a link past its expiry is invitation_expired; before it, accepted", () => {
    const clock = createManualClock("2026-01-22T08:59:59.000Z");
    expect(assertInvitationAcceptable(invitation, clock)).toBe(invitation);
    clock.advance(1000);
    const error = thrown(() => assertInvitationAcceptable(invitation, clock));
    expect(isUserManagementError(error, "invitation_expired")).toBe(true);
  });
});

describe("userFromInvitation", () => {
  const accept = (isFirstUser: boolean, firstName = "") =>
    userFromInvitation({
      id: "user-9",
      invitation,
      firstName,
      lastName: "King",
      roles: ownerManagerPreset.roles,
      isFirstUser,
      now: sentAt,
    });

  it("R15: the invitee becomes an active user with the invited email and role", () => {
    expect(accept(false, "Kimberly")).toMatchObject({
      email: "Kim.King@Example.com",
      firstName: "Kimberly",
      lastName: "King",
      roleId: "manager",
      status: "active",
      version: 1,
    });
  });

  it("R15: names left empty on acceptance keep the invitation's", () => {
    expect(accept(false).firstName).toBe("Kim");
  });

  it("R6: the first user of an account becomes its owner", () => {
    expect(accept(true).roleId).toBe("owner");
  });
});
