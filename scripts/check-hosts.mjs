// `npm run check:hosts` (issue 10): builds the host apps kept in examples/ from the packed tarball, the
// way a new user's app gets the library. For each example: a copy in a temp dir, `npm ci` of its own
// pinned dependencies (its committed package-lock.json), `npm install --no-save <tarball>`, then its
// strict type check and production build; then the built app is served and loaded in Chromium.
// - examples/next-app-router: the README quick start, verbatim, rendered by a server-component route
//   (`/`), and the page with no adapter inside a layout's provider (`/composition`). `next build`
//   type-checks (strict) and must prerender both routes with the page's heading in their HTML.
// - examples/vite: the README quick start, verbatim (`/`), and
//   `<UserManagementProvider adapter={a}><UserManagementPage /></UserManagementProvider>`
//   (`/?composition`); `tsc --noEmit` (strict) and `vite build`.
// In Chromium each page must show its heading and the seats line (the adapter's data loaded) with no
// console error and no uncaught exception (a hydration mismatch in Next.js is a console error).
// Tools' output is kept and printed only when a step fails. Needs a fresh `npm run build` (the test
// chain runs it first) and the npm registry, or npm's cache after a first run.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../chromium.launch.ts";
import { fail, packTarball, root } from "./lib/pack.mjs";

const check = "check:hosts";
/** What the page renders first, on the server and in the browser: its title. */
const HEADING = '<h1 data-slot="page-title">Users</h1>';
/** Hang guards only: a loaded 2-core machine is slow, never this slow. */
const STEP_TIMEOUT_MS = 10 * 60_000;
const PAGE_TIMEOUT_MS = 60_000;

// Under `npm run`, npm describes the repository's own package to its scripts (npm_package_*,
// npm_config_local_prefix…): the examples' npm commands and tools must see only their own folder.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^npm_(package_|lifecycle_|config_local_prefix$)/.test(name) && name !== "INIT_CWD",
  ),
);
const env = {
  ...inherited,
  NEXT_TELEMETRY_DISABLED: "1",
  npm_config_update_notifier: "false",
  npm_config_audit: "false",
  npm_config_fund: "false",
  // A React or package from elsewhere must not be resolvable: the example resolves what it installed.
  NODE_PATH: "",
};

const hosts = [
  {
    name: "next-app-router",
    // `next build` runs the strict type check itself ("Running TypeScript") and fails on an error.
    steps: [["next", ["build"]]],
    buildOutputMustInclude: "Finished TypeScript",
    serve: (port) => ["next", ["start", "--hostname", "127.0.0.1", "--port", String(port)]],
    routes: ["/", "/composition"],
    verifyBuild: verifyNextBuild,
  },
  {
    name: "vite",
    steps: [
      ["tsc", ["--noEmit"]],
      ["vite", ["build", "--logLevel", "warn"]],
    ],
    serve: (port) => ["vite", ["preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"]],
    routes: ["/", "/?composition"],
    verifyBuild: verifyViteBuild,
  },
];

/** Runs a command with its output captured; on failure prints it and exits. Resolves with the output. */
function run(label, command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    running.add(child);
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), STEP_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      failWith(`${label}: \`${command} ${args.join(" ")}\` could not start: ${error.message}`);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) return resolve(output);
      const how = signal ? `was stopped (${signal}, over ${STEP_TIMEOUT_MS / 60_000} min?)` : `exited with ${code}`;
      failWith(`${label}: \`${path.basename(command)} ${args.join(" ")}\` ${how}. Its output:\n\n${quiet(output)}`);
    });
  });
}

/** Drops npm's machine-config warning, printed by every npm command here and harmless. */
const quiet = (output) =>
  output
    .split("\n")
    .filter((line) => !line.includes('Unknown user config "nodedir"'))
    .join("\n")
    .trim();

/** Commands still running (the other example's install, when one fails): stopped on failure. */
const running = new Set();
const cleanups = [];
function failWith(message) {
  for (const child of running) child.kill("SIGTERM");
  for (const cleanup of cleanups.reverse()) cleanup();
  fail(check, message);
}

/** A port the OS says is free now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Bytes and gzipped bytes of files. */
function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return `${files.length} files, ${(raw / 1024).toFixed(1)} kB (${(gzip / 1024).toFixed(1)} kB gzip)`;
}

/** Both routes prerendered at build time, with the page's heading: the server render worked. */
function verifyNextBuild(app) {
  const html = (route) => path.join(app, ".next/server/app", `${route === "/" ? "index" : route.slice(1)}.html`);
  for (const route of ["/", "/composition"]) {
    const file = html(route);
    if (!existsSync(file)) failWith(`next-app-router: ${route} was not prerendered (no ${path.relative(app, file)}).`);
    if (!readFileSync(file, "utf8").includes(HEADING)) {
      failWith(`next-app-router: the prerendered HTML of ${route} lacks the page's heading ${HEADING}.`);
    }
  }
  // The JavaScript the browser loads for `/`: the scripts its HTML references.
  const scripts = Array.from(
    readFileSync(html("/"), "utf8").matchAll(/<script[^>]*\ssrc="\/_next\/(static\/[^"?]+\.js)/g),
    (match) => path.join(app, ".next", match[1]),
  );
  return `prerendered / and /composition with the heading; client JS of /: ${sizeOf([...new Set(scripts)])}`;
}

