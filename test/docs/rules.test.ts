import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** The rule IDs the library defines: R1 to R31. */
const RULE_IDS = Array.from({ length: 31 }, (_, i) => `R${i + 1}`);

/** A rule's definition in docs/rules.md: a heading that starts with its ID. */
const DEFINITION = /^#{2,4}\s+(R\d+)\b/gm;

/** Every `.ts`/`.tsx` file under `dir` (relative to the repository), recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** A string literal in any kind of quotes: group 1 is the quote, group 2 the text. */
const STRING = String.raw`(["'\`])((?:\\.|(?!\1)[^\\])*)\1`;

/**
 * The titles of the tests and suites a file declares: the first string argument of `it`, `test` and
 * `describe`, with their modifiers (`it.each([...])(`, `describe.skipIf(x)(`), and of the conformance
 * suite's `check` (src/testing/conformance), in any kind of quotes. A `check` whose title is a
 * constant (`check(typedEmailTitle, …)`, one title per declared behaviour) counts every string the
 * constant's declaration holds.
 */
function testTitles(source: string): string[] {
  const call = new RegExp(
    String.raw`\b(?:it|test|describe|check)(?:\.[A-Za-z]+)*(?:\((?:[^()]|\([^()]*\))*\))?\(\s*${STRING}`,
    "g",
  );
  const literal = new RegExp(STRING, "g");
  const titles = Array.from(source.matchAll(call), (match) => match[2] ?? "");
  for (const [, name] of source.matchAll(/(?<![.\w$])check\(\s*([A-Za-z_$][\w$]*)\s*,/g)) {
    const declaration = source.match(new RegExp(String.raw`\b(?:const|let)\s+${name}\s*=([^;]*);`));
    for (const match of declaration?.[1]?.matchAll(literal) ?? []) titles.push(match[2] ?? "");
  }
  return titles;
}

const ruleIdsIn = (text: string) => Array.from(text.matchAll(/\bR(\d+)\b/g), (match) => `R${match[1]}`);

/** Every test title naming a rule ID, of every source file under `dirs`, with its file. */
function titlesWithRuleIds(...dirs: string[]): { file: string; title: string }[] {
  return dirs.flatMap((dir) =>
    sourceFiles(dir).flatMap((file) =>
      testTitles(readFileSync(path.join(root, file), "utf8"))
        .filter((title) => ruleIdsIn(title).length > 0)
        .map((title) => ({ file, title })),
    ),
  );
}

/** The IDs of the rules whose section in docs/rules.md says so (`**Not built.**`, `*Conformance*`). */
function rulesMarked(rules: string, mark: RegExp): Set<string> {
  const sections = rules.split(/^(?=#{2,4}\s+R\d+\b)/m).slice(1);
  return new Set(sections.filter((section) => mark.test(section)).map((section) => section.match(/R\d+/)?.[0] ?? ""));
}

const NOT_BUILT = /\*\*Not built[.:]?\*\*/;
const CONFORMANCE = /\*conformance\*/i;

/** The rules that should have a proof and have none among `titles`, in ID order. */
function unproven(expected: ReadonlySet<string>, titles: readonly { title: string }[]): string[] {
  const named = new Set(titles.flatMap(({ title }) => ruleIdsIn(title)));
  return RULE_IDS.filter((id) => expected.has(id) && !named.has(id));
}

/** Markdown without fenced code blocks and inline code, where link-like text is not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
}

/** Every link target of a Markdown document: inline, reference, autolink, HTML, and bare URLs. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const patterns = [
    /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g, // [text](target "title"), ![alt](src)
    /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm, // [label]: target
    /<((?:[a-z][a-z0-9+.-]*:|\/\/)[^>\s]+)>/gi, // <https://…>
    /\b(?:href|src)\s*=\s*["']([^"']+)["']/gi, // <a href="…">
  ];
  const targets = patterns.flatMap((pattern) => Array.from(text.matchAll(pattern), (match) => match[1] ?? ""));
  // Bare addresses outside links (GitHub and npm make them links too).
  const withoutLinks = text.replace(patterns[0] as RegExp, "").replace(patterns[1] as RegExp, "");
  const bare = Array.from(withoutLinks.matchAll(/\b(?:https?|ftp):\/\/[^\s<>)\]"']+/gi), (match) => match[0]);
  return [...targets, ...bare];
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const headings = Array.from(prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm), (match) => match[1] ?? "");
  return new Set(
    headings.map((heading) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, "")
        .replace(/\s/g, "-"),
    ),
  );
}

/** Web addresses a document may link to: the npm registry's pages (e.g. the package's own). */
const ALLOWED_HOSTS = new Set(["www.npmjs.com", "npmjs.com", "registry.npmjs.org"]);

/** What the package ships: package.json's `files`, plus what npm always includes. */
function shipped(file: string): boolean {
  const { files = [] } = JSON.parse(read("package.json")) as { files?: string[] };
  const relative = path.relative(root, file).split(path.sep).join("/");
  if (/^(package\.json|README(\.md)?|LICEN[CS]E(\.\w+)?)$/i.test(relative)) return true;
  return files.some((entry) => relative === entry || relative.startsWith(`${entry.replace(/\/$/, "")}/`));
}

/** Why a link of `document` leaves the package or leads nowhere; `null` when it is fine. */
function linkProblem(document: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) {
    let url: URL;
    try {
      url = new URL(target.startsWith("//") ? `https:${target}` : target);
    } catch {
      return "is not a valid address";
    }
    if (url.protocol === "https:" && ALLOWED_HOSTS.has(url.hostname)) return null;
    return "leaves the repository (only https links to the npm registry are allowed)";
  }
  const [pathPart = "", anchor] = target.split("#", 2);
  if (pathPart.startsWith("/")) return "is absolute: use a path relative to the document";
  const resolved = path.resolve(path.dirname(path.join(root, document)), decodeURI(pathPart));
  if (pathPart !== "") {
    if (!resolved.startsWith(`${root}${path.sep}`)) return "leaves the repository";
    if (!existsSync(resolved)) return "leads to a file that does not exist";
    if (!shipped(resolved)) return "leads to a file the package does not ship";
  }
  if (anchor && (pathPart === "" || /\.md$/i.test(pathPart))) {
    const targetText = pathPart === "" ? read(document) : readFileSync(resolved, "utf8");
    if (!anchorsOf(targetText).has(anchor.toLowerCase())) return `has no heading for #${anchor}`;
  }
  return null;
}

/** README.md and every Markdown file of docs/. */
const documents = () => [
  "README.md",
  ...readdirSync(path.join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

describe("docs/rules.md", () => {
  const rules = read("docs/rules.md");

  it("defines each of R1–R31 exactly once, and no other rule", () => {
    const defined = Array.from(rules.matchAll(DEFINITION), (match) => match[1] as string);
    const counts = new Map<string, number>();
    for (const id of defined) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const id of RULE_IDS) expect(counts.get(id), `${id} definitions`).toBe(1);
    expect(defined.filter((id) => !RULE_IDS.includes(id))).toEqual([]);
    expect(defined).toEqual(RULE_IDS);
  });

  it("gives every rule what the library does about it, or says it is not built", () => {
    const sections = rules.split(/^(?=#{2,4}\s+R\d+\b)/m).slice(1);
    expect(sections).toHaveLength(RULE_IDS.length);
    for (const section of sections) {
      const id = section.match(/R\d+/)?.[0];
      expect(
        /\*\*(core|stores|server|hooks|UI|REST adapter|Not built|Not covered yet)[.:]?\*\*/.test(section),
        id,
      ).toBe(true);
    }
  });

  it("every rule ID named in a test title (test/ and src/testing) is defined there", () => {
    const defined = new Set(Array.from(rules.matchAll(DEFINITION), (match) => match[1]));
    const titles = titlesWithRuleIds("test", "src/testing");
    // The scan finds the library's hundreds of rule tests, so an empty pass cannot hide a broken scan.
    expect(titles.length).toBeGreaterThan(300);
    const undefinedIds = titles.flatMap(({ file, title }) =>
      ruleIdsIn(title)
        .filter((id) => !defined.has(id))
        .map((id) => `${id} in ${file}: "${title}"`),
    );
    expect(undefinedIds).toEqual([]);
  });

  it("every rule the library builds is proven by a test naming it; only a rule marked Not built may have none", () => {
    const built = new Set(RULE_IDS.filter((id) => !rulesMarked(rules, NOT_BUILT).has(id)));
    expect(built.size).toBeGreaterThan(25);
    expect(unproven(built, titlesWithRuleIds("test", "src/testing"))).toEqual([]);
  });

  it("every rule marked *Conformance* is named by a check of the conformance suite", () => {
    const checks = titlesWithRuleIds("src/testing/conformance");
    // The suite's checks are counted (check("R…")), so an empty scan cannot pass for a proof.
    expect(checks.length).toBeGreaterThan(80);
    const marked = rulesMarked(rules, CONFORMANCE);
    expect(marked.size).toBeGreaterThan(15);
    // R9 too: every refusal check that calls the adapter directly names it.
    expect(marked.has("R9")).toBe(true);
    expect(unproven(marked, checks)).toEqual([]);
  });

  it("a rule whose every proof is lost is reported: R25 without its tests, R10 without its checks", () => {
    const titles = titlesWithRuleIds("test", "src/testing");
    const withoutR25 = titles.filter(({ title }) => !ruleIdsIn(title).includes("R25"));
    expect(unproven(new Set(RULE_IDS), withoutR25)).toEqual(["R3", "R25"]);
    const checks = titlesWithRuleIds("src/testing/conformance");
    const withoutR10 = checks.filter(({ title }) => !ruleIdsIn(title).includes("R10"));
    expect(unproven(rulesMarked(rules, CONFORMANCE), withoutR10)).toEqual(["R10"]);
  });

  it("reads test titles in every form the tests use", () => {
    const source = [
      `it("R19: refuses to suspend the last active owner", () => {});`,
      `it.each([10, 1000])("R2: makes %i users", (size) => {});`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a template-literal title, on purpose.
      "describe.skipIf(!DATABASE_URL)(`R28: on PostgreSQL ${name}`, () => {});",
      `test('R4, R12: dates', () => {});`,
      `submit("R99: not a test");`,
      // The conformance suite's checks: a title, one over several lines, a template, a constant.
      `check("R25: a stale version is a conflict", byEditor, async () => {});`,
      `check(\n  "R19: the last administrator stays",\n  { needs: ["suspendUsers"] },\n  async () => {},\n);`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a template-literal title, on purpose.
      "check(`R5: a plain user is refused ${refused.what}`, requirements, async () => {});",
      `const typedEmailTitle =\n  lower ? "R2: stored lower-cased" : "R11: shown as typed";\ncheck(typedEmailTitle, {}, async () => {});`,
      `const property = "R98: not a title"; fc.check(property, {});`,
    ].join("\n");
    expect(testTitles(source).flatMap(ruleIdsIn)).toEqual([
      "R19",
      "R2",
      "R28",
      "R4",
      "R12",
      "R25",
      "R19",
      "R5",
      "R2",
      "R11",
    ]);
  });
});

describe("links of README.md and docs/", () => {
  it("no link leaves the package: relative links lead to shipped files that exist, web links only to npm", () => {
    const problems = documents().flatMap((document) =>
      linkTargets(read(document)).flatMap((target) => {
        const problem = linkProblem(document, target);
        return problem ? [`${document}: ${target} ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("README.md and the Storybook docs point at docs/rules.md for the rules, never outside the repository", () => {
    expect(linkTargets(read("README.md"))).toContain("docs/rules.md");
    const everything = [
      "README.md",
      ...documents(),
      ...sourceFiles("src"),
      ...readdirSync(path.join(root, "stories"), { recursive: true, encoding: "utf8" })
        .filter((name) => /\.(mdx|tsx?)$/.test(name))
        .map((name) => `stories/${name}`),
    ];
    const offenders = everything.filter((file) => /(\.\.\/)+shared\/|shared\/DOMAIN\.md/.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it("finds the links a document can hold, and the ones that leave", () => {
    const markdown = [
      "See [the rules](docs/rules.md#r19--the-last-owner-stays) and [spec](../shared/DOMAIN.md).",
      "[ref]: https://example.com/page",
      "Bare https://evil.example/x and <https://www.npmjs.com/package/react-user-management>.",
      '<a href="./missing.md">x</a>',
      "[up](#install) [nowhere](#no-such-heading)",
      "```sh\ncurl https://in.code.block/\n```",
      "Inline `[not](a-link.md)` code.",
    ].join("\n");
    const targets = linkTargets(markdown);
    expect(targets).toEqual(
      expect.arrayContaining([
        "docs/rules.md#r19--the-last-owner-stays",
        "../shared/DOMAIN.md",
        "https://example.com/page",
        "https://www.npmjs.com/package/react-user-management",
        "./missing.md",
        "https://evil.example/x",
      ]),
    );
    expect(targets).not.toContain("https://in.code.block/");
    expect(targets).not.toContain("a-link.md");
    const problems = Object.fromEntries(targets.map((target) => [target, linkProblem("README.md", target)]));
    expect(problems).toEqual({
      "docs/rules.md#r19--the-last-owner-stays": null,
      "../shared/DOMAIN.md": "leaves the repository",
      "https://example.com/page": expect.stringMatching(/leaves the repository/),
      "https://evil.example/x": expect.stringMatching(/leaves the repository/),
      "https://www.npmjs.com/package/react-user-management": null,
      "./missing.md": "leads to a file that does not exist",
      "#install": null,
      "#no-such-heading": "has no heading for #no-such-heading",
    });
  });
});
