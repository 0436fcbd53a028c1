import { UserManagementError } from "./errors";
import type { Viewer } from "./types";

/**
 * R10, R20: the caller of every request, as they are now. A deleted or revoked caller is refused with
 * `access_revoked`, a suspended one with `access_suspended`: suspension can be undone, so the UI tells
 * them to ask for reactivation rather than that their access was revoked.
 */
export function assertActiveViewer(viewer: Viewer | undefined): Viewer {
  if (!viewer || viewer.status === "revoked") {
    throw new UserManagementError("access_revoked", "Your access to this account was revoked.");
  }
  if (viewer.status !== "active") {
    throw new UserManagementError("access_suspended", "Your access to this account is suspended.");
  }
  return viewer;
}
