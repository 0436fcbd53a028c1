import type { QueryClient, QueryKey, UseMutationOptions } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import { afterPaint } from "./afterPaint";
import type { CacheSnapshot } from "./cacheSnapshot";
import { callAdapter } from "./callAdapter";
import { type UserManagementMutationName, userManagementKeys } from "./userManagementKeys";

/** Internal: what sets one of this library's mutations apart; {@link libraryMutationOptions} does the rest. */
export interface MutationSpec<TData, TVariables> {
  name: UserManagementMutationName;
  /** The adapter call. It gets a copy of the variables; whatever it throws reaches TanStack as a UserManagementError. */
  run(variables: TVariables): Promise<TData>;
  /**
   * Refreshed once the mutation settles, failed or not. Not awaited on purpose: the result, and
   * above all the error (R24), shows at once rather than after a possibly slow refetch.
   */
  invalidates?: QueryKey[];
  /**
   * The change to show at once (R24). It may only touch the cache under the first `invalidates`
   * key: fetches there are stopped first (so they cannot overwrite it) and what it holds is
   * recorded, to be put back if the adapter refuses.
   */
  optimistic?(variables: TVariables): void;
  /** E.g. put the server's copy in the cache. */
  onSuccess?(data: TData, variables: TVariables): void;
}

/**
 * Internal: the options of one of this library's mutations. The context (`onMutate` result) is the
 * snapshot of an optimistic mutation; the others declare it `unknown` and never read it.
 */
export function libraryMutationOptions<TData, TVariables, TContext = CacheSnapshot>(
  queryClient: QueryClient,
  { name, run, invalidates = [], optimistic, onSuccess }: MutationSpec<TData, TVariables>,
): UseMutationOptions<TData, UserManagementError, TVariables, TContext> {
  const [queryKey = []] = invalidates;
  const options: UseMutationOptions<TData, UserManagementError, TVariables, CacheSnapshot> = {
    mutationKey: userManagementKeys.mutation(name),
    mutationFn: (variables) => {
      const answer = callAdapter(() => run({ ...variables }));
      // The request goes at once; its answer is handled once the optimistic change is painted. An
      // in-process adapter answers within the click's task, and what follows the answer (the
      // refetch of every list shown) would otherwise hold back the paint the person waits for.
      // A refusal is not held: it rolls back at once.
      return optimistic ? Promise.all([answer, afterPaint()]).then(([data]) => data) : answer;
    },
    onMutate:
      optimistic &&
      (async (variables) => {
        await queryClient.cancelQueries({ queryKey });
        const snapshot = queryClient.getQueriesData({ queryKey });
        optimistic(variables);
        return snapshot;
      }),
    onError: (_error, _variables, snapshot) => {
      for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess,
    onSettled: () => {
      for (const key of invalidates) void queryClient.invalidateQueries({ queryKey: key });
    },
  };
  return options as unknown as UseMutationOptions<TData, UserManagementError, TVariables, TContext>;
}
