import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_PASSWORD, generateDataset } from "../../src/adapters/memory/generateDataset";
import { findRole } from "../../src/core/roles";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** The README's Demo section, up to the next section. */
function demoSection(): string {
  const readme = read("README.md");
  const start = readme.indexOf("\n## Demo\n");
  expect(start, "README.md has a Demo section").toBeGreaterThan(-1);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** The demo's account, as demo/seed.ts makes it (its size read from the source, so both move together). */
function demoDataset() {
  const size = Number(
    read("demo/seed.ts")
      .match(/const DEMO_SIZE = ([\d_]+);/)?.[1]
      ?.replace(/_/g, ""),
  );
  expect(size, "DEMO_SIZE in demo/seed.ts").toBeGreaterThan(0);
  return generateDataset({ size, now: "2026-01-15T09:00:00.000Z" });
}

describe("README: the demo's sign-in details", () => {
  it("R17: gives the seeded password, the one the demo's people really have", () => {
    const section = demoSection();
    expect(section).toContain(DEFAULT_SEED_PASSWORD);
    const { passwords, users } = demoDataset();
    for (const user of users) expect(passwords[user.id]).toBe(DEFAULT_SEED_PASSWORD);
  });

  it("R10, R21: every person its table names is seeded with that name, email, role and status", () => {
    const { users, externalUsers, roleModel } = demoDataset();
    const rows = demoSection()
      .split("\n")
      .filter((line) => /^\|.*`(user|external)-\d+`/.test(line))
      .map((line) => line.split("|").map((cell) => cell.trim()));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const [, description = "", name = "", id = "", email = ""] of rows) {
      const personId = id.replace(/`/g, "");
      const person = [...users, ...externalUsers].find((candidate) => candidate.id === personId);
      expect(person, personId).toBeDefined();
      if (!person) continue;
      expect(`${person.firstName} ${person.lastName}`).toBe(name);
      expect(person.email).toBe(email);
      const role = findRole(roleModel.roles, person.roleId);
      if ("homeAccount" in person) {
        expect(description).toContain(person.homeAccount.name);
      } else if (person.status !== "active") {
        expect(description).toContain(person.status);
      } else {
        expect(description.toLowerCase()).toContain(role?.label.toLowerCase() ?? person.roleId);
      }
    }
  });
});
