/// <reference types="vite/client" />
// Lets TypeScript accept CSS imports and import.meta.glob in the demo's page, which Vite serves.
