import * as Dialog from "@radix-ui/react-dialog";
import { type FormEvent, useId, useRef, useState } from "react";
import type { InviteUsersParams } from "../../adapter/contract";
import { normalizeEmail, parseEmailList, validateEmail } from "../../core/email";
import { MAX_INVITEES } from "../../core/invitePlanning";
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
  /**
   * Called once the addresses are valid and nothing is being sent. Until the promise it returns
   * settles, the form sends nothing more, however often submit is pressed.
   */
  send(request: InviteRequest): Promise<unknown>;
  /** The sending mutation: pending shows on the submit button, a failure above it (R24). */
  status: { isPending: boolean; error: unknown };
  /** The submit button's text, for the number of valid, distinct addresses (at least 1). */
  submitLabel(count: number): string;
  /** Why `count` invitations cannot be sent (R1): shown after the fields, and the submit button is disabled. */
  blocked?(count: number): string | undefined;
  /** R27: what `can()` says about giving a role and grants; only what it allows is offered. */
  decide: GiveDecision;
  /** The role and grants of the invitation being changed (R14), if any. */
  current?: RoleValue | undefined;
}

/** R11: the typed addresses sorted: valid and distinct (as typed, first spelling kept), invalid, repeated. */
export function sortEmails(emails: readonly string[]) {
  const valid: string[] = [];
  const invalid: string[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  for (const email of emails) {
    if (validateEmail(email) !== null) invalid.push(email);
    else if (seen.has(normalizeEmail(email))) repeated.push(email);
    else {
      seen.add(normalizeEmail(email));
      valid.push(email);
    }
  }
  return { valid, invalid, repeated };
}

/**
 * The invitation form of the invite and change-invitation dialogs: addresses (checked as the
 * person types past each one, and all once they leave the field or send, R11), first and last name for one address, role, and the
 * grants of a custom role (R5), offering only what the viewer may give (R27); then Cancel and
 * submit. The draft stays when sending fails (R24).
 *
 * The submit button counts only valid, distinct addresses; an address typed twice is sent once,
 * and the form says so. Once invalid addresses are flagged, submit is `aria-disabled` (focusable,
 * described by the reason) and pressing it moves focus to the field. More than `MAX_INVITEES`
 * addresses (or more than the seats left, R1) disable it at once, with the reason shown.
 * One submission at a time: while sending, submit and Cancel do nothing (`aria-busy` on submit).
 */
export function InviteForm({ initial, single, send, status, submitLabel, blocked, decide, current }: InviteFormProps) {
  const { messages, format } = useI18n();
  const t = messages.invite;
  const { roles, defaultRoleId } = usePermissions();
  const blockedId = useId();
  const problemId = useId();
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState(false);
  const set = (patch: Partial<InviteDraft>) => setDraft({ ...draft, ...patch });
  // R27: the role model's default, unless the viewer may not give it; then the first role they may.
  const fallback = [defaultRoleId ?? "", ...roles.map((each) => each.id)].find((id) => id && canGiveRole(decide, id));
  const roleId = draft.roleId || fallback || "";
  const role = findRole(roles, roleId);
  const typed = single ? [draft.emails.trim()].filter(Boolean) : parseEmailList(draft.emails);
  const { valid: emails, invalid, repeated } = sortEmails(typed);
  const problem =
    typed.length === 0 ? t.noEmails : invalid.length > 0 ? t.invalidEmails(format.list(invalid)) : undefined;
  const count = Math.max(1, emails.length);
  // R11: the batch limit first, then the seats (R1); both known before any click.
  const overBatch = emails.length > MAX_INVITEES;
  const reason = overBatch ? t.tooManyAddresses(emails.length, MAX_INVITEES) : blocked?.(count);
  // Flagged once the person leaves the field or sends, and meanwhile every invalid address they
  // have typed past (a separator follows it): the one still being typed is left alone.
  const typing = checked || /[\s,;]$/.test(draft.emails) ? undefined : typed[typed.length - 1];
  const typedPast = invalid.filter((email) => email !== typing);
  const shown = checked ? problem : typedPast.length > 0 ? t.invalidEmails(format.list(typedPast)) : undefined;
  const flagged = shown !== undefined;
  // The ref is set at once, before React re-renders: a double click's second submit finds it set.
  const sending = useRef(false);
  const [inFlight, setInFlight] = useState(false);
  const pending = status.isPending || inFlight;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending || sending.current || reason) return;
    setChecked(true);
    // The addresses field comes first: focus it so its error is read out.
    if (problem) (event.currentTarget.elements[0] as HTMLElement).focus();
    else {
      const firstName = draft.firstName.trim();
      const lastName = draft.lastName.trim();
      // Names only for a single address, permissions only for a custom role (R5, R11).
      const named = emails.length === 1 && (firstName || lastName);
      sending.current = true;
      setInFlight(true);
      send({
        invitees: emails.map((email) => (named ? { email, firstName, lastName } : { email })),
        roleId,
        ...(role?.kind === "custom" && { permissions: draft.permissions }),
      }).finally(() => {
        sending.current = false;
        setInFlight(false);
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
    <form data-slot="invite-form" noValidate onSubmit={onSubmit} aria-busy={pending || undefined}>
      <Field label={single ? t.email : t.emails} hint={single ? undefined : t.emailsHint} error={shown}>
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
      {repeated.length > 0 && <p data-slot="invite-repeated">{t.repeatedEmails(format.list(repeated))}</p>}
      {reason && (
        <p data-slot="invite-seat-limit" data-limit={overBatch ? "batch" : "seats"} id={blockedId}>
          {reason}
        </p>
      )}
      {flagged && (
        <span id={problemId} hidden>
          {shown}
        </span>
      )}
      {status.error !== null && <ErrorMessage error={status.error} />}
      <div data-slot="dialog-actions">
        <Dialog.Close asChild>
          <Button disabled={pending}>{messages.common.cancel}</Button>
        </Dialog.Close>
        {/* Disabled when blocked, so Enter cannot send either; the adapter refuses too (R1, R11).
            Flagged addresses and sending keep it focusable (aria-disabled): focus stays put. */}
        <Button
          type="submit"
          variant="primary"
          disabled={!!reason}
          aria-disabled={(!reason && (flagged || pending)) || undefined}
          aria-describedby={reason ? blockedId : flagged ? problemId : undefined}
          aria-busy={pending || undefined}
        >
          {pending ? t.sending : submitLabel(count)}
        </Button>
      </div>
    </form>
  );
}
