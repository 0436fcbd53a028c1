import { betterAuth } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { getMigrations } from "better-auth/db/migration";
import { type OrganizationOptions, organization } from "better-auth/plugins/organization";
import pg from "pg";
import type { UserManagementDataset } from "../../../src/adapter/dataset";
import {
  type BetterAuthAdapter,
  type BetterAuthAdapterOptions,
  createBetterAuthAdapter,
  defaultNameMapping,
} from "../../../src/adapters/better-auth";
import type { ManualClock } from "../../../src/core/clock";
import type { AdapterHarness, AdapterHarnessFactory } from "../../../src/testing/adapterHarness";

const DAY_SECONDS = 24 * 60 * 60;

/**
 * The fixture's role ids as Better Auth roles (the conformance suite's `roles` option): owner-kind
 * roles are `owner`, the user manager is `admin`, every standard role is `member`, and Better Auth
 * has no custom role (no per-member grants). Better Auth's own names map to themselves, so a
 * fixture the suite already translated loads the same.
 */
export const BETTER_AUTH_ROLES: Readonly<Record<string, string | null>> = {
  administrator: "owner",
  user: "member",
  custom: null,
  owner: "owner",
  manager: "member",
  "account-holder": "owner",
  holder: "owner",
  member: "member",
  "user-manager": "admin",
  admin: "admin",
};

/** Tests store passwords in the clear: hashing (scrypt) would make every sign-in cost tens of ms. */
const PLAIN = "plain:";

/** Better Auth as the tests configure it: the organization plugin with 7-day invitations (R12). */
export function testAuthOptions(database: Parameters<typeof betterAuth>[0]["database"], org: OrganizationOptions = {}) {
  return {
    database,
    secret: "react-user-management-better-auth-tests-0123456789",
    baseURL: "http://localhost:3000",
    logger: { disabled: true },
    telemetry: { enabled: false },
    rateLimit: { enabled: false },
    emailAndPassword: {
      enabled: true,
      password: {
        hash: async (password: string) => `${PLAIN}${password}`,
        verify: async ({ hash, password }: { hash: string; password: string }) => hash === `${PLAIN}${password}`,
      },
    },
    plugins: [organization({ invitationExpiresIn: 7 * DAY_SECONDS, membershipLimit: 100_000, ...org })],
  };
}

/** A test Better Auth instance. */
export type TestAuth = ReturnType<typeof createTestAuth>;

function createTestAuth(database: Parameters<typeof betterAuth>[0]["database"], org?: OrganizationOptions) {
  return betterAuth(testAuthOptions(database, org));
}

/** Direct access to Better Auth's tables, for seeding a fixture with its dates (never through `internalAdapter`). */
export interface SeedStore {
  insert(model: string, rows: readonly Record<string, unknown>[]): Promise<void>;
  /** Moves every stored date of people, memberships and invitations back by `ms` (not sessions). */
  shiftDatesBack(ms: number): Promise<void>;
  /** Marks an address as verified, as a real invitee's would be before they accept. */
  verifyEmail(email: string): Promise<void>;
  invitationStatus(id: string): Promise<string | undefined>;
  clear(): Promise<void>;
}

/** One Better Auth instance and its tables. */
export interface TestBackend {
  auth: TestAuth;
  store: SeedStore;
  release(): Promise<void>;
}

const DATED: Readonly<Record<string, readonly string[]>> = {
  user: ["createdAt", "updatedAt"],
  member: ["createdAt"],
  invitation: ["createdAt", "expiresAt"],
  organization: ["createdAt"],
};

/** Better Auth on its memory database: a fresh instance and tables every time. */
export async function memoryBackend(org?: OrganizationOptions): Promise<TestBackend> {
  const tables: Record<string, Record<string, unknown>[]> = {
    user: [],
    session: [],
    account: [],
    verification: [],
    organization: [],
    member: [],
    invitation: [],
  };
  const store: SeedStore = {
    async insert(model, rows) {
      tables[model]?.push(...rows.map((row) => ({ ...row })));
    },
    async shiftDatesBack(ms) {
      for (const [model, fields] of Object.entries(DATED)) {
        for (const row of tables[model] ?? []) {
          for (const field of fields) {
            const value = row[field];
            if (value instanceof Date) row[field] = new Date(value.getTime() - ms);
          }
        }
      }
    },
    async verifyEmail(email) {
      for (const row of tables.user ?? []) if (row.email === email.toLowerCase()) row.emailVerified = true;
    },
    async invitationStatus(id) {
      return tables.invitation?.find((row) => row.id === id)?.status as string | undefined;
    },
    async clear() {
      for (const rows of Object.values(tables)) rows.length = 0;
    },
  };
  return { auth: createTestAuth(memoryAdapter(tables), org), store, release: async () => {} };
}

/** PostgreSQL of DATABASE_URL (set by .ci/run and on developer machines with a server). */
export const DATABASE_URL = process.env.DATABASE_URL;

