import type { UserManagementDataset } from "../src/adapter/dataset";
import { generateDataset } from "../src/adapters/memory";
import { findRole } from "../src/core/roles";
import type { Invitation, RoleModel } from "../src/core/types";
import { DEFAULT_SCHEMA, loadDataset, type SqlClient } from "../src/server";
import type { DemoOutbox, OutboxEntry } from "./outbox";

/**
 * PBKDF2 iterations of the demo's password hashes: a sixth of the library's default, so that the
 * first start seeds in a blink. Fine for a demo on loopback; keep the default in a real app.
 */
export const DEMO_PASSWORD_ITERATIONS = 100_000;

/**
 * 20 people: with the generator's seed 1 that is two administrators (owners), users, custom users,
 * suspended and revoked ones, and two external users — someone of every kind to sign in as.
 */
const DEMO_SIZE = 20;

const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`.trim();

/** An invitation as the outbox shows it. */
export function outboxEntry(invitation: Invitation, link: string, roleModel: RoleModel): OutboxEntry {
  return {
    to: invitation.email,
    name: fullName(invitation),
    roleLabel: findRole(roleModel.roles, invitation.roleId)?.label ?? invitation.roleId,
    invitedBy: invitation.invitedBy?.name ?? "",
    link,
    sentAt: invitation.sentAt,
    expiresAt: invitation.expiresAt,
  };
}

/** Whether the database holds an account already: seeded on first start only, never again. */
export async function isSeeded(db: SqlClient): Promise<boolean> {
  const { rows } = await db.query<{ count: number | string }>(
    `SELECT count(*) AS count FROM ${DEFAULT_SCHEMA}.account`,
  );
  return Number(rows[0]?.count ?? 0) > 0;
}

/**
 * Seeds a generated account dated from now (so its invitations are pending or expired as of today),
 * and puts the seeded invitations' mails in the outbox so their links can be tried too.
 */
export async function seed(db: SqlClient, outbox: DemoOutbox): Promise<UserManagementDataset> {
  const dataset = generateDataset({ size: DEMO_SIZE, now: new Date() });
  await loadDataset(db, dataset, { passwordIterations: DEMO_PASSWORD_ITERATIONS });
  for (const { token, ...invitation } of [...dataset.invitations].reverse()) {
    const link = `/accept-invitation?token=${encodeURIComponent(token)}`;
    await outbox.add(outboxEntry({ ...invitation, status: "pending" }, link, dataset.roleModel));
  }
  return dataset;
}
