import type { CapabilitiesResult, UserManagementAdapter } from "../adapter/contract";
import { libraryQueryOptions } from "./libraryQueryOptions";
import { userManagementKeys } from "./userManagementKeys";

/** Declarations are configuration, as the role model is: refetch them at most every five minutes. */
const CAPABILITIES_STALE_TIME = 5 * 60 * 1000;

/**
 * Query options for what the backend declares (`getCapabilities`). An adapter without the method
 * declares nothing: every method it has is a capability.
 */
export function capabilitiesQueryOptions(adapter: UserManagementAdapter) {
  const { getCapabilities } = adapter;
  return libraryQueryOptions(
    userManagementKeys.capabilities(),
    (signal): Promise<CapabilitiesResult> =>
      getCapabilities ? getCapabilities.call(adapter, { signal }) : Promise.resolve({}),
    CAPABILITIES_STALE_TIME,
  );
}
