import { type FieldErrors, UserManagementError } from "./errors";

/** Shortest password accepted when one is set or changed. */
export const MIN_PASSWORD_LENGTH = 8;

/** Checks a new password; returns field errors, empty when valid. */
export function validateNewPassword(newPassword: string): FieldErrors {
  return newPassword.length < MIN_PASSWORD_LENGTH
    ? { newPassword: `A password has at least ${MIN_PASSWORD_LENGTH} characters.` }
    : {};
}

/** R17: the acting person's own password did not match. */
export function reauthenticationError(): UserManagementError {
  const message = "Your own password is not correct.";
  return new UserManagementError("reauthentication_failed", message, { fieldErrors: { actorPassword: message } });
}
