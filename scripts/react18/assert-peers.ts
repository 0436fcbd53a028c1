// Setup file of vitest.react18.config.ts: the run fails unless the React, React DOM and TanStack
// Query it renders with are the old ones installed in .matrix/react18 (scripts/react18/package.json).
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { QueryClient } from "@tanstack/react-query";
import { version as reactVersion } from "react";
import { version as reactDomVersion } from "react-dom";

const here = path.dirname(fileURLToPath(import.meta.url));
const peers = path.resolve(here, "../../.matrix/react18/node_modules");
const expected = (createRequire(import.meta.url)("./package.json") as { dependencies: Record<string, string> })
  .dependencies;

const mismatch = (name: string, found: string) =>
  new Error(`React 18 run: ${name} is ${found}, expected ${expected[name]} from .matrix/react18`);
if (reactVersion !== expected.react) throw mismatch("react", reactVersion);
if (reactDomVersion !== expected["react-dom"]) throw mismatch("react-dom", reactDomVersion);

// TanStack Query exports no version: the QueryClient the tests import must be the matrix copy's.
const queryPackage = path.join(peers, "@tanstack/react-query/package.json");
const { version: queryVersion } = createRequire(import.meta.url)(queryPackage) as { version: string };
const matrixQuery = await import(pathToFileURL(path.join(peers, "@tanstack/react-query/build/modern/index.js")).href);
if (queryVersion !== expected["@tanstack/react-query"] || matrixQuery.QueryClient !== QueryClient) {
  throw mismatch("@tanstack/react-query", QueryClient === matrixQuery.QueryClient ? queryVersion : "another copy");
}
