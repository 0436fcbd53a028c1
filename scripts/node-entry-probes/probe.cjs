// CommonJS consumer: require() resolves the "require" export conditions (dist/*.cjs).
const { assertNoReact, checkCore, checkMemoryAdapter } = require("./expectations.cjs");

assertNoReact(require.resolve);
const core = require("react-user-management/core");
checkCore(core);
checkMemoryAdapter(require("react-user-management/adapters/memory"), core).then(
  () => console.log("require(): core and adapters/memory OK"),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
