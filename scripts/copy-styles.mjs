// Builds `react-user-management/styles.css`: base.css (variables, shared parts) first, then one
// file per component in name order, concatenated. Plain CSS, no preprocessor.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

const folder = "src/styles";
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".css") && name !== "base.css")
  .sort();
const css = ["base.css", ...files].map((name) => readFileSync(`${folder}/${name}`, "utf8")).join("\n");
mkdirSync("dist", { recursive: true });
writeFileSync("dist/styles.css", css);
