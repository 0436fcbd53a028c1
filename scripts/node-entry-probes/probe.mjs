// ES module consumer: import() resolves the "import" export conditions (dist/*.js).
import expectations from "./expectations.cjs";

const { assertNoReact, checkCore, checkMemoryAdapter } = expectations;

assertNoReact(import.meta.resolve);
const core = await import("react-user-management/core");
checkCore(core);
await checkMemoryAdapter(await import("react-user-management/adapters/memory"), core);
console.log("import(): core and adapters/memory OK");
