import type { MessageOverrides, Messages } from "./types";

/** Lays overrides over a catalog, section by section, key by key. */
export function mergeMessages(base: Messages, ...overrides: (MessageOverrides | undefined)[]): Messages {
  return overrides.reduce<Messages>(mergeDeep, base);
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

// Plain objects (sections, status maps) merge key by key; texts and functions replace; undefined keeps the base.
function mergeDeep<T>(base: T, override: unknown): T {
  if (!isObject(override)) return base;
  const result: Record<string, unknown> = { ...(base as object) };
  for (const [key, value] of Object.entries(override)) {
    if (value !== undefined)
      result[key] = isObject(value) && isObject(result[key]) ? mergeDeep(result[key], value) : value;
  }
  return result as T;
}
