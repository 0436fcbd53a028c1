// Shared by probe.cjs (require) and probe.mjs (import): what a Node user of each entry relies on.
const assert = require("node:assert/strict");

/** The React-free entries must not lean on an installed React: make sure none is reachable. */
function assertNoReact(resolve) {
  assert.throws(() => resolve("react"), "react must not be resolvable from the probe directory");
}

function checkCore(core) {
  assert.equal(typeof core.can, "function", "core.can");
  assert.equal(typeof core.UserManagementError, "function", "core.UserManagementError");
  const error = new core.UserManagementError("forbidden", "probe");
  assert.ok(error instanceof Error && error.code === "forbidden", "UserManagementError is an Error with a code");
  assert.equal(typeof core.administratorUserCustomPreset, "object", "core.administratorUserCustomPreset");
  assert.ok(Array.isArray(core.administratorUserCustomPreset.roles), "administratorUserCustomPreset.roles");
}

async function checkMemoryAdapter(memory, core) {
  assert.equal(typeof memory.createMemoryAdapter, "function", "adapters/memory.createMemoryAdapter");
  const adapter = memory.createMemoryAdapter();
  const { users, total } = await adapter.listUsers({ page: 1, pageSize: 5 });
  assert.ok(Array.isArray(users) && users.length > 0 && users.length <= 5, "listUsers returns 1–5 users");
  assert.ok(
    users.every((user) => typeof user.id === "string"),
    "every user has an id",
  );
  assert.ok(total >= users.length, "total counts at least the page");
  // Users write `error instanceof UserManagementError` with the class from /core: that only holds if every
  // entry shares one copy of it (tsup `splitting: true`; CJS does not split by default).
  const error = await adapter.getUser({ id: "no-such-user" }).then(
    () => undefined,
    (thrown) => thrown,
  );
  assert.ok(error instanceof core.UserManagementError, "adapter errors are instances of core's UserManagementError");
  assert.equal(error.code, "not_found", "getUser of an unknown id fails with not_found");
}

/**
 * The Better Auth adapter loads without Better Auth installed (an optional peer, omitted here): its
 * JavaScript imports nothing of it, so hosts that never import the entry pay nothing, and the
 * entry itself only needs the host's own `auth` instance.
 */
function checkBetterAuthAdapter(betterAuth, resolve) {
  assert.throws(() => resolve("better-auth"), "better-auth must not be resolvable from the probe directory");
  assert.equal(typeof betterAuth.createBetterAuthAdapter, "function", "adapters/better-auth.createBetterAuthAdapter");
  assert.equal(betterAuth.BETTER_AUTH_DECLARATION.capabilities.suspendUsers, false, "BETTER_AUTH_DECLARATION");
  assert.deepEqual(
    betterAuth.betterAuthRoleModel.roles.map((role) => role.id),
    ["owner", "admin", "member"],
    "betterAuthRoleModel",
  );
}

/**
 * The server entry and the REST adapter, wired together in-process: a request without a session is
 * answered 401 `access_revoked`, which the adapter turns into core's error class. Needs no database:
 * the handler refuses before touching its store.
 */
async function checkServerAndRestAdapter(server, rest, core) {
  assert.equal(typeof server.createUserManagementHandler, "function", "server.createUserManagementHandler");
  assert.equal(typeof server.createPostgresStore, "function", "server.createPostgresStore");
  assert.equal(typeof server.migrate, "function", "server.migrate");
  const unreachable = () => {
    throw new Error("the store must not be reached without a session");
  };
  const handler = server.createUserManagementHandler({
    store: { transaction: unreachable },
    getViewer: () => null,
    sendInvitation: unreachable,
    onAccessRevoked: unreachable,
    basePath: "/api",
    publicOrigin: "http://probe.test",
  });
  const response = await handler(new Request("http://probe.test/api/session"));
  assert.equal(response.status, 401, "a request without a session is 401");
  assert.equal((await response.json()).error.code, "access_revoked", "with the access_revoked code");

  assert.equal(typeof rest.createRestAdapter, "function", "adapters/rest.createRestAdapter");
  const adapter = rest.createRestAdapter({
    baseUrl: "http://probe.test/api",
    fetch: (input, init) => handler(new Request(input, init)),
  });
  const error = await adapter.getSession({}).then(
    () => undefined,
    (thrown) => thrown,
  );
  assert.ok(
    error instanceof core.UserManagementError,
    "REST adapter errors are instances of core's UserManagementError",
  );
  assert.equal(error.code, "access_revoked", "the REST adapter keeps the server's code");
}

/** The message catalog entries and the name each exports (issue 10). */
const LOCALES = { fr: "fr", de: "de", es: "es", "pt-BR": "ptBR", ja: "ja", "zh-CN": "zhCN", ar: "ar" };

/**
 * The catalogs are plain data and small functions: they load without React (a server page may
 * import one to hand it to the page), and each has every section the components read.
 */
async function checkLocales(load) {
  for (const [locale, name] of Object.entries(LOCALES)) {
    const catalog = (await load(`react-user-management/locales/${locale}`))[name];
    assert.equal(typeof catalog, "object", `locales/${locale} exports ${name}`);
    for (const section of [
      "common",
      "confirm",
      "editUser",
      "externalUsers",
      "invitations",
      "invite",
      "page",
      "presets",
      "userTable",
    ]) {
      assert.equal(typeof catalog[section], "object", `locales/${locale}: ${name}.${section}`);
    }
    assert.equal(typeof catalog.page.seats(3, 10), "string", `locales/${locale}: ${name}.page.seats()`);
  }
}

module.exports = {
  assertNoReact,
  checkBetterAuthAdapter,
  checkCore,
  checkLocales,
  checkMemoryAdapter,
  checkServerAndRestAdapter,
};
