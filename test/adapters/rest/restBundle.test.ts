import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/*
 * The REST adapter is what a browser app ships (its size budget is in .size-limit.js). It reads the
 * operation table for routes and response schemas only: what the server alone needs (request-body
 * schemas, core's text limits) and what only the OpenAPI document says (summaries, rules, query
 * parameters, error lists) live in other modules, and must stay out of its bundle.
 */
describe("the REST adapter's bundle", () => {
  it("carries neither request-body schemas nor the operations' documentation", async () => {
    const result = await build({
      stdin: {
        contents: 'export { createRestAdapter } from "./src/adapters/rest/index.ts";',
        resolveDir: process.cwd(),
      },
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      logLevel: "silent",
    });
    const bundled = Object.keys(result.metafile.inputs);
    expect(bundled).toContain("src/http/operations.ts");
    expect(bundled).not.toContain("src/http/requestBodies.ts");
    expect(bundled).not.toContain("src/http/operationDocs.ts");
    expect(bundled.filter((file) => file.startsWith("src/server/") || file.startsWith("src/openapi/"))).toEqual([]);
  });
});
