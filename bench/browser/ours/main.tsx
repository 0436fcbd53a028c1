/**
 * `npm run bench:browser`, our page: the whole `UserManagementPage` over the memory adapter on the
 * generated account, seen by its owner (`user-1`, the adapter's default viewer). Built for
 * production by scripts/bench-browser.ts with ./vite.config.ts.
 */
import { createRoot } from "react-dom/client";
import { UserManagementPage } from "../../../src";
import { createMemoryAdapter } from "../../../src/adapters/memory";
import { BENCH_NOW, benchDataset, markDataReady } from "../shared/dataset";
// The same files scripts/copy-styles.mjs concatenates into styles.css, base first.
import "../../../src/styles/base.css";

import.meta.glob(["../../../src/styles/*.css", "!../../../src/styles/base.css"], { eager: true });

const adapter = createMemoryAdapter({ dataset: benchDataset(), viewerId: "user-1" });
markDataReady();

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
createRoot(root).render(<UserManagementPage adapter={adapter} now={new Date(BENCH_NOW)} />);
