import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { type AdapterCapabilities, getAdapterCapabilities, NO_CAPABILITIES } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { capabilitiesQueryOptions } from "./capabilitiesQueryOptions";
import { useUserManagementContext } from "./useUserManagementContext";

/** What {@link useAdapterCapabilities} returns. */
export interface UseAdapterCapabilitiesResult {
  /** Every optional capability; all `false` until the backend's declarations have loaded. */
  capabilities: AdapterCapabilities;
  isPending: boolean;
  error: UserManagementError | null;
}

/**
 * The adapter's optional capabilities: the methods it has, less what its backend declares off in
 * `getCapabilities` (a REST adapter has every method; the server behind it may not). Nothing is
 * offered until the declarations are known, so an action never shows and then disappears.
 */
export function useAdapterCapabilities(): UseAdapterCapabilitiesResult {
  const { adapter, queryClient } = useUserManagementContext("useAdapterCapabilities");
  const declared = useQuery(capabilitiesQueryOptions(adapter), queryClient);
  const capabilities = useMemo(
    () => (declared.data ? getAdapterCapabilities(adapter, declared.data) : NO_CAPABILITIES),
    [adapter, declared.data],
  );
  return { capabilities, isPending: declared.isPending, error: declared.error };
}
