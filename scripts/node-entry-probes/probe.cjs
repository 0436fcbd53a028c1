// CommonJS consumer: require() resolves the "require" export conditions (dist/*.cjs).
const {
  assertNoReact,
  checkBetterAuthAdapter,
  checkCore,
  checkLocales,
  checkMemoryAdapter,
  checkServerAndRestAdapter,
} = require("./expectations.cjs");

assertNoReact(require.resolve);
const core = require("react-user-management/core");
checkCore(core);
checkBetterAuthAdapter(require("react-user-management/adapters/better-auth"), require.resolve);
checkMemoryAdapter(require("react-user-management/adapters/memory"), core)
  .then(() =>
    checkServerAndRestAdapter(
      require("react-user-management/server"),
      require("react-user-management/adapters/rest"),
      core,
    ),
  )
  .then(() => checkLocales(async (id) => require(id)))
  .then(
    () => console.log("require(): core, adapters/memory, adapters/rest, adapters/better-auth, server and locales/* OK"),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
