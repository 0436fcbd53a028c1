import { UserManagementError } from "./errors";
import type { Viewer } from "./types";

/**
 * R10, R20: the caller of every request, as they are now. A deleted, suspended or revoked caller is
 * refused with `access_revoked`, so the UI can say their access to this account was revoked.
 */
export function assertActiveViewer(viewer: Viewer | undefined): Viewer {
  if (!viewer || viewer.status === "revoked") {
    throw new UserManagementError("access_revoked", "Your access to this account was revoked.");
  }
  if (viewer.status !== "active") {
    throw new UserManagementError("access_revoked", "Your access to this account is suspended.");
  }
  return viewer;
}
