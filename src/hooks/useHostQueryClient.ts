import { type QueryClient, QueryClientContext } from "@tanstack/react-query";
import { useContext } from "react";

/**
 * Internal: the host app's QueryClient when a `QueryClientProvider` is above us, else `undefined`.
 * Reads TanStack's context directly: `useQueryClient()` would throw "No QueryClient set" instead,
 * and catching that in render breaks the rules of hooks (and throws on every render).
 */
export function useHostQueryClient(): QueryClient | undefined {
  return useContext(QueryClientContext);
}
