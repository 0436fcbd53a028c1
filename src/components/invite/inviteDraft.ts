import type { InviteUsersParams } from "../../adapter/contract";
import { parseEmailList, validateEmail } from "../../core/email";
import { findRole } from "../../core/roles";
import type { RoleDefinition } from "../../core/types";
import type { I18n } from "../i18n/I18nContext";

/** What the invite form holds, as typed; kept as is when sending fails (R24). */
export interface InviteDraft {
  /** One address, or a pasted list (R11). */
  emails: string;
  firstName: string;
  lastName: string;
  /** `""` until chosen: the role model's default applies. */
  roleId: string;
  /** Grants for a custom role (R5). */
  permissions: string[];
}

/** What a draft sends: the invitees, their role and, for a custom role, its grants. */
export type InviteRequest = Omit<InviteUsersParams, "signal">;

/** An empty draft. */
export const emptyDraft = (roleId = ""): InviteDraft => ({
  emails: "",
  firstName: "",
  lastName: "",
  roleId,
  permissions: [],
});

/** The addresses of a draft: a parsed list (R11), or the one typed address when `single`. */
export function draftEmails(draft: InviteDraft, single?: boolean): string[] {
  return single ? [draft.emails.trim()].filter(Boolean) : parseEmailList(draft.emails);
}

/** R11: what is wrong with the addresses, naming each invalid one; `undefined` when all are fine. */
export function emailsProblem(emails: readonly string[], { messages, format }: I18n): string | undefined {
  if (emails.length === 0) return messages.invite.noEmails;
  const invalid = emails.filter((email) => validateEmail(email) !== null);
  return invalid.length > 0 ? messages.invite.invalidEmails(format.list(invalid)) : undefined;
}

/**
 * The adapter request for a draft: names only for a single address, permissions only for a
 * custom role (R5, R11).
 */
export function draftRequest(
  draft: InviteDraft,
  emails: readonly string[],
  roles: readonly RoleDefinition[],
): InviteRequest {
  const firstName = draft.firstName.trim();
  const lastName = draft.lastName.trim();
  const named = emails.length === 1 && (firstName || lastName);
  return {
    invitees: emails.map((email) => (named ? { email, firstName, lastName } : { email })),
    roleId: draft.roleId,
    ...(findRole(roles, draft.roleId)?.kind === "custom" ? { permissions: draft.permissions } : {}),
  };
}
