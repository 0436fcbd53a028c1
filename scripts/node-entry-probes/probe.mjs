// ES module consumer: import() resolves the "import" export conditions (dist/*.js).
import expectations from "./expectations.cjs";

const {
  assertNoReact,
  checkBetterAuthAdapter,
  checkCore,
  checkLocales,
  checkMemoryAdapter,
  checkServerAndRestAdapter,
} = expectations;

assertNoReact(import.meta.resolve);
const core = await import("react-user-management/core");
checkCore(core);
checkBetterAuthAdapter(await import("react-user-management/adapters/better-auth"), import.meta.resolve);
await checkMemoryAdapter(await import("react-user-management/adapters/memory"), core);
await checkServerAndRestAdapter(
  await import("react-user-management/server"),
  await import("react-user-management/adapters/rest"),
  core,
);
await checkLocales((id) => import(id));
console.log("import(): core, adapters/memory, adapters/rest, adapters/better-auth, server and locales/* OK");
