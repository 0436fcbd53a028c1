import type { MessageOverrides, Messages } from "./types";

/** Lays overrides over a catalog, section by section, key by key. */
export function mergeMessages(base: Messages, ...overrides: (MessageOverrides | undefined)[]): Messages {
  let merged = base;
  for (const override of overrides) if (override) merged = mergeDeep(merged, override);
  return merged;
}

function mergeDeep<T>(base: T, override: unknown): T {
  if (typeof override !== "object" || override === null) return base;
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = result[key];
    result[key] =
      typeof value === "object" && value !== null && typeof current === "object" && current !== null
        ? mergeDeep(current, value)
        : value;
  }
  return result as T;
}
