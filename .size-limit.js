// Bundle budgets (issues 3 and 9), measured on dist/ after `npm run build`, gzip, React always external.
// The page's and the library's own budgets are in scripts/check-size.mjs, measured as an app's
// bundler splits them (first load and everything); these are the others.
// A .js config rather than .size-limit.json: size-limit always externalises peerDependencies
// (react, react-dom, @tanstack/react-query, vitest), and only code can undo that for the first
// budget, which must include TanStack Query ("every dependency but React").
const REACT = ["react", "react-dom", "react/jsx-runtime"];
const ALL_DEPENDENCIES = [...REACT, "react-dom/*", "@tanstack/*", "@radix-ui/*", "clsx", "valibot", "hono", "vitest"];
// tsup's entries import shared chunks for their effects; package.json's "sideEffects" says those
// chunks have none, which is true, so esbuild rightly drops the import: its warning is noise.
const only = (external) => (config) => ({
  ...config,
  external,
  logOverride: { ...config.logOverride, "ignored-bare-import": "silent" },
});

export default [
  {
    // The client entry a browser app ships: proves no server code (Hono, pg, PGlite) reaches it.
    // valibot (and hono) are dependencies left external in dist/ (issue 10), yet the browser downloads
    // whatever of them the adapter imports, so this budget bundles them: only React is external,
    // whatever package.json declares (size-limit would externalise a peerDependency by itself). A
    // server import leaking in would thus still show here. 7.5 KB: 7 until it learnt to read
    // Retry-After (seconds or an HTTP date) from an overloaded server (issue 11), 7.09 kB then.
    name: "REST adapter with its validation (React external)",
    path: "dist/adapters/rest.js",
    import: "{ createRestAdapter }",
    ignore: REACT,
    modifyEsbuildConfig: only(REACT),
    gzip: true,
    limit: "7.5 KB",
  },
  {
    // Server-side: the adapter calls the host's own Better Auth instance and imports only its types,
    // so this budget is our code alone; a value import of Better Auth would show here.
    name: "Better Auth adapter (Better Auth not bundled)",
    path: "dist/adapters/better-auth.js",
    import: "{ createBetterAuthAdapter }",
    ignore: REACT,
    modifyEsbuildConfig: only(REACT),
    gzip: true,
    limit: "11 KB",
  },
  // One budget per message catalog (issue 10): each is its own entry, so an app downloads only the
  // languages it imports; a catalog that grows a lot, or pulls in components, shows here. Japanese,
  // Chinese and Arabic take more bytes per character in UTF-8 (and Arabic six plural forms).
  ...[
    ["fr", "fr", "5 KB"],
    ["de", "de", "5 KB"],
    ["es", "es", "5 KB"],
    ["pt-BR", "ptBR", "5 KB"],
    ["ja", "ja", "5.5 KB"],
    ["zh-CN", "zhCN", "5.5 KB"],
    ["ar", "ar", "6.5 KB"],
  ].map(([locale, name, limit]) => ({
    name: `locales/${locale} catalog`,
    path: `dist/locales/${locale}.js`,
    import: `{ ${name} }`,
    gzip: true,
    limit,
  })),
  {
    name: "styles.css",
    path: "dist/styles.css",
    // Measure the file as shipped, not as esbuild would minify it.
    modifyEsbuildConfig: (config) => ({ ...config, minifyWhitespace: false, minifySyntax: false }),
    gzip: true,
    limit: "5 KB",
  },
];
