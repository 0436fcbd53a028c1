import { describe, expect, it } from "vitest";
import { fr } from "../../../src/components/i18n/fr";

/** Every text of a catalog: its strings, and its functions called with sample arguments. */
function texts(node: unknown, path = ""): [string, string][] {
  if (typeof node === "string") return [[path, node]];
  if (typeof node === "function") {
    try {
      return texts((node as (...args: unknown[]) => unknown)("x@example.com", 2, 3), path);
    } catch {
      return [];
    }
  }
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));
  }
  return [];
}

describe("French catalog", () => {
  it("uses one term for email everywhere: e-mail, never courriel", () => {
    const all = texts(fr);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter(([, text]) => /courriel|\bmail\b|mél/i.test(text.replace(/e-mail/gi, "")))).toEqual([]);
    // The columns and fields that name the address say the same.
    expect([fr.userTable.columns.email, fr.externalUsers.columns.email, fr.editUser.email]).toEqual([
      "E-mail",
      "E-mail",
      "E-mail",
    ]);
    expect(fr.invite.email).toBe("Adresse e-mail");
  });
});