/**
 * Better Auth on PostgreSQL: one schema per test file and run (Better Auth's own migrations create
 * its tables there), emptied before each test, dropped at the end.
 */
export function lazyPostgresBackend(prefix: string): {
  backend(org?: OrganizationOptions): Promise<TestBackend>;
  close(): Promise<void>;
} {
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set: the PostgreSQL tests should have been skipped.");
  const schema = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  let opened: Promise<{ pool: pg.Pool; admin: pg.Pool }> | undefined;
  const open = async () => {
    const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 8, options: `-c search_path="${schema}"` });
    const { runMigrations } = await getMigrations(testAuthOptions(pool));
    await runMigrations();
    return { pool, admin };
  };
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return {
    async backend(org?: OrganizationOptions) {
      opened ??= open();
      const { pool } = await opened;
      // A Better Auth instance per test (cheap: it only wraps the pool), configured as the fixture asks.
      const auth = createTestAuth(pool, org);
      const store: SeedStore = {
        async insert(model, rows) {
          // Several rows per statement: the benchmark seeds tens of thousands.
          for (let start = 0; start < rows.length; start += 500) {
            const chunk = rows.slice(start, start + 500);
            const columns = Object.keys(chunk[0] ?? {}).filter((column) => chunk[0]?.[column] !== undefined);
            const values = chunk.map(
              (_, r) => `(${columns.map((_column, c) => `$${r * columns.length + c + 1}`).join(", ")})`,
            );
            await pool.query(
              `INSERT INTO ${quote(model)} (${columns.map(quote).join(", ")}) VALUES ${values.join(", ")}`,
              chunk.flatMap((row) => columns.map((column) => row[column])),
            );
          }
        },
        async shiftDatesBack(ms) {
          for (const [model, fields] of Object.entries(DATED)) {
            const set = fields.map((field) => `${quote(field)} = ${quote(field)} - make_interval(secs => $1)`);
            await pool.query(`UPDATE ${quote(model)} SET ${set.join(", ")}`, [ms / 1000]);
          }
        },
        async verifyEmail(email) {
          await pool.query(`UPDATE "user" SET "emailVerified" = true WHERE email = $1`, [email.toLowerCase()]);
        },
        async invitationStatus(id) {
          const { rows } = await pool.query<{ status: string }>(`SELECT status FROM invitation WHERE id = $1`, [id]);
          return rows[0]?.status;
        },
        async clear() {
          await pool.query(
            `TRUNCATE "invitation", "member", "organization", "session", "account", "verification", "user" CASCADE`,
          );
        },
      };
      await store.clear();
      return { auth, store, release: async () => {} };
    },
    async close() {
      if (!opened) return;
      const { pool, admin } = await opened;
      await pool.end();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    },
  };
}

/** The cookie a sign-in (or sign-up) answered, as request headers. */
export function cookieHeaders(response: Headers): Headers {
  const cookie = response
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

/** Signs a person in through Better Auth's public API and returns their request headers. */
export async function signIn(auth: TestAuth, email: string, password: string): Promise<Headers> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return cookieHeaders(headers);
}

/** Creates a person through Better Auth's public API (sign-up) and returns their request headers. */
export async function signUp(auth: TestAuth, email: string, password: string, name = ""): Promise<Headers> {
  const { headers } = await auth.api.signUpEmail({ body: { email, password, name }, returnHeaders: true });
  return cookieHeaders(headers);
}

/**
 * Loads a fixture into Better Auth's tables, keeping its dates (moved by `shiftMs` to the real
 * time): the organization, each user with a credential account (password `password-<id>`), a
 * membership and, when they have a last login, a session started then (R4), and each invitation. Records whose role maps to `null` are left out; suspended users
 * load as members, since Better Auth has no suspended member. Ids stay the fixture's.
 */
