// The react-admin baseline of `npm run bench:browser`: a production build (scripts/bench-browser.ts
// installs ./package.json first and sets the output folder). React, react-admin and MUI come from
// ./node_modules; Vite and the React plugin from the project's.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [react()],
  logLevel: "warn",
  resolve: { dedupe: ["react", "react-dom"] },
  build: { emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 8192 },
});
