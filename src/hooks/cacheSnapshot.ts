import type { QueryKey } from "@tanstack/react-query";

/**
 * What the cache held before an optimistic change: the `onMutate` result of the optimistic
 * mutations, which their `onError` restores (R24).
 */
export type CacheSnapshot = ReadonlyArray<readonly [QueryKey, unknown]>;
