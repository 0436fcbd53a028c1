// Writes dist/openapi.json (exported as react-user-management/openapi.json) from the contract's schemas.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createOpenApiDocument } from "../src/openapi/createOpenApiDocument";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
const target = path.join(root, "dist/openapi.json");
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(createOpenApiDocument(version), null, 2)}\n`);
console.log(`openapi: wrote ${path.relative(root, target)}`);
