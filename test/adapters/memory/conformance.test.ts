import { describe, expect, it } from "vitest";
import type { AdapterCapabilities } from "../../../src/adapter";
import { createMemoryAdapter } from "../../../src/adapters/memory";
import { conformanceRequirementTable, describeAdapterConformance, getConformanceChecks } from "../../../src/testing";
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
    ];
    expect(names("capability").sort()).toEqual(declared.sort());
    expect(names("time")).toEqual(["advanceTime"]);
    expect(names("switch").sort()).toEqual([
      "asInvitee",
      "clock",
      "editOtherProfiles",
      "emailCase",
      "resendLink",
      "roles",
    ]);
    for (const row of rows) expect(row.checks.length, row.name).toBeGreaterThan(0);
  });

  it("every check has its own title", () => {
    const titles = checks().map((check) => check.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
