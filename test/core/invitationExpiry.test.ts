import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/core/clock";
import {
  DEFAULT_INVITATION_VALIDITY_DAYS,
  invitationExpiresAt,
  invitationStatusAt,
} from "../../src/core/invitationExpiry";

const DAY_MS = 24 * 60 * 60 * 1000;
const sentAt = "2026-01-15T09:00:00.000Z";

describe("invitationExpiresAt", () => {
  it("R12: a link is valid 7 days by default", () => {
    expect(DEFAULT_INVITATION_VALIDITY_DAYS).toBe(7);
    expect(invitationExpiresAt(sentAt)).toBe("2026-01-22T09:00:00.000Z");
  });

  it("R12: accepts a Date as well as an ISO string", () => {
    expect(invitationExpiresAt(new Date(sentAt))).toBe("2026-01-22T09:00:00.000Z");
  });

  it("R12: the validity is configurable", () => {
    expect(invitationExpiresAt(sentAt, 1)).toBe("2026-01-16T09:00:00.000Z");
    expect(invitationExpiresAt(sentAt, 30)).toBe("2026-02-14T09:00:00.000Z");
    expect(invitationExpiresAt(sentAt, 0.5)).toBe("2026-01-15T21:00:00.000Z");
  });

  it("R12: counts whole 24-hour days across a daylight-saving change", () => {
    expect(invitationExpiresAt("2026-03-25T12:00:00+01:00")).toBe("2026-04-01T11:00:00.000Z");
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("R12: rejects a validity of %s days", (days) => {
    expect(() => invitationExpiresAt(sentAt, days)).toThrow(RangeError);
    expect(() => invitationExpiresAt(sentAt, days)).toThrow(/positive number of days/);
  });

  it("R13: resending restarts the validity period from the resend", () => {
    const clock = createManualClock(sentAt);
    const first = invitationExpiresAt(clock.now());
    clock.advance(5 * DAY_MS);
    const resent = invitationExpiresAt(clock.now());
    expect(resent).toBe("2026-01-27T09:00:00.000Z");
    expect(new Date(resent).getTime() - new Date(first).getTime()).toBe(5 * DAY_MS);
  });
});

describe("invitationStatusAt", () => {
  it("R12: pending until the instant it expires, expired from that instant on", () => {
    const expiresAt = invitationExpiresAt(sentAt);
    const clock = createManualClock(sentAt);
    expect(invitationStatusAt(expiresAt, clock)).toBe("pending");

    clock.set(expiresAt);
    clock.advance(-1);
    expect(invitationStatusAt(expiresAt, clock)).toBe("pending");

    clock.advance(1);
    expect(invitationStatusAt(expiresAt, clock)).toBe("expired");

    clock.advance(DAY_MS);
    expect(invitationStatusAt(expiresAt, clock)).toBe("expired");
  });

  it("R13: a resent invitation is pending again after the first link expired", () => {
    const clock = createManualClock(sentAt);
    const firstExpiry = invitationExpiresAt(clock.now(), 7);
    clock.advance(8 * DAY_MS);
    expect(invitationStatusAt(firstExpiry, clock)).toBe("expired");
    const resentExpiry = invitationExpiresAt(clock.now(), 7);
    expect(invitationStatusAt(resentExpiry, clock)).toBe("pending");
  });

  it("R12: honours a configured validity at its boundary", () => {
    const expiresAt = invitationExpiresAt(sentAt, 2);
    const clock = createManualClock(sentAt);
    clock.advance(2 * DAY_MS - 1);
    expect(invitationStatusAt(expiresAt, clock)).toBe("pending");
    clock.advance(1);
    expect(invitationStatusAt(expiresAt, clock)).toBe("expired");
  });
});

describe("createManualClock", () => {
  it("only moves when told to", () => {
    const clock = createManualClock();
    expect(clock.now().toISOString()).toBe("2026-01-15T09:00:00.000Z");
    clock.advance(1000);
    expect(clock.now().toISOString()).toBe("2026-01-15T09:00:01.000Z");
    clock.set(new Date("2027-06-01T00:00:00.000Z"));
    expect(clock.now().toISOString()).toBe("2027-06-01T00:00:00.000Z");
  });

  it("hands out copies, so a caller mutating a Date does not move the clock", () => {
    const clock = createManualClock(sentAt);
    clock.now().setFullYear(2000);
    expect(clock.now().toISOString()).toBe(sentAt);
  });
});
