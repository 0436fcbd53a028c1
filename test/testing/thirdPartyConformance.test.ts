import { describe, expect, it } from "vitest";
import { describeAdapterConformance, getConformanceChecks } from "../../src/testing";
import { STAND_IN_OPTIONS, standInHarnessFactory } from "./thirdPartyStandIn";

const NAME = "stand-in third-party backend";

// The whole suite on a backend that declares what it is (see thirdPartyStandIn.ts).
describeAdapterConformance(NAME, standInHarnessFactory, STAND_IN_OPTIONS);

// Runs after the suite above (a file's tests run in order): what it skipped, and why.
describe(`${NAME}: what the suite skipped`, () => {
  const skipped = () => getConformanceChecks(NAME).filter((check) => check.skipped !== undefined);
  const reasonOf = (title: string) => getConformanceChecks(NAME).find((check) => check.title === title)?.skipped;

  it("every skipped check says why", () => {
    expect(skipped().length).toBeGreaterThan(0);
    for (const check of skipped()) expect(check.skipped, check.title).toMatch(/\S{3,}/);
  });

  it("R10: a check that needs the suspended user is skipped because the record was left out, not passed", () => {
    expect(reasonOf("R10: a suspended user is refused with access_suspended on their next call")).toMatch(
      /suspended-1 is not loaded: .*suspendUsers/,
    );
  });

  it("R5: a check acting as the custom user is skipped because its role has no counterpart", () => {
    expect(reasonOf("R5, R9: a custom user cannot grant themselves permissions")).toMatch(
      /custom-1 is not loaded: fixture role "custom" has no counterpart/,
    );
  });

  it("R16: a check passing a role the backend lacks is skipped, naming the role", () => {
    expect(reasonOf("R16: an administrator changes another user's role to custom, with permissions")).toMatch(
      /fixture role "custom" has no counterpart/,
    );
  });

  it("R10, R21: checks of missing capabilities are skipped, naming the capability", () => {
    expect(reasonOf("R10: a user suspended by an administrator is refused at once")).toBe(
      "the adapter lacks the suspendUsers capability",
    );
    expect(reasonOf("R21: external users are listed with their home account")).toBe(
      "the adapter lacks the externalUsers capability",
    );
  });

  it("R2: checks that change an address are skipped or expect the declared refusal (changeEmail: false)", () => {
    expect(reasonOf("R2, R11: resending an invitation whose address became a member's is a conflict")).toBe(
      "the adapter lacks the changeEmail capability",
    );
    const refusal = getConformanceChecks(NAME).find((check) =>
      check.title.startsWith("R2: a change of email is refused"),
    );
    expect(refusal?.skipped).toBeUndefined();
  });

  it("R12, R13: checks that move time run, through advanceTime", () => {
    expect(reasonOf("R12: after 8 days a new invitation is listed as expired")).toBeUndefined();
    expect(reasonOf("R13: resending restarts the validity period")).toBeUndefined();
  });
});
