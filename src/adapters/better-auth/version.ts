/**
 * R25: Better Auth keeps no version on a member or a user, so the adapter derives one from every
 * field an edit through it can change (name, email, role): a number that changes when any of them
 * does, so an update based on what someone saw before another person's change is a `conflict`.
 *
 * Limits, said honestly: it is a hash, not a counter, so it does not grow (it only differs), and a
 * change undone before the stale save (A → B → A) goes unnoticed; and Better Auth has no
 * compare-and-set, so two saves that both read the same version within the same few milliseconds
 * (between the adapter's read and Better Auth's write) can both pass.
 */
export function versionOf(fields: readonly string[]): number {
  // FNV-1a, 32 bits: fast and well spread; the version is a change detector, not a secret.
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(fields)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  // A positive integer from 1 to 2^31: the contract's versions start at 1.
  return (hash >>> 1) + 1;
}
