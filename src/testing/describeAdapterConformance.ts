import { describe } from "vitest";
import { getAdapterCapabilities } from "../adapter/contract";
import { createManualClock } from "../core/clock";
import type { AdapterHarnessFactory } from "./adapterHarness";
import { describeAcceptanceRules } from "./conformance/acceptanceRules";
import { describeAccessRules } from "./conformance/accessRules";
import { describeCancellationRules } from "./conformance/cancellationRules";
import { describeExternalUserRules } from "./conformance/externalUserRules";
import { ADMIN } from "./conformance/fixtureIds";
import { describeInvitationRules } from "./conformance/invitationRules";
import { describeListingRules } from "./conformance/listingRules";
import { describePasswordRules } from "./conformance/passwordRules";
import { describePlanRules } from "./conformance/planRules";
import { describeProfileRules } from "./conformance/profileRules";
import { describeRemovalRules } from "./conformance/removalRules";
import { describeTrustRules } from "./conformance/trustRules";
import { CONFORMANCE_CLOCK_START, createConformanceFixture } from "./conformanceFixture";

/**
 * Declares the Vitest suite every `UserManagementAdapter` must pass: each rule of the domain an
 * adapter enforces (R1, R2, R5–R8, R10–R23, R25, validation and cancellation), named by rule ID.
 * Call it at the top level of a test file.
 *
 * For every test the suite builds the fixture of {@link createConformanceFixture} (or a variant of
 * it) and a manual clock starting at {@link CONFORMANCE_CLOCK_START}, and asks `harnessFactory` for a
 * fresh backend loaded with both; it tears the harness down afterwards. Tests of optional methods
 * are skipped when the adapter lacks them (see `getAdapterCapabilities`); the factory is called
 * once while collecting to find out.
 *
 * @example
 * describeAdapterConformance("my REST adapter", async (fixture, clock) => {
 *   const server = await startTestServer({ fixture, now: () => clock.now() });
 *   return {
 *     as: (viewerId) => createMyAdapter({ baseUrl: server.url, token: server.sessionFor(viewerId) }),
 *     invitationToken: async (id) => server.invitationToken(id),
 *     teardown: () => server.close(),
 *   };
 * });
 */
export function describeAdapterConformance(name: string, harnessFactory: AdapterHarnessFactory): void {
  describe(`${name}: UserManagementAdapter conformance`, async () => {
    const probe = await harnessFactory(createConformanceFixture(), createManualClock(CONFORMANCE_CLOCK_START));
    const capabilities = getAdapterCapabilities(probe.as(ADMIN));
    await probe.teardown?.();

    describeListingRules(harnessFactory);
    describeAccessRules(harnessFactory, capabilities);
    describeProfileRules(harnessFactory, capabilities);
    describeRemovalRules(harnessFactory, capabilities);
    describeInvitationRules(harnessFactory, capabilities);
    describeAcceptanceRules(harnessFactory, capabilities);
    describePlanRules(harnessFactory, capabilities);
    describePasswordRules(harnessFactory, capabilities);
    describeExternalUserRules(harnessFactory, capabilities);
    describeTrustRules(harnessFactory, capabilities);
    describeCancellationRules(harnessFactory);
  });
}
