/// <reference types="vite/client" />
// Lets TypeScript accept CSS imports and import.meta.glob in Storybook, where Vite handles them.
declare module "*.css";
