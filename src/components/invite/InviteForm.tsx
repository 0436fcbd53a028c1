import * as Dialog from "@radix-ui/react-dialog";
import { type FormEvent, useId, useState } from "react";
import type { InviteUsersParams } from "../../adapter/contract";
import { parseEmailList, validateEmail } from "../../core/email";
import { findRole } from "../../core/roles";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "../ui/Button";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Field } from "../ui/Field";
import { canGiveRole, type GiveDecision, RoleFields, type RoleValue } from "../ui/RoleFields";

/** What the form holds, as typed. */
export interface InviteDraft {
  /** One address, or a pasted list (R11). */
  emails: string;
  firstName: string;
  lastName: string;
  /** `""` until chosen: the role model's default applies. */
  roleId: string;
  /** Grants for a custom role (R5). */
  permissions: readonly string[];
}

/** A draft with nothing typed and the default role. */
export const EMPTY_DRAFT: InviteDraft = { emails: "", firstName: "", lastName: "", roleId: "", permissions: [] };

/** What the form sends: the invitees, their role and, for a custom role, its grants. */
export type InviteRequest = Omit<InviteUsersParams, "signal">;

/** Props of {@link InviteForm}. */
export interface InviteFormProps {
  /** Read once, when the form mounts. */
  initial: InviteDraft;
  /** One address only, as when changing an invitation (R14); otherwise a list may be pasted (R11). */
  single?: boolean;
  /** Called once the addresses are valid and nothing is being sent. */
  send(request: InviteRequest): void;
  /** The sending mutation: pending shows on the submit button, a failure above it (R24). */
  status: { isPending: boolean; error: unknown };
  submitLabel(count: number): string;
  /** Why `count` invitations cannot be sent (R1): shown after the fields, and the submit button is disabled. */
  blocked?(count: number): string | undefined;
  /** R27: what `can()` says about giving a role and grants; only what it allows is offered. */
  decide: GiveDecision;
  /** The role and grants of the invitation being changed (R14), if any. */
  current?: RoleValue | undefined;
}

/**
 * The invitation form of the invite and change-invitation dialogs: addresses (checked once the
 * person leaves the field or sends, R11), first and last name for one address, role, and the
 * grants of a custom role (R5), offering only what the viewer may give (R27); then Cancel and
 * submit. The draft stays when sending fails (R24).
 */
export function InviteForm({ initial, single, send, status, submitLabel, blocked, decide, current }: InviteFormProps) {
  const { messages, format } = useI18n();
  const t = messages.invite;
  const { roles, defaultRoleId } = usePermissions();
  const blockedId = useId();
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState(false);
  const set = (patch: Partial<InviteDraft>) => setDraft({ ...draft, ...patch });
  // R27: the role model's default, unless the viewer may not give it; then the first role they may.
  const fallback = [defaultRoleId ?? "", ...roles.map((each) => each.id)].find((id) => id && canGiveRole(decide, id));
  const roleId = draft.roleId || fallback || "";
  const role = findRole(roles, roleId);
  const emails = single ? [draft.emails.trim()].filter(Boolean) : parseEmailList(draft.emails);
  const invalid = emails.filter((email) => validateEmail(email) !== null);
  const problem =
    emails.length === 0 ? t.noEmails : invalid.length > 0 ? t.invalidEmails(format.list(invalid)) : undefined;
  const count = Math.max(1, emails.length);
  const reason = blocked?.(count);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    // The addresses field comes first: focus it so its error is read out.
    if (problem) (event.currentTarget.elements[0] as HTMLElement).focus();
    else if (!status.isPending) {
      const firstName = draft.firstName.trim();
      const lastName = draft.lastName.trim();
      // Names only for a single address, permissions only for a custom role (R5, R11).
      const named = emails.length === 1 && (firstName || lastName);
      send({
        invitees: emails.map((email) => (named ? { email, firstName, lastName } : { email })),
        roleId,
        ...(role?.kind === "custom" && { permissions: draft.permissions }),
      });
    }
  };

  const emailProps = {
    value: draft.emails,
    onChange: (event: { target: { value: string } }) => set({ emails: event.target.value }),
    onBlur: () => emails.length > 0 && setChecked(true),
    autoComplete: "off",
    spellCheck: false,
  };
  const name = (field: "firstName" | "lastName") => (
    <Field label={t[field]}>
      <input value={draft[field]} onChange={(event) => set({ [field]: event.target.value })} autoComplete="off" />
    </Field>
  );
  return (
    <form data-slot="invite-form" noValidate onSubmit={onSubmit}>
      <Field
        label={single ? t.email : t.emails}
        hint={single ? undefined : t.emailsHint}
        error={checked ? problem : undefined}
      >
        {single ? <input type="email" {...emailProps} /> : <textarea rows={3} {...emailProps} />}
      </Field>
      {emails.length <= 1 && (
        <div data-slot="invite-names">
          {name("firstName")}
          {name("lastName")}
        </div>
      )}
      <RoleFields
        value={{ roleId, permissions: draft.permissions }}
        onChange={set}
        decide={decide}
        current={current}
        hint={role?.description}
        permissionsHint={t.permissionsHint}
      />
      {reason && (
        <p data-slot="invite-seat-limit" id={blockedId}>
          {reason}
        </p>
      )}
      {status.error !== null && <ErrorMessage error={status.error} />}
      <div data-slot="dialog-actions">
        <Dialog.Close asChild>
          <Button>{messages.common.cancel}</Button>
        </Dialog.Close>
        {/* Disabled when blocked, so Enter cannot send either; the adapter refuses too (R1). */}
        <Button
          type="submit"
          variant="primary"
          disabled={!!reason}
          aria-describedby={reason && blockedId}
          aria-busy={status.isPending || undefined}
        >
          {status.isPending ? t.sending : submitLabel(count)}
        </Button>
      </div>
    </form>
  );
}
