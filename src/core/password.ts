import { type FieldErrors, UserManagementError } from "./errors";
import { MAX_PASSWORD_LENGTH, validateText } from "./limits";

/** Shortest password accepted when one is set or changed. */
export const MIN_PASSWORD_LENGTH = 8;

/** Checks a password change: the new password's length, and the bounds of both (R31). Empty when valid. */
export function validateNewPassword(newPassword: string, actorPassword = ""): FieldErrors {
  const errors: Record<string, string> = {
    ...validateText("actorPassword", actorPassword, MAX_PASSWORD_LENGTH, "A password"),
    ...validateText("newPassword", newPassword, MAX_PASSWORD_LENGTH, "A password"),
  };
  if (newPassword.length < MIN_PASSWORD_LENGTH) {
    errors.newPassword ??= `A password has at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  return errors;
}

/** R17: the acting person's own password did not match. */
export function reauthenticationError(): UserManagementError {
  const message = "Your own password is not correct.";
  return new UserManagementError("reauthentication_failed", message, { fieldErrors: { actorPassword: message } });
}
