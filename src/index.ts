/**
 * `react-user-management`: headless hooks (TanStack Query) plus everything of the framework-free
 * core a React app needs alongside them — types, `can()`, errors, validation, the adapter contract.
 */

export * from "./components";
export * from "./core";
export * from "./hooks";
