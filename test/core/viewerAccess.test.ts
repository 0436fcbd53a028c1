import { describe, expect, it } from "vitest";
import { isUserManagementError } from "../../src/core/errors";
import { assertActiveViewer } from "../../src/core/viewerAccess";
import { makeViewer } from "./fixtures";

const refusal = (viewer: Parameters<typeof assertActiveViewer>[0]) => {
  try {
    assertActiveViewer(viewer);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("assertActiveViewer", () => {
  it("R10: lets an active viewer through", () => {
    const viewer = makeViewer();
    expect(assertActiveViewer(viewer)).toBe(viewer);
  });

  it("R10, R20: a deleted or revoked viewer is told their access was revoked", () => {
    for (const viewer of [undefined, makeViewer({ status: "revoked" })]) {
      const error = refusal(viewer);
      expect(isUserManagementError(error, "access_revoked")).toBe(true);
      expect((error as Error).message).toBe("Your access to this account was revoked.");
    }
  });

  it("R10: a suspended viewer is told their access is suspended", () => {
    const error = refusal(makeViewer({ status: "suspended" }));
    expect(isUserManagementError(error, "access_suspended")).toBe(true);
    expect((error as Error).message).toBe("Your access to this account is suspended.");
  });
});
