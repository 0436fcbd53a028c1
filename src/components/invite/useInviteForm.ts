import { type FormEvent, useState } from "react";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import type { InviteFieldsProps } from "./InviteFields";
import { draftEmails, draftRequest, emailsProblem, type InviteDraft, type InviteRequest } from "./inviteDraft";

/**
 * The state of an invite form, shared by inviting and changing an invitation: the draft, inline
 * address checks (after leaving the field or sending, R11), and sending with its pending state and
 * error. The draft is kept when sending fails (R24). `send` gets the adapter request.
 */
export function useInviteForm(
  initial: InviteDraft,
  send: (request: InviteRequest) => Promise<unknown>,
  single?: boolean,
) {
  const i18n = useI18n();
  const { roles, defaultRoleId } = usePermissions();
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const value = { ...draft, roleId: draft.roleId || defaultRoleId || "" };
  const emails = draftEmails(value, single);
  const problem = emailsProblem(emails, i18n);

  const fields: InviteFieldsProps = {
    value,
    onChange: setDraft,
    single,
    emailsError: checked ? problem : undefined,
    onEmailsBlur: () => emails.length > 0 && setChecked(true),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    // The addresses field comes first: focus it so its error is read out.
    if (problem) (event.currentTarget.elements[0] as HTMLElement | undefined)?.focus();
    if (problem || pending) return;
    setPending(true);
    setError(null);
    try {
      await send(draftRequest(value, emails, roles));
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  const reset = (next: InviteDraft) => {
    setDraft(next);
    setChecked(false);
  };

  return { value, emails, fields, onSubmit, pending, error, reset };
}
