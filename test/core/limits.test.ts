import { describe, expect, it } from "vitest";
import { normalizeEmail, validateEmail, validateProfile } from "../../src/core/email";
import { MAX_PAGE, validateId, validateSearch } from "../../src/core/limits";
import { validatePaging } from "../../src/core/paging";
import { validateNewPassword } from "../../src/core/password";

describe("R31: bounded text without control characters", () => {
  it.each(["\u0000", "\n", "\t", "\u001b", "\u007f"])(
    "R31: refuses control character %j in names, emails, ids, search",
    (char) => {
      expect(validateProfile({ firstName: `Ada${char}` }).firstName).toMatch(/control characters/);
      expect(validateProfile({ lastName: `${char}Lovelace` }).lastName).toMatch(/control characters/);
      expect(validateEmail(`ada${char}x@example.com`)).toMatch(/control characters/);
      expect(validateId("id", `user${char}1`).id).toMatch(/control characters/);
      expect(validateSearch(`ada${char}`).search).toMatch(/control characters/);
    },
  );

  it("R31: names, ids and search are bounded; right-to-left, emoji and mixed scripts pass", () => {
    expect(validateProfile({ firstName: "x".repeat(201) }).firstName).toMatch(/at most 200/);
    expect(validateId("id", "x".repeat(201)).id).toMatch(/at most 200/);
    expect(validateId("id", "  ").id).toMatch(/empty/);
    expect(validateSearch("x".repeat(201)).search).toMatch(/at most 200/);
    expect(validateProfile({ firstName: "آدا 👩‍💻", lastName: "Лавлейс 李" })).toEqual({});
  });

  it("R31: pages are bounded so no offset overflows a database integer", () => {
    expect(validatePaging(MAX_PAGE, 200)).toEqual({});
    expect(validatePaging(MAX_PAGE + 1, 200).page).toMatch(/1 to 1000000/);
    expect(validatePaging(1e18, 10).page).toBeDefined();
  });

  it("R31: passwords are bounded and free of control characters", () => {
    expect(validateNewPassword("x".repeat(1001)).newPassword).toMatch(/at most 1000/);
    expect(validateNewPassword("long enough", "a\u0000b").actorPassword).toMatch(/control characters/);
    expect(validateNewPassword("long enough", "my password")).toEqual({});
  });
});

describe("R2: one comparison key for emails", () => {
  it("R2: folds case beyond lower-casing: Greek final sigma, sharp s, composed accents", () => {
    expect(normalizeEmail("ΣΑΣ@example.com")).toBe(normalizeEmail("σας@example.com"));
    expect(normalizeEmail("σασ@example.com")).toBe(normalizeEmail("σας@example.com"));
    expect(normalizeEmail("STRASSE@example.com")).toBe(normalizeEmail("straße@example.com"));
    expect(normalizeEmail("e\u0301@example.com")).toBe(normalizeEmail("\u00e9@example.com"));
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
  });
});

describe("R11, R31: an invitation batch", () => {
  it("R31: refuses the whole batch for control characters or over-long text, naming the invitee", async () => {
    const { validateInvitees } = await import("../../src/core/invitePlanning");
    expect(validateInvitees([{ email: "ok@example.com" }, { email: "a\u0000@example.com" }])).toHaveProperty([
      "invitees[1].email",
    ]);
    expect(validateInvitees([{ email: "ok@example.com", firstName: "x".repeat(201) }])).toHaveProperty([
      "invitees[0].firstName",
    ]);
    expect(validateInvitees([{ email: "not an address" }])).toEqual({});
    expect(validateInvitees([])).toHaveProperty("invitees");
  });
});
