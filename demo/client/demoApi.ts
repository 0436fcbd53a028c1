import { createRestAdapter } from "../../src/adapters/rest";
import { API_BASE_PATH, DEMO_API_PATH, type DemoPeople, type Outbox, VIEWER_COOKIE } from "../shared";

/**
 * The library's REST adapter on the demo's handler. Same origin, so the browser sends the demo's
 * identity cookie with every call: no headers to add.
 */
export const adapter = createRestAdapter({ baseUrl: API_BASE_PATH });

async function getJson<T>(path: string, signal: AbortSignal | undefined): Promise<T> {
  const response = await fetch(`${DEMO_API_PATH}${path}`, { signal });
  if (!response.ok) throw new Error(`The demo server answered ${path} with HTTP ${response.status}.`);
  return (await response.json()) as T;
}

export const fetchPeople = (signal?: AbortSignal) => getJson<DemoPeople>("/people", signal);
export const fetchOutbox = (signal?: AbortSignal) => getJson<Outbox>("/outbox", signal);

/** DEMO ONLY, NOT AUTHENTICATION: who the server will treat as signed in. */
export function readViewerCookie(): string | null {
  const entry = document.cookie.split("; ").find((part) => part.startsWith(`${VIEWER_COOKIE}=`));
  return entry ? decodeURIComponent(entry.slice(VIEWER_COOKIE.length + 1)) || null : null;
}

export function writeViewerCookie(id: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser yet; this is one plain cookie.
  document.cookie = `${VIEWER_COOKIE}=${encodeURIComponent(id)}; path=/; SameSite=Strict; max-age=31536000`;
}
