import type { Decision } from "../../core/can";
import { toUserManagementError } from "../../core/errors";
import type { Messages } from "../i18n/types";

/**
 * R24: what to tell a person about a failure: the catalog's message for the error's code (so it is
 * translated and overridable), or the field errors' own text for a validation error.
 */
export function errorMessage(error: unknown, messages: Messages): string {
  const typed = toUserManagementError(error);
  if (typed.code === "validation" && typed.fieldErrors) {
    const fields = Object.values(typed.fieldErrors);
    if (fields.length > 0) return fields.join(" ");
  }
  return messages.common.errors[typed.code];
}

/**
 * R9: why an action is not allowed, from the catalog; `undefined` when it is allowed. Given the
 * plan's name, a missing plan feature says which plan lacks multi-user access (R23).
 */
export function denialMessage(decision: Decision, messages: Messages, plan?: string): string | undefined {
  if (decision.allowed) return undefined;
  const { reason } = decision;
  return reason === "plan_required" && plan !== undefined
    ? messages.common.planRequired(plan)
    : messages.common.denied[reason];
}
