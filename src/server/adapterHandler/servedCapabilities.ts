import {
  type CapabilitiesResult,
  getAdapterBehaviours,
  getAdapterCapabilities,
  type UserManagementAdapter,
} from "../../adapter/contract";
import { contractAnswer } from "./contractAnswer";

/**
 * The answer of `GET /capabilities` for an adapter served over HTTP. The browser's REST adapter has
 * every method, so it cannot tell which ones the server-side adapter lacks: every capability is sent
 * explicitly, `false` where a method is missing or the adapter's own `getCapabilities` turns it off,
 * with the behaviours it declares (the defaults for those it leaves out).
 */
export async function servedCapabilities(
  adapter: UserManagementAdapter,
  signal: AbortSignal,
): Promise<Required<CapabilitiesResult>> {
  // Checked before it is merged: a misspelt behaviour must be reported, not passed on.
  const declared = adapter.getCapabilities
    ? contractAnswer("getCapabilities", await adapter.getCapabilities({ signal }))
    : {};
  return {
    capabilities: getAdapterCapabilities(adapter, declared),
    behaviours: getAdapterBehaviours(declared),
  };
}
