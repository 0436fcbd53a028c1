/**
 * `react-user-management`: the styled components, the headless hooks (TanStack Query), and what a
 * React app needs of the core beside them — every type, `can()`, the errors, email helpers.
 * Server- and adapter-side tools (role presets, validators, the memory adapter, the conformance
 * suite) live in their own entries (`/core`, `/adapters/memory`, `/testing`), so they cost a browser
 * bundle nothing unless imported.
 */

export { DEFAULT_ADAPTER_BEHAVIOURS, getAdapterBehaviours, getAdapterCapabilities } from "./adapter";
export type * from "./adapter/contract";
export * from "./components";
export { assertCan, can } from "./core/can";
export { normalizeEmail, parseEmailList, validateEmail } from "./core/email";
export { isUserManagementError, toUserManagementError, UserManagementError } from "./core/errors";
export { PERMISSIONS } from "./core/permissions";
export type * from "./core/publicTypes";
export * from "./hooks";
