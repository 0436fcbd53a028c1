// Runs a TypeScript module (`workerData.module`, a file URL) as a worker thread, through tsx: Node's
// worker threads do not inherit the parent's TypeScript loader. For tests and benchmarks only.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.module, import.meta.url);
