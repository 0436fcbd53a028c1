/*
 * Passwords and invitation tokens never rest in the store as they are: passwords as PBKDF2-SHA256
 * hashes with a salt, tokens as SHA-256 hashes. Web Crypto only, so the handler runs wherever
 * `Request`/`Response` do (Node, edge runtimes).
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const DEFAULT_PASSWORD_ITERATIONS = 600_000;

const encoder = new TextEncoder();

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (char) => char.charCodeAt(0));

async function pbkdf2(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(password), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** `pbkdf2-sha256$<iterations>$<salt>$<hash>`, salt and hash in base64url. */
export async function hashPassword(password: string, iterations = DEFAULT_PASSWORD_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await pbkdf2(password, salt, iterations);
  return `pbkdf2-sha256$${iterations}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}

/** Whether `password` matches a hash made by `hashPassword` (with whatever iterations it recorded). */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const [scheme, iterations, salt, expected] = stored?.split("$") ?? [];
  if (scheme !== "pbkdf2-sha256" || !iterations || !salt || !expected) return false;
  const actual = await pbkdf2(password, fromBase64Url(salt), Number(iterations));
  const wanted = fromBase64Url(expected);
  // Constant time: every byte is compared whatever the first difference.
  let difference = actual.length ^ wanted.length;
  for (let i = 0; i < actual.length; i++) difference |= (actual[i] ?? 0) ^ (wanted[i] ?? 0);
  return difference === 0;
}

/** A fresh secret for an accept link: 32 random bytes. */
export function newInvitationToken(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** What the store keeps of a token: its SHA-256, in hex. */
export async function hashInvitationToken(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(token)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
