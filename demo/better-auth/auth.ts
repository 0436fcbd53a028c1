import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { organization } from "better-auth/plugins/organization";
import { betterAuthRoleModel } from "../../src/adapters/better-auth";
import type { MemoryOutbox } from "./outbox";
import { AUTH_BASE_PATH } from "./shared";

/** The tables Better Auth and its organization plugin use; the memory adapter needs each to exist. */
const TABLES = ["user", "session", "account", "verification", "organization", "member", "invitation"] as const;

const roleLabel = (role: string) => betterAuthRoleModel.roles.find((candidate) => candidate.id === role)?.label ?? role;

/** The accept page's link for an invitation: its id is the token; the address prefills the sign-up form. */
const acceptLink = (origin: string, invitationId: string, email: string) =>
  `${origin}/accept-invitation?${new URLSearchParams({ token: invitationId, email })}`;

/**
 * Better Auth as a host app would configure it: email and password, and the organization plugin
 * with its defaults (owner / admin / member, 48-hour invitations). DEMO ONLY: the data lives in
 * memory and a restart starts afresh; the secret is new on each start (sessions end with the process).
 */
export function createDemoAuth(origin: string, outbox: MemoryOutbox) {
  const tables = Object.fromEntries(TABLES.map((table) => [table, [] as Record<string, unknown>[]]));
  return betterAuth({
    database: memoryAdapter(tables),
    // The page and Better Auth share this origin: it is the one trusted for sign-in and sign-up.
    baseURL: origin,
    basePath: AUTH_BASE_PATH,
    secret: randomBytes(32).toString("hex"),
    telemetry: { enabled: false },
    // The e2e tests sign people in and up again and again from one address.
    rateLimit: { enabled: false },
    emailAndPassword: { enabled: true },
    plugins: [
      organization({
        // The development outbox instead of a mail server.
        async sendInvitationEmail({ id, email, role, inviter, invitation }) {
          outbox.add({
            to: email,
            name: "",
            roleLabel: roleLabel(role),
            invitedBy: inviter.user.name || inviter.user.email,
            link: acceptLink(origin, id, email),
            sentAt: new Date().toISOString(),
            expiresAt: new Date(invitation.expiresAt).toISOString(),
          });
        },
      }),
    ],
  });
}

/** The demo's Better Auth instance. */
export type DemoAuth = ReturnType<typeof createDemoAuth>;
