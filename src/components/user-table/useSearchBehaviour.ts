import { useQuery } from "@tanstack/react-query";
import { type AdapterBehaviours, type CapabilitiesResult, getAdapterBehaviours } from "../../adapter/contract";
import { capabilitiesQueryOptions } from "../../hooks/capabilitiesQueryOptions";
import { useUserManagementContext } from "../../hooks/useUserManagementContext";

/** When the search box asks the adapter: see `AdapterBehaviours.search`. */
export type SearchBehaviour = NonNullable<AdapterBehaviours["search"]>;

/** Module-level, so TanStack keeps the selected value between renders. */
const selectSearch = (declared: CapabilitiesResult): SearchBehaviour =>
  getAdapterBehaviours(declared).search ?? "debounced";

/**
 * R1: the adapter's declared search behaviour (`getCapabilities`, the query `usePermissions` reads
 * too, so no extra request); `debounced` until it has answered or when it says nothing.
 */
export function useSearchBehaviour(): SearchBehaviour {
  const { adapter, queryClient } = useUserManagementContext("UserTable");
  const declared = useQuery({ ...capabilitiesQueryOptions(adapter), select: selectSearch }, queryClient);
  return declared.data ?? "debounced";
}
