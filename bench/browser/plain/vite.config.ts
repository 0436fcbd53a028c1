// The plain-React fallback baseline of `npm run bench:browser` (used when react-admin cannot be installed).
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [react()],
  logLevel: "warn",
  build: { emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
});
