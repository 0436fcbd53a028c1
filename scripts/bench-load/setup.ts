/** What the load benchmark's server and driver agree on. */
export const ACCOUNT = "bench-load";
/** `user-1` of a generated dataset is always an active owner: they may read and change everyone. */
export const VIEWER = "user-1";
/** The origin the server trusts, sent on every mutation (R31). */
export const ORIGIN = "http://bench.test";
