/*
 * What the Better Auth demo's server, page and e2e test agree on: where things are mounted and who
 * is seeded. No imports of Better Auth here, so the browser and the test can read it too.
 */
export { API_BASE_PATH, DEMO_API_PATH, type Outbox, type OutboxMessage } from "../shared";

/** Where Better Auth's own routes are mounted (its default `basePath`). */
export const AUTH_BASE_PATH = "/api/auth";

/** The organization the page manages; created by the seeded owner. */
export const ORGANIZATION = { name: "Acme", slug: "acme" } as const;

/** A person created at start, through Better Auth's public API. DEMO ONLY: known passwords. */
export interface SeededPerson {
  name: string;
  email: string;
  password: string;
  /** Their Better Auth organization role. */
  role: "owner" | "admin" | "member";
}

export const SEEDED_PEOPLE = {
  owner: { name: "Olga Owner", email: "olga.owner@example.com", password: "owner-password-1", role: "owner" },
  admin: { name: "Ada Admin", email: "ada.admin@example.com", password: "admin-password-1", role: "admin" },
  member: { name: "Mia Member", email: "mia.member@example.com", password: "member-password-1", role: "member" },
  otherMember: { name: "Max Member", email: "max.member@example.com", password: "member-password-2", role: "member" },
} as const satisfies Record<string, SeededPerson>;
