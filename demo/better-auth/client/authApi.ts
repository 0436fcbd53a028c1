import { AUTH_BASE_PATH } from "../shared";

/** Who Better Auth says is signed in (`GET /get-session`), as far as the page needs. */
export interface AuthSession {
  user: { id: string; name: string; email: string };
}

/** A refusal of Better Auth's, in its own words (e.g. "Invalid email or password"). */
export class AuthError extends Error {}

/**
 * Better Auth's own HTTP routes, called with plain `fetch` (same origin: the browser keeps and sends
 * its session cookie). A host app would use Better Auth's client; the routes are the same.
 */
async function auth<T>(path: string, body?: object): Promise<T> {
  const response = await fetch(`${AUTH_BASE_PATH}${path}`, {
    method: body ? "POST" : "GET",
    headers: body ? { "content-type": "application/json" } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (answer as { message?: unknown } | null)?.message;
    throw new AuthError(
      typeof message === "string" && message ? message : `Better Auth answered HTTP ${response.status}.`,
    );
  }
  return answer as T;
}

export const getAuthSession = () => auth<AuthSession | null>("/get-session");
export const signIn = (email: string, password: string) => auth("/sign-in/email", { email, password });
/** Signs up and, as Better Auth does by default, signs the new person in. */
export const signUp = (name: string, email: string, password: string) =>
  auth("/sign-up/email", { name, email, password });
export const signOut = () => auth("/sign-out", {});
