import { describe } from "vitest";
import type { AdapterHarnessFactory, ConformanceOptions } from "./adapterHarness";
import { describeAcceptanceRules } from "./conformance/acceptanceRules";
import { describeAccessRules } from "./conformance/accessRules";
import { describeCancellationRules } from "./conformance/cancellationRules";
import { describeCursorRules } from "./conformance/cursorRules";
import { describeExternalUserRules } from "./conformance/externalUserRules";
import { describeInvitationRules } from "./conformance/invitationRules";
import { describeListingRules } from "./conformance/listingRules";
import { describePasswordRules } from "./conformance/passwordRules";
import { describePlanRules } from "./conformance/planRules";
import { probeSuite } from "./conformance/probeSuite";
import { describeProfileRules } from "./conformance/profileRules";
import { describeRemovalRules } from "./conformance/removalRules";
import { describeTrustRules } from "./conformance/trustRules";

/**
 * Declares the Vitest suite every `UserManagementAdapter` must pass: each rule of the domain an
 * adapter enforces (R1, R2, R5–R8, R10–R23, R25, validation and cancellation), named by rule ID.
 * Call it at the top level of a test file.
 *
 * For every test the suite builds the fixture of {@link createConformanceFixture} (or a variant of
 * it) and a manual clock starting at {@link CONFORMANCE_CLOCK_START} (or, with `clock: "real"`, at the
 * real time), and asks `harnessFactory` for a fresh backend loaded with both; it tears the harness
 * down afterwards. The factory is called once while collecting, with a fixture any backend can
 * hold, to read the adapter's capabilities and declared behaviours (`getCapabilities`).
 *
 * A backend passes by declaring what it is, never by a weaker check: a capability it lacks, records
 * it cannot hold (suspended or external users, roles mapped to `null` in `options.roles`) and time it
 * cannot move skip the checks that need them, each saying why (Vitest's verbose reporter shows it);
 * its behaviours (`emailCase`, `resendLink`, `editOtherProfiles: false`, `changeEmail: false`) switch
 * the checks to the declared behaviour, and a backend with its own roles (`options.roles`) is held to
 * what `can()` decides on the role model it returns. Ids and role ids are translated both ways (`AdapterHarness.ids`, `options.roles`).
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
export function describeAdapterConformance(
  name: string,
  harnessFactory: AdapterHarnessFactory,
  options: ConformanceOptions = {},
): void {
  describe(`${name}: UserManagementAdapter conformance`, async () => {
    const suite = await probeSuite(name, harnessFactory, options);

    describeListingRules(suite);
    describeCursorRules(suite);
    describeAccessRules(suite);
    describeProfileRules(suite);
    describeRemovalRules(suite);
    describeInvitationRules(suite);
    describeAcceptanceRules(suite);
    describePlanRules(suite);
    describePasswordRules(suite);
    describeExternalUserRules(suite);
    describeTrustRules(suite);
    describeCancellationRules(suite);
  });
}
