// Measures the Better Auth adapter's user listing on an organization of 10,000 members (R1), on
// Better Auth's memory database and, when DATABASE_URL is set, on PostgreSQL. Prints medians; not a
// test (timings depend on the machine). Run: `npm run bench:better-auth` (MEMBERS=… to change the size).
import type { ListUsersParams } from "../src/adapter/contract";
import { createBetterAuthAdapter } from "../src/adapters/better-auth";
import {
  DATABASE_URL,
  lazyPostgresBackend,
  memoryBackend,
  type SeedStore,
  signIn,
  type TestBackend,
} from "../test/adapters/better-auth/betterAuthTestSupport";

const MEMBERS = Number(process.env.MEMBERS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 11);
const ORGANIZATION = "bench-organization";
const FIRST = ["Ada", "Ben", "Cleo", "Dan", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kim", "Lea", "Max", "Nia"];
const LAST = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright"];

async function seed(store: SeedStore): Promise<void> {
  const start = Date.now() - MEMBERS * 60_000;
  const users = Array.from({ length: MEMBERS }, (_, i) => {
    const first = FIRST[i % FIRST.length] ?? "Ada";
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? "Smith";
    return {
      id: `user-${i}`,
      name: `${first} ${last}`,
      email: `${first}.${last}.${i}@example.com`.toLowerCase(),
      emailVerified: true,
      createdAt: new Date(start + i * 60_000),
      updatedAt: new Date(start + i * 60_000),
    };
  });
  await store.insert("organization", [
    { id: ORGANIZATION, name: "Bench", slug: ORGANIZATION, createdAt: new Date(start) },
  ]);
  await store.insert("user", users);
  await store.insert("account", [
    {
      id: "account-user-0",
      accountId: "user-0",
      providerId: "credential",
      userId: "user-0",
      password: "plain:bench-password",
      createdAt: new Date(start),
      updatedAt: new Date(start),
    },
  ]);
  await store.insert(
    "member",
    users.map((user, i) => ({
      id: `member-${i}`,
      organizationId: ORGANIZATION,
      userId: user.id,
      // The first is the owner; one in a hundred is an admin.
      role: i === 0 ? "owner" : i % 100 === 0 ? "admin" : "member",
      createdAt: user.createdAt,
    })),
  );
  // R4: most members signed in once, one in three twice, one in ten never (a session's start is a login).
  const sessions = users.flatMap((user, i) => {
    if (i % 10 === 9) return [];
    const count = i % 3 === 0 ? 2 : 1;
    return Array.from({ length: count }, (_, n) => {
      const at = new Date(Date.now() - ((i * 7919 + n * 104_729) % MEMBERS) * 60_000);
      return {
        id: `session-${i}-${n}`,
        token: `bench-session-${i}-${n}`,
        userId: user.id,
        expiresAt: new Date(Date.now() + 86_400_000),
        createdAt: at,
        updatedAt: at,
      };
    });
  });
  await store.insert("session", sessions);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function measure(label: string, run: () => Promise<unknown>): Promise<void> {
  await run();
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  console.log(`  ${label.padEnd(58)} median ${median(times).toFixed(1).padStart(8)} ms`);
}

async function bench(name: string, backend: TestBackend): Promise<void> {
  const seeded = performance.now();
  await seed(backend.store);
  console.log(`${name}: ${MEMBERS} members seeded in ${Math.round(performance.now() - seeded)} ms`);
  const headers = await signIn(backend.auth, "ada.smith.0@example.com", "bench-password");
  const adapter = createBetterAuthAdapter({ auth: backend.auth, headers, organizationId: ORGANIZATION });
  const list = (params: Partial<ListUsersParams>) => () => adapter.listUsers({ page: 1, pageSize: 50, ...params });
  const check = await adapter.listUsers({ page: 1, pageSize: 50, search: "smith" });
  if (check.total === 0) throw new Error("The benchmark's data did not load.");
  const recent = await adapter.listUsers({ page: 1, pageSize: 3, sort: { field: "lastLoginAt", direction: "desc" } });
  if (recent.users.some((user) => user.lastLoginAt === null)) throw new Error("The benchmark's sessions did not load.");
  await measure("first page, join order (Better Auth pages)", list({}));
  await measure(
    "page 100 of 200, join order desc (Better Auth pages)",
    list({ page: 100, sort: { field: "createdAt", direction: "desc" } }),
  );
  await measure("filter role admin (Better Auth filters)", list({ roleIds: ["admin"] }));
  await measure(
    "sort by name, first page (adapter reads every member)",
    list({ sort: { field: "name", direction: "asc" } }),
  );
  await measure(
    "sort by last login, first page (reads every member and session)",
    list({ sort: { field: "lastLoginAt", direction: "desc" } }),
  );
  await measure("search “smith” (adapter reads every member)", list({ search: "smith" }));
  await measure("getSession (seats: member count + invitations)", () => adapter.getSession({}));
}

const memory = await memoryBackend({ membershipLimit: MEMBERS + 1 });
await bench("Better Auth memory database", memory);

if (DATABASE_URL) {
  const database = lazyPostgresBackend("bench_better_auth");
  try {
    const backend = await database.backend({ membershipLimit: MEMBERS + 1 });
    await bench("Better Auth on PostgreSQL", backend);
  } finally {
    await database.close();
  }
} else {
  console.log("PostgreSQL: skipped (set DATABASE_URL to measure it).");
}