function verifyViteBuild(app) {
  const assets = path.join(app, "dist/assets");
  const scripts = existsSync(assets) ? readdirSync(assets).filter((file) => file.endsWith(".js")) : [];
  if (!existsSync(path.join(app, "dist/index.html")) || scripts.length === 0) {
    failWith("vite: `vite build` wrote no dist/index.html or no JavaScript in dist/assets.");
  }
  return `client JS: ${sizeOf(scripts.map((file) => path.join(assets, file)))}`;
}

/** Serves the built app, loads each route in Chromium, and waits for the page with its data. */
async function checkInBrowser(host, app, browser) {
  const port = await freePort();
  const [bin, args] = host.serve(port);
  const server = spawn(path.join(app, "node_modules/.bin", bin), args, {
    cwd: app,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk) => {
    output += chunk;
  });
  server.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const stop = () => server.kill("SIGTERM");
  cleanups.push(stop);
  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + PAGE_TIMEOUT_MS;
    for (;;) {
      if (server.exitCode !== null) failWith(`${host.name}: the server stopped:\n\n${quiet(output)}`);
      const up = await fetch(base).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) failWith(`${host.name}: the server did not answer at ${base}:\n\n${quiet(output)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const route of host.routes) {
      const page = await browser.newPage();
      const problems = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const { url } = message.location();
        problems.push(`console error: ${message.text()}${url ? ` (${url})` : ""}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      try {
        await page.goto(base + route);
        await page.getByRole("heading", { level: 1, name: "Users" }).waitFor({ timeout: PAGE_TIMEOUT_MS });
        // The seats line appears once the adapter's session has loaded in the browser.
        await page.locator('[data-slot="seats"]').waitFor({ timeout: PAGE_TIMEOUT_MS });
      } catch (error) {
        problems.push(error.message.split("\n")[0]);
      }
      await page.close();
      if (problems.length > 0) failWith(`${host.name}: ${route} in Chromium:\n- ${problems.join("\n- ")}`);
    }
  } finally {
    stop();
  }
}

/** The README's quick start, the code block under its heading, and the examples' verbatim copies of it. */
function checkQuickStartCopies() {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const block = /## Quick start: the whole page in one line\n+```tsx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) failWith('README.md has no tsx block under "## Quick start: the whole page in one line".');
  for (const copy of ["next-app-router/app/users-settings.tsx", "vite/src/users-settings.tsx"]) {
    if (readFileSync(path.join(root, "examples", copy), "utf8") !== block) {
      failWith(`examples/${copy} is no longer the README's quick start, verbatim: copy the README's block into it.`);
    }
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const started = performance.now();
checkQuickStartCopies();
const { dir, tarball, cleanup } = packTarball(check);
cleanups.push(cleanup);
const browser = await chromium.launch(chromiumLaunchOptions);
cleanups.push(() => browser.close());
/** A copy of the example in the temp dir, with its pinned dependencies and the tarball installed. */
async function install(host) {
  const app = path.join(dir, host.name);
  mkdirSync(app);
  // The example's own files: never a node_modules, build output or generated file of a local run.
  const skip = new Set(["node_modules", ".next", "dist", "next-env.d.ts", "tsconfig.tsbuildinfo"]);
  cpSync(path.join(root, "examples", host.name), app, {
    recursive: true,
    filter: (file) => !skip.has(path.basename(file)),
  });
  if (!existsSync(path.join(app, "package-lock.json"))) {
    failWith(`${host.name}: examples/${host.name}/package-lock.json is missing (run npm install there once).`);
  }
  // --prefer-offline: npm's cache serves what it holds; only a cold cache needs the registry.
  const flags = ["--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund"];
  // `npm ci`: exactly the committed lockfile, and it fails if the lockfile no longer matches package.json.
  await run(host.name, "npm", ["ci", ...flags], app);
  // --legacy-peer-deps: npm would otherwise read the registry documents of every optional peer of the
  // library and of theirs (Better Auth's list is long) for nothing: it installs none of them. That doubles
  // the install's time; `npm ls --all` below checks every peer range on the installed tree instead.
  await run(host.name, "npm", ["install", "--no-save", "--legacy-peer-deps", ...flags, tarball], app);
  await run(host.name, "npm", ["ls", "--all"], app);
  return app;
}

const lines = [];
try {
  const installStarted = performance.now();
  // npm spends most of an install waiting on its cache and the registry: both examples at once.
  const apps = await Promise.all(hosts.map(install));
  const installSeconds = seconds(performance.now() - installStarted);
  for (const [index, host] of hosts.entries()) {
    const app = apps[index];
    const buildStarted = performance.now();
    let output = "";
    for (const [bin, args] of host.steps)
      output += await run(host.name, path.join(app, "node_modules/.bin", bin), args, app);
    if (host.buildOutputMustInclude && !output.includes(host.buildOutputMustInclude)) {
      failWith(`${host.name}: the build output lacks "${host.buildOutputMustInclude}":\n\n${quiet(output)}`);
    }
    const built = performance.now();
    const summary = host.verifyBuild(app);
    await checkInBrowser(host, app, browser);
    const steps = host.steps.map(([bin, args]) => `${bin} ${args[0]}`).join(", ");
    lines.push(
      `${check}: examples/${host.name} builds from the tarball (${steps}) and renders ${host.routes.join(" and ")} in Chromium with no console error; ${summary} (build ${seconds(built - buildStarted)}, browser ${seconds(performance.now() - built)}).`,
    );
  }
  lines.unshift(
    `${check}: installed both examples (npm ci + the tarball, peers checked by npm ls) in ${installSeconds}.`,
  );
} finally {
  await browser.close();
  cleanup();
}
for (const line of lines) console.log(line);
console.log(`${check}: both host apps pass (${seconds(performance.now() - started)}).`);
