import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { AdapterCapabilities } from "../../../src/adapter";
import { createMemoryAdapter } from "../../../src/adapters/memory";
import { conformanceRequirementTable, describeAdapterConformance, getConformanceChecks } from "../../../src/testing";
import { conformanceTableMarkdown } from "../../docs/conformanceTableMarkdown";
import { viewedAs } from "../../testing/memoryViewedAs";

// Declares nothing, so every strict behaviour is checked: ids, roles and clock are the fixture's.
describeAdapterConformance("memory adapter", async (fixture, clock) => {
  const adapter = createMemoryAdapter({ dataset: fixture, clock, viewerId: "admin-1" });
  return {
    as: (viewerId) => viewedAs(adapter, viewerId),
    invitationToken: async (invitationId) => adapter.invitationToken(invitationId),
  };
});

// Runs after the suite above (a file's tests run in order), reading what its checks declared.
describe("memory adapter: the conformance checks' declarations", () => {
  const checks = () => getConformanceChecks("memory adapter");

  it("a backend that declares nothing runs every check: none was skipped", () => {
    expect(checks().length).toBeGreaterThan(140);
    expect(checks().filter((check) => check.skipped !== undefined)).toEqual([]);
  });

  it("every capability, behaviour and option turns on or switches some check", () => {
    const rows = conformanceRequirementTable(checks());
    const names = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.name);
    const declared: (keyof AdapterCapabilities)[] = [
      "suspendUsers",
      "changePassword",
      "replaceInvitation",
      "acceptInvitation",
      "externalUsers",
      "changeEmail",
    ];
    expect(names("capability").sort()).toEqual(declared.sort());
    expect(names("time")).toEqual(["advanceTime"]);
    expect(names("switch").sort()).toEqual([
      "asInvitee",
      "changeEmail",
      "clock",
      "editOtherProfiles",
      "emailCase",
      "resendLink",
      "roles",
    ]);
    for (const row of rows) expect(row.checks.length, row.name).toBeGreaterThan(0);
  });

  it("docs/conformance.md is the table these declarations give (UPDATE_DOCS=1 rewrites it)", () => {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../../docs/conformance.md");
    const generated = conformanceTableMarkdown(conformanceRequirementTable(checks()), checks().length);
    if (process.env.UPDATE_DOCS === "1") writeFileSync(file, generated);
    expect(readFileSync(file, "utf8"), "docs/conformance.md is stale: run this test with UPDATE_DOCS=1").toBe(
      generated,
    );
  });

  it("every check has its own title", () => {
    const titles = checks().map((check) => check.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
