import { describe, expect, it } from "vitest";
import { MAX_INVITEES, planInvitations, validateInviteeCount } from "../../src/core/invitePlanning";

const facts = (overrides: Partial<Parameters<typeof planInvitations>[1]> = {}) => ({
  isMember: (key: string) => key === "ada@example.com",
  isInvited: (key: string) => key === "grace@example.com",
  seatLimit: null,
  seatsUsed: 0,
  ...overrides,
});

describe("planInvitations", () => {
  it("R11: decides each address in order; one bad address does not block the others", () => {
    const plans = planInvitations(
      [
        { email: "kim@example.com" },
        { email: "not-an-email" },
        { email: " ADA@Example.com " },
        { email: "Grace@example.com" },
        { email: "KIM@example.com" },
        { email: "lee@example.com" },
      ],
      facts(),
    );
    expect(plans.map((plan) => plan.outcome)).toEqual([
      "send",
      "invalid",
      "already_member",
      "already_invited",
      "already_invited",
      "send",
    ]);
    expect(plans[2]?.message).toBe("ADA@Example.com is already a member.");
    expect(plans[4]?.message).toBe("KIM@example.com appears twice.");
  });

  it("R1: sends until the seats run out, then reports seat_limit for the rest", () => {
    const plans = planInvitations(
      [{ email: "a@example.com" }, { email: "b@example.com" }, { email: "c@example.com" }],
      facts({ seatLimit: 10, seatsUsed: 8 }),
    );
    expect(plans.map((plan) => plan.outcome)).toEqual(["send", "send", "seat_limit"]);
    expect(plans[2]?.message).toBe("All 10 seats are used; c@example.com was not invited.");
  });

  it("R1: addresses that are not sent take no seat", () => {
    const plans = planInvitations(
      [{ email: "ada@example.com" }, { email: "bad" }, { email: "b@example.com" }],
      facts({ seatLimit: 1, seatsUsed: 0 }),
    );
    expect(plans.map((plan) => plan.outcome)).toEqual(["already_member", "invalid", "send"]);
  });
});

describe("validateInviteeCount", () => {
  it("R11: needs at least one address and at most the maximum", () => {
    expect(validateInviteeCount(0)).toHaveProperty("invitees");
    expect(validateInviteeCount(1)).toEqual({});
    expect(validateInviteeCount(MAX_INVITEES)).toEqual({});
    expect(validateInviteeCount(MAX_INVITEES + 1)).toHaveProperty("invitees");
  });
});
