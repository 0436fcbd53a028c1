/// <reference types="vite/client" />
// The bench pages are built by Vite: CSS imports and import.meta.glob.
