import { describe, expect, it } from "vitest";
import { MAX_NAME_LENGTH, normalizeEmail, parseEmailList, validateEmail, validateProfile } from "../../src/core/email";

describe("normalizeEmail", () => {
  it("R2: trims and lower-cases, so two spellings of one address compare equal", () => {
    expect(normalizeEmail("  Ada.Lovelace@Example.COM\n")).toBe("ada.lovelace@example.com");
    expect(normalizeEmail("ADA@example.com")).toBe(normalizeEmail(" ada@EXAMPLE.com "));
  });

  it("R2: keeps different addresses different", () => {
    expect(normalizeEmail("ada@example.com")).not.toBe(normalizeEmail("ada2@example.com"));
  });
});

describe("validateEmail", () => {
  it.each(["ada@example.com", "  Ada@Example.com  ", "first.last+tag@mail.example.co.uk", "o'neil@example.ie"])(
    "R2: accepts %j",
    (email) => {
      expect(validateEmail(email)).toBeNull();
    },
  );

  it.each(["", "   ", "\n"])("R2: asks for an address when given %j", (email) => {
    expect(validateEmail(email)).toBe("Enter an email address.");
  });

  it.each([
    "ada",
    "ada@",
    "@example.com",
    "ada@example",
    "ada@@example.com",
    "ada@exa@mple.com",
    "ada lovelace@example.com",
    "ada@example.",
    "ada@.example.com",
    "ada@example..com",
  ])("R2: rejects %j and quotes it back", (email) => {
    expect(validateEmail(email)).toBe(`“${email.trim()}” is not a valid email address.`);
  });

  it("R2: rejects an address longer than 254 characters, but not one of exactly 254", () => {
    const domain = "@example.com";
    const longest = `${"a".repeat(254 - domain.length)}${domain}`;
    expect(validateEmail(longest)).toBeNull();
    expect(validateEmail(`a${longest}`)).toBe("An email address has at most 254 characters.");
  });
});

describe("parseEmailList", () => {
  it("R2: splits on commas, semicolons, new lines and spaces", () => {
    expect(parseEmailList("a@x.com, b@x.com;c@x.com\nd@x.com e@x.com\r\nf@x.com\tg@x.com")).toEqual([
      "a@x.com",
      "b@x.com",
      "c@x.com",
      "d@x.com",
      "e@x.com",
      "f@x.com",
      "g@x.com",
    ]);
  });

  it("R2: returns nothing for empty or blank input", () => {
    expect(parseEmailList("")).toEqual([]);
    expect(parseEmailList(" ,; \n\n ,")).toEqual([]);
  });

  it("R2: keeps each address as typed; comparing is normalizeEmail's job", () => {
    expect(parseEmailList("  Ada@Example.com  ")).toEqual(["Ada@Example.com"]);
  });

  it("R2: takes the address out of a pasted `Name <address>` list", () => {
    expect(parseEmailList("Ada Lovelace <ada@example.com>, Grace Hopper <Grace@Example.com>; bob@example.com")).toEqual(
      ["ada@example.com", "Grace@Example.com", "bob@example.com"],
    );
  });

  it("R2: trims spaces inside the angle brackets", () => {
    expect(parseEmailList("Ada < ada@example.com >")).toEqual(["ada@example.com"]);
  });

  it("R2: keeps a quoted display name that holds a comma in one piece", () => {
    expect(parseEmailList('"Lovelace, Ada" <ada@example.com>, "Hopper; Grace" <grace@example.com>')).toEqual([
      "ada@example.com",
      "grace@example.com",
    ]);
  });

  it("R2: an unclosed quote does not swallow the addresses after it", () => {
    expect(parseEmailList('"Ada ada@example.com, grace@example.com')).toEqual([
      '"Ada',
      "ada@example.com",
      "grace@example.com",
    ]);
  });

  it("R2: returns every bracketed address even when only spaces separate them", () => {
    expect(parseEmailList("Ada <ada@example.com> Grace <grace@example.com>")).toEqual([
      "ada@example.com",
      "grace@example.com",
    ]);
  });

  it("R2: keeps invalid tokens, as typed, so that they can be reported", () => {
    const parsed = parseEmailList("ada@example.com, not-an-email; bob@, <>");
    expect(parsed).toEqual(["ada@example.com", "not-an-email", "bob@", ""]);
    expect(parsed.map(validateEmail)).toEqual([
      null,
      "“not-an-email” is not a valid email address.",
      "“bob@” is not a valid email address.",
      "Enter an email address.",
    ]);
  });

  it("R2: keeps duplicates, so that each one gets its own result", () => {
    expect(parseEmailList("ada@example.com, ADA@example.com")).toEqual(["ada@example.com", "ADA@example.com"]);
  });
});

describe("validateProfile", () => {
  it("accepts a valid profile and empty names", () => {
    expect(validateProfile({ firstName: "", lastName: "", email: "ada@example.com" })).toEqual({});
    expect(validateProfile({})).toEqual({});
  });

  it("R2: reports a bad email on the email field", () => {
    expect(validateProfile({ email: "nope" })).toEqual({ email: "“nope” is not a valid email address." });
  });

  it("R26: accepts names up to the limit in any script and rejects longer ones", () => {
    expect(validateProfile({ firstName: "أ".repeat(MAX_NAME_LENGTH), lastName: "李" })).toEqual({});
    expect(
      validateProfile({ firstName: "a".repeat(MAX_NAME_LENGTH + 1), lastName: "b".repeat(MAX_NAME_LENGTH + 1) }),
    ).toEqual({
      firstName: `A name has at most ${MAX_NAME_LENGTH} characters.`,
      lastName: `A name has at most ${MAX_NAME_LENGTH} characters.`,
    });
  });
});
