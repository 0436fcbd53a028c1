import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../src/server";
import { hashInvitationToken, newInvitationToken } from "../../src/server/secrets";

describe("password hashes", () => {
  it("R17: verify accepts the password and refuses any other", async () => {
    const hash = await hashPassword("correct horse battery staple", 1_000);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(await verifyPassword("correct horse battery staple", undefined)).toBe(false);
    expect(await verifyPassword("correct horse battery staple", "plain text")).toBe(false);
  });

  it("salts every hash: the same password twice gives two hashes", async () => {
    expect(await hashPassword("same", 1_000)).not.toBe(await hashPassword("same", 1_000));
  });
});

describe("invitation tokens", () => {
  it("R13: every link gets a fresh secret, stored as a hash", async () => {
    const [first, second] = [newInvitationToken(), newInvitationToken()];
    expect(first).not.toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(await hashInvitationToken(first)).toBe(await hashInvitationToken(first));
    expect(await hashInvitationToken(first)).not.toBe(await hashInvitationToken(second));
  });
});
