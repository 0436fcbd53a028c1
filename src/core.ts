/**
 * `react-user-management/core`: the framework-free part — domain types, role presets, the `can()`
 * policy, errors, validation, invitation expiry, and the adapter contract. Runs in Node without React.
 */
export * from "./adapter";
export * from "./core/index";
