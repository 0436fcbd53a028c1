/*
 * What the demo's server and page agree on: where things are mounted, the demo identity cookie, and
 * the shapes of the demo-only endpoints (the switcher's people, the development outbox).
 */
import type { UserStatus } from "../src/core/types";

/** Where the library's handler is mounted; the page's REST adapter calls it. */
export const API_BASE_PATH = "/api/user-management";

/** The demo's own endpoints: who can be "signed in", and the outbox. Not part of the library. */
export const DEMO_API_PATH = "/demo-api";

/**
 * Who the demo treats as signed in. DEMO ONLY, NOT AUTHENTICATION: anyone can set this cookie to
 * any id. A real app's `getViewer(request)` reads its own verified session instead.
 */
export const VIEWER_COOKIE = "demo_viewer";

/** Someone the "signed in as" switcher offers: a user or an external user of the account. */
export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  roleLabel: string;
  /** The role's kind (owner, standard, custom), for grouping; `external` for external users. */
  group: "owner" | "standard" | "custom" | "external";
  status: UserStatus;
  /** For external users: the account they come from. */
  homeAccount?: string;
}

/** `GET /demo-api/people`. */
export interface DemoPeople {
  people: DemoPerson[];
  /** Who is signed in when the browser has no cookie yet: the first active owner. */
  defaultViewerId: string | null;
}

/** One mail of the development outbox: an invitation and its accept link, as the invitee would get it. */
export interface OutboxMessage {
  id: number;
  to: string;
  /** The invitee's name when the inviter gave one. */
  name: string;
  roleLabel: string;
  invitedBy: string;
  /** The accept link; relative for the seeded invitations (resolve it against the page's origin). */
  link: string;
  sentAt: string;
  expiresAt: string;
}

/** `GET /demo-api/outbox`: newest first. */
export interface Outbox {
  messages: OutboxMessage[];
}
