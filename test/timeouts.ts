/**
 * The time limits of every test run (vitest.config.ts, vitest.react18.config.ts): they guard against a
 * hang, never measure speed, since tests wait for states. A 2-core box kept busy by a parallel load
 * (load average 12, issue 10) ran single tests for 36 s and PGlite's start for over 60 s, so the
 * guards leave room for that several times over. One place, so that no run keeps older, tighter ones.
 */
export const TEST_TIMEOUT = 120_000;
export const HOOK_TIMEOUT = 300_000;
