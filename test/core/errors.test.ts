import { describe, expect, it } from "vitest";
import { isUserManagementError, toUserManagementError, UserManagementError } from "../../src/core/errors";

/** What a second copy of the library (CJS beside ESM) would throw: same shape, other class. */
class CopiedUserManagementError extends Error {
  override readonly name = "UserManagementError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

describe("UserManagementError", () => {
  it("carries its code, message and details", () => {
    const cause = new Error("socket hang up");
    const current = { id: "user-2", version: 4 };
    const error = new UserManagementError("conflict", "Someone else saved first.", {
      fieldErrors: { email: "Taken." },
      current,
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "UserManagementError",
      code: "conflict",
      message: "Someone else saved first.",
      fieldErrors: { email: "Taken." },
      current,
      cause,
    });
  });

  it("has no cause unless one is given", () => {
    const error = new UserManagementError("not_found", "No such user.");
    expect("cause" in error).toBe(false);
    expect(error.fieldErrors).toBeUndefined();
  });
});

describe("isUserManagementError", () => {
  const error = new UserManagementError("last_owner", "Keep one owner.");

  it("recognises the error and narrows by code", () => {
    expect(isUserManagementError(error)).toBe(true);
    expect(isUserManagementError(error, "last_owner")).toBe(true);
    expect(isUserManagementError(error, "forbidden")).toBe(false);
  });

  it("recognises a duck-typed copy from another copy of the library, by code too", () => {
    const copy = new CopiedUserManagementError("self_action", "Not yourself.");
    expect(isUserManagementError(copy)).toBe(true);
    expect(isUserManagementError(copy, "self_action")).toBe(true);
    expect(isUserManagementError(copy, "last_owner")).toBe(false);
  });

  it("rejects look-alikes that are not errors or carry no code", () => {
    const noCode = new Error("x");
    noCode.name = "UserManagementError";
    expect(isUserManagementError(noCode)).toBe(false);
    expect(isUserManagementError({ name: "UserManagementError", code: "forbidden", message: "x" })).toBe(false);
    expect(isUserManagementError(Object.assign(new Error("x"), { code: "forbidden" }))).toBe(false);
    expect(isUserManagementError(new TypeError("x"))).toBe(false);
    expect(isUserManagementError(null)).toBe(false);
    expect(isUserManagementError("forbidden")).toBe(false);
  });
});

describe("toUserManagementError", () => {
  it("returns a UserManagementError unchanged", () => {
    const error = new UserManagementError("seat_limit", "No seats left.");
    expect(toUserManagementError(error)).toBe(error);
  });

  it("returns a duck-typed copy unchanged, keeping its code", () => {
    const copy = new CopiedUserManagementError("plan_required", "Upgrade.");
    expect(toUserManagementError(copy)).toBe(copy);
  });

  it("turns an aborted request into a network error that keeps the cause", () => {
    const reason = AbortSignal.abort().reason;
    const error = toUserManagementError(reason);
    expect(error).toBeInstanceOf(UserManagementError);
    expect(error).toMatchObject({ code: "network", message: "The request was cancelled.", cause: reason });
  });

  it("wraps any other Error as unavailable, quoting its message and keeping the cause", () => {
    const original = new TypeError("fetch failed");
    const error = toUserManagementError(original);
    expect(error).toBeInstanceOf(UserManagementError);
    expect(error).toMatchObject({
      code: "unavailable",
      message: "Something went wrong: fetch failed",
      cause: original,
    });
  });

  it.each([
    ["a string", "boom", "Something went wrong: boom"],
    ["a number", 503, "Something went wrong: 503"],
    ["undefined", undefined, "Something went wrong: undefined"],
  ])("wraps %s as unavailable", (_label, value, message) => {
    const error = toUserManagementError(value);
    expect(error).toBeInstanceOf(UserManagementError);
    expect(error.code).toBe("unavailable");
    expect(error.message).toBe(message);
  });
});
