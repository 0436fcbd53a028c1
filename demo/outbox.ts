import type { SqlClient } from "../src/server";
import type { OutboxMessage } from "./shared";

/** A mail of the outbox, before it is stored. */
export type OutboxEntry = Omit<OutboxMessage, "id">;

/**
 * The development outbox: where the demo "mails" invitations instead of sending them, so their accept
 * links can be opened. Kept in the demo's own schema of the same database, so it survives restarts.
 */
export interface DemoOutbox {
  add(entry: OutboxEntry): Promise<void>;
  /** Newest first. */
  list(): Promise<OutboxMessage[]>;
}

/** Creates the outbox's table when missing. */
export async function migrateOutbox(db: SqlClient): Promise<void> {
  await db.query("CREATE SCHEMA IF NOT EXISTS demo");
  await db.query(
    `CREATE TABLE IF NOT EXISTS demo.outbox (
      id serial PRIMARY KEY,
      to_email text NOT NULL,
      name text NOT NULL,
      role_label text NOT NULL,
      invited_by text NOT NULL,
      link text NOT NULL,
      sent_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    )`,
  );
}

const toIso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

export function createOutbox(db: SqlClient): DemoOutbox {
  return {
    async add(entry) {
      await db.query(
        `INSERT INTO demo.outbox (to_email, name, role_label, invited_by, link, sent_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [entry.to, entry.name, entry.roleLabel, entry.invitedBy, entry.link, entry.sentAt, entry.expiresAt],
      );
    },
    async list() {
      const { rows } = await db.query<Record<string, unknown>>(
        "SELECT * FROM demo.outbox ORDER BY sent_at DESC, id DESC LIMIT 200",
      );
      return rows.map((row) => ({
        id: Number(row.id),
        to: String(row.to_email),
        name: String(row.name),
        roleLabel: String(row.role_label),
        invitedBy: String(row.invited_by),
        link: String(row.link),
        sentAt: toIso(row.sent_at),
        expiresAt: toIso(row.expires_at),
      }));
    },
  };
}