export async function seedFixture(
  store: SeedStore,
  fixture: UserManagementDataset,
  shiftMs: number,
  roles: Readonly<Record<string, string | null>> = BETTER_AUTH_ROLES,
): Promise<void> {
  const at = (iso: string) => new Date(new Date(iso).getTime() + shiftMs);
  const roleOf = (roleId: string) => (roleId in roles ? roles[roleId] : roleId);
  const organizationId = fixture.account.id;
  const oldest = fixture.users.reduce(
    (min, user) => (user.createdAt < min ? user.createdAt : min),
    new Date().toISOString(),
  );
  await store.insert("organization", [
    { id: organizationId, name: fixture.account.name, slug: organizationId, createdAt: at(oldest) },
  ]);
  const users = fixture.users.filter((user) => roleOf(user.roleId));
  await store.insert(
    "user",
    users.map((user) => ({
      id: user.id,
      name: defaultNameMapping.join(user.firstName, user.lastName),
      email: user.email.toLowerCase(),
      emailVerified: true,
      createdAt: at(user.createdAt),
      updatedAt: at(user.createdAt),
    })),
  );
  await store.insert(
    "account",
    users.map((user) => ({
      id: `account-${user.id}`,
      accountId: user.id,
      providerId: "credential",
      userId: user.id,
      password: `${PLAIN}${fixture.passwords[user.id] ?? `password-${user.id}`}`,
      createdAt: at(user.createdAt),
      updatedAt: at(user.createdAt),
    })),
  );
  await store.insert(
    "member",
    users.map((user) => ({
      id: `member-${user.id}`,
      organizationId,
      userId: user.id,
      role: roleOf(user.roleId),
      createdAt: at(user.createdAt),
    })),
  );
  // R4: a sign-in is a session; its start is the user's last login (sessions still valid for a day).
  const signedIn = users.filter((user) => user.lastLoginAt !== null);
  await store.insert(
    "session",
    signedIn.map((user) => ({
      id: `session-${user.id}`,
      token: `seeded-session-${user.id}`,
      userId: user.id,
      expiresAt: new Date(Date.now() + DAY_SECONDS * 1000),
      createdAt: at(user.lastLoginAt ?? user.createdAt),
      updatedAt: at(user.lastLoginAt ?? user.createdAt),
    })),
  );
  const loaded = new Set(users.map((user) => user.id));
  await store.insert(
    "invitation",
    fixture.invitations
      .filter((invitation) => roleOf(invitation.roleId))
      .map((invitation) => ({
        id: invitation.id,
        organizationId,
        email: invitation.email.toLowerCase(),
        role: roleOf(invitation.roleId),
        status: "pending",
        expiresAt: at(invitation.expiresAt),
        createdAt: at(invitation.sentAt),
        inviterId: invitation.invitedBy && loaded.has(invitation.invitedBy.id) ? invitation.invitedBy.id : users[0]?.id,
      })),
  );
}

/** Adapter options every harness adapter shares. */
function adapterOptions(
  auth: TestAuth,
  fixture: UserManagementDataset,
  headers: () => Promise<Headers>,
): BetterAuthAdapterOptions {
  return { auth, headers, organizationId: fixture.account.id, plan: fixture.account.plan };
}

/**
 * The conformance harness over a Better Auth backend: the fixture seeded with its dates moved to the
 * real time (Better Auth reads the real clock), `as(id)` signed in as that fixture user through
 * `signInEmail`, `asInvitee` signed up through `signUpEmail`, and `advanceTime` moving every stored
 * date back.
 */
export function betterAuthHarnessFactory(
  backend: (org: OrganizationOptions) => Promise<TestBackend>,
): AdapterHarnessFactory {
  return async (fixture, clock: ManualClock): Promise<AdapterHarness> => {
    // R12: Better Auth's invitation lifetime is the account's validity period.
    const { auth, store, release } = await backend({
      invitationExpiresIn: fixture.account.invitationValidityDays * DAY_SECONDS,
    });
    // The suite dates the fixture from its clock: from the real time with `clock: "real"`, from a
    // fixed instant otherwise. Either way the stored dates are as far from now as from that clock.
    await seedFixture(store, fixture, Date.now() - clock.now().getTime());
    const sessions = new Map<string, Promise<Headers>>();
    const headersOf = (viewerId: string) => () => {
      let headers = sessions.get(viewerId);
      if (!headers) {
        const user = fixture.users.find((candidate) => candidate.id === viewerId);
        headers = signIn(
          auth,
          user?.email.toLowerCase() ?? `${viewerId}@missing.example`,
          fixture.passwords[viewerId] ?? `password-${viewerId}`,
        );
        sessions.set(viewerId, headers);
      }
      return headers;
    };
    const adapters = new Map<string, BetterAuthAdapter>();
    return {
      as(viewerId) {
        let adapter = adapters.get(viewerId);
        if (!adapter) {
          adapter = createBetterAuthAdapter(adapterOptions(auth, fixture, headersOf(viewerId)));
          adapters.set(viewerId, adapter);
        }
        return adapter;
      },
      async asInvitee(email) {
        // The same person may come back for a second link: sign them in then.
        const headers = await signUp(auth, email, "invitee-password").catch(() =>
          signIn(auth, email, "invitee-password"),
        );
        // A real invitee has confirmed their address before accepting; Better Auth shows a person the
        // invitations they received only then (which tells an expired link from a cancelled one).
        await store.verifyEmail(email);
        return createBetterAuthAdapter(adapterOptions(auth, fixture, async () => headers));
      },
      async invitationToken(invitationId) {
        // The invitation id is the link; it works while the invitation is pending.
        return (await store.invitationStatus(invitationId)) === "pending" ? invitationId : undefined;
      },
      async advanceTime(ms) {
        await store.shiftDatesBack(ms);
      },
      teardown: release,
    };
  };
}
