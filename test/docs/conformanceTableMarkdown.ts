import type { ConformanceRequirementRow } from "../../src/testing";

/** What each kind of row means, in the words of the docs. */
const KIND_TEXT: Record<ConformanceRequirementRow["kind"], string> = {
  capability: "runs only when the adapter has this capability (declared in `getCapabilities` or by its methods)",
  time: "runs on a real clock only when the harness offers `advanceTime`",
  record: "runs only when the backend holds this fixture record",
  switch: "what it expects follows this declaration or option",
};

const ruleIds = (titles: readonly string[]) =>
  [...new Set(titles.flatMap((title) => title.match(/\bR\d+\b/g) ?? []))]
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .join(", ") || "—";

/**
 * docs/conformance.md, printed from the conformance checks' own declarations: which checks each
 * capability, behaviour and option turns on or switches. The memory adapter's run regenerates and
 * compares it, so the page cannot drift from the suite.
 */
export function conformanceTableMarkdown(table: readonly ConformanceRequirementRow[], total: number): string {
  const order = Object.keys(KIND_TEXT);
  const rows = [...table].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, "en"),
  );
  const lines = [
    "# Conformance checks by capability",
    "",
    "<!-- Generated from the conformance suite by test/adapters/memory/conformance.test.ts: run it with",
    "     UPDATE_DOCS=1 to rewrite this file after changing a check. -->",
    "",
    `The suite has ${total} checks. A backend that declares nothing runs all of them. Each row below`,
    "names what a check needs or what changes its expectation; a check that cannot run is skipped,",
    "and the skip says why.",
    "",
    "| kind | name | checks | rules |",
    "|---|---|---|---|",
    ...rows.map((row) => `| ${row.kind} | \`${row.name}\` | ${row.checks.length} | ${ruleIds(row.checks)} |`),
    "",
  ];
  for (const row of rows) {
    lines.push(`## \`${row.name}\` (${row.kind})`, "", `Each of these ${KIND_TEXT[row.kind]}:`, "");
    for (const title of row.checks) lines.push(`- ${title}`);
    lines.push("");
  }
  return lines.join("\n");
}
