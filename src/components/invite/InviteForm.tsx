import * as Dialog from "@radix-ui/react-dialog";
import { type ChangeEvent, type ComponentProps, type FormEvent, type Ref, useId, useRef, useState } from "react";
import type { InviteUsersParams, ListUsersResult } from "../../adapter/contract";
import { normalizeEmail, parseEmailList, validateEmail } from "../../core/email";
import { MAX_INVITEES } from "../../core/invitePlanning";
import { findRole } from "../../core/roles";
import { usePermissions } from "../../hooks/usePermissions";
import { userManagementKeys } from "../../hooks/userManagementKeys";
import { useUserManagementContext } from "../../hooks/useUserManagementContext";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "../ui/Button";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Field } from "../ui/Field";
import { PersonName } from "../ui/PersonName";
import { canGiveRole, type GiveDecision, RoleFields, type RoleValue } from "../ui/RoleFields";
import { visuallyHidden } from "../ui/visuallyHidden";

/** What the form holds, as typed. */
export interface InviteDraft {
  /** The address being typed; with `single`, the one address (R14). */
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
   * settles, the form sends nothing more, however often submit is pressed. Resolved, it was sent:
   * the form stays busy until its parent replaces it with the outcome (or closes), so a click in
   * between sends nothing either. Rejected, it was not: the form can send again.
   */
  send(request: InviteRequest): Promise<unknown>;
  /** The sending mutation: pending shows on the submit button, a failure above it (R24). */
  status: { isPending: boolean; error: unknown };
  /** The submit button's text, for the number of valid, distinct addresses (at least 1). */
  submitLabel(count: number): string;
  /** Why `count` invitations cannot be sent (R1): shown after the fields, and the submit button is disabled. */
  blocked?(count: number): string | undefined;
  /** R1: seats left on the plan, shown live beside the count; `undefined` without a limit. */
  seatsLeft?: number | undefined;
  /** R27: what `can()` says about giving a role and grants; only what it allows is offered. */
  decide: GiveDecision;
  /** The role and grants of the invitation being changed (R14), if any. */
  current?: RoleValue | undefined;
}

/** R2, R11: what the form makes of one typed address. */
export type AddressState = "valid" | "invalid" | "repeated" | "member";

/**
 * R2, R11: each typed address, in order, with its state: `invalid`, `repeated` (an earlier one has
 * the same key; the first spelling is kept), `member` (`isMember` of its key), or `valid`.
 */
export function sortEmails(emails: readonly string[], isMember?: (key: string) => boolean) {
  const seen = new Set<string>();
  return emails.map((email) => {
    const key = normalizeEmail(email);
    const state: AddressState =
      validateEmail(email) !== null ? "invalid" : seen.has(key) ? "repeated" : isMember?.(key) ? "member" : "valid";
    seen.add(key);
    return { email, state };
  });
}

/**
 * The keys of users already in the query cache (any user list page loaded): never fetched for this,
 * so only a hint; the backend still answers "already a member" for the others (R11). Read once
 * when the form opens, not on every keystroke: the cache may hold many pages.
 */
function useCachedMembers() {
  const { queryClient } = useUserManagementContext();
  const [members] = useState(
    () =>
      new Set(
        queryClient
          .getQueriesData<ListUsersResult>({ queryKey: userManagementKeys.users.lists() })
          .flatMap(([, page]) => page?.users.map((user) => normalizeEmail(user.email)) ?? []),
      ),
  );
  return members;
}

/** Props of {@link AddressBox}: the input's own, plus the chips before it. */
interface AddressBoxProps extends ComponentProps<"input"> {
  inputRef: Ref<HTMLInputElement>;
  chips: ReturnType<typeof sortEmails>;
  onRemove(index: number): void;
}

/** The addresses typed past as chips, each with its state and a remove button, then the input. */
function AddressBox({ inputRef, chips, onRemove, ...input }: AddressBoxProps) {
  const t = useI18n().messages.invite;
  const reasons = { invalid: t.outcome.invalid, repeated: t.repeated, member: t.outcome.already_member };
  return (
    <div data-slot="invite-addresses">
      {chips.length > 0 && (
        <ul data-slot="invite-chips">
          {chips.map(({ email, state }, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same address may be typed twice
            <li key={index} data-slot="invite-chip" data-state={state}>
              <PersonName>{email}</PersonName>
              {state !== "valid" && <span data-slot="invite-chip-reason">{reasons[state]}</span>}
              <button
                type="button"
                data-slot="invite-chip-remove"
                aria-label={t.remove(email)}
                onClick={() => onRemove(index)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input ref={inputRef} {...input} />
    </div>
  );
}

/**
 * The invitation form of the invite and change-invitation dialogs: addresses, first and last name
 * for one address, role, and the grants of a custom role (R5), offering only what the viewer may
 * give (R27); then Cancel and submit. The address field has focus when the form opens. The draft
 * stays when sending fails (R24).
 *
 * Addresses (R11) become chips once typed past (a comma, space or new line, Enter, a paste, or
 * leaving the field): valid, `invalid` (with the reason), `repeated` (sent once) or, when a user
 * list already loaded has the address, `member` (not sent). Each chip has a remove button;
 * Backspace in the empty input removes the last. A pasted list, with `Name <a@b.c>` forms, works.
 * A live line counts the valid, distinct addresses against `MAX_INVITEES` and the seats left (R1),
 * and says which addresses are not valid.
 *
 * The submit button counts only valid, distinct addresses. While an invalid address is flagged,
 * submit is `aria-disabled` (focusable, described by the reason) and pressing it moves focus to the
 * field. More than `MAX_INVITEES` addresses (or more than the seats left, R1) disable it at once,
 * with the reason shown. One submission at a time: while sending, submit and Cancel do nothing
 * (`aria-busy` on submit).
 */
export function InviteForm({
  initial,
  single,
  send,
  status,
  submitLabel,
  blocked,
  seatsLeft,
  decide,
  current,
}: InviteFormProps) {
  const { messages, format } = useI18n();
  const t = messages.invite;
  const { roles, defaultRoleId } = usePermissions();
  const blockedId = useId();
  const problemId = useId();
  const [draft, setDraft] = useState(initial);
  // The addresses typed past; `draft.emails` holds the one being typed.
  const [chips, setChips] = useState<readonly string[]>([]);
  const [checked, setChecked] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const members = useCachedMembers();
  const set = (patch: Partial<InviteDraft>) => setDraft({ ...draft, ...patch });
  // R27: the role model's default, unless the viewer may not give it; then the first role they may.
  const fallback = [defaultRoleId ?? "", ...roles.map((each) => each.id)].find((id) => id && canGiveRole(decide, id));
  const roleId = draft.roleId || fallback || "";
  const role = findRole(roles, roleId);
  const typing = single ? [draft.emails.trim()].filter(Boolean) : parseEmailList(draft.emails);
  const sorted = sortEmails([...chips, ...typing], single ? undefined : (key) => members.has(key));
  const pick = (state: AddressState, from = sorted) =>
    from.filter((address) => address.state === state).map((address) => address.email);
  const emails = pick("valid");
  const invalid = pick("invalid");
  const problem =
    invalid.length > 0 ? t.invalidEmails(format.list(invalid)) : emails.length === 0 ? t.noEmails : undefined;
  // Chips are typed past, so flagged at once; the address being typed only once the person sends
  // (or, for one address, leaves the field).
  const typedPast = pick("invalid", sorted.slice(0, chips.length));
  const shown = checked ? problem : typedPast.length > 0 ? t.invalidEmails(format.list(typedPast)) : undefined;
  const flagged = shown !== undefined;
  const count = Math.max(1, emails.length);
  // R11: the batch limit first, then the seats (R1); both known before any click.
  const overBatch = emails.length > MAX_INVITEES;
  const reason = overBatch ? t.tooManyAddresses(emails.length, MAX_INVITEES) : blocked?.(count);
  // The ref is set at once, before React re-renders: a double click's second submit finds it set.
  const sending = useRef(false);
  const [inFlight, setInFlight] = useState(false);
  const pending = status.isPending || inFlight;

  const commit = (text: string) => {
    setChips([...chips, ...parseEmailList(text)]);
    set({ emails: "" });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending || sending.current || reason) return;
    setChecked(true);
    // The addresses field comes first: focus it so its error is read out.
    if (problem) inputRef.current?.focus();
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
      }).then(
        // Issue 9: the answer comes a moment before the outcome replaces the form; a click then must
        // not send the same addresses again (and be told they are already invited).
        () => {},
        () => {
          sending.current = false;
          setInFlight(false);
        },
      );
    }
  };

  const emailProps = {
    value: draft.emails,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.target;
      if (!single && /[\s,;]$/.test(value)) commit(value);
      else set({ emails: value });
    },
    autoComplete: "off",
    spellCheck: false,
    // Item 12 of issue 9: the first field, not the dialog's close button, has focus on opening.
    autoFocus: true,
  };
  const name = (field: "firstName" | "lastName") => (
    <Field label={t[field]}>
      <input value={draft[field]} onChange={(event) => set({ [field]: event.target.value })} autoComplete="off" />
    </Field>
  );
  return (
    <form data-slot="invite-form" noValidate onSubmit={onSubmit} aria-busy={pending || undefined}>
      <Field label={single ? t.email : t.emails} hint={single ? undefined : t.emailsHint} error={shown}>
        {single ? (
          <input type="email" ref={inputRef} {...emailProps} onBlur={() => emails.length > 0 && setChecked(true)} />
        ) : (
          <AddressBox
            {...emailProps}
            inputRef={inputRef}
            chips={sorted.slice(0, chips.length)}
            onRemove={(index) => {
              setChips(chips.filter((_, at) => at !== index));
              inputRef.current?.focus();
            }}
            onBlur={() => draft.emails.trim() && commit(draft.emails)}
            onPaste={(event) => {
              event.preventDefault();
              commit(draft.emails + event.clipboardData.getData("text"));
            }}
            onKeyDown={(event) => {
              // Enter turns the address being typed into a chip; with none, it sends.
              if (event.key === "Enter" && draft.emails.trim()) {
                event.preventDefault();
                commit(draft.emails);
              } else if (event.key === "Backspace" && !draft.emails && chips.length > 0) {
                setChips(chips.slice(0, -1));
              }
            }}
          />
        )}
      </Field>
      {/* Announced as it changes: the count, the seats it leaves, and any address not valid. */}
      <p data-slot="invite-count" aria-live="polite" aria-atomic="true">
        {!single &&
          sorted.length > 0 &&
          [
            t.addressCount(emails.length, MAX_INVITEES),
            seatsLeft !== undefined && emails.length <= seatsLeft && t.seatsAfter(seatsLeft - emails.length),
          ]
            .filter(Boolean)
            .join(" · ")}
        {flagged && (
          <span id={problemId} style={visuallyHidden}>
            {" "}
            {shown}
          </span>
        )}
      </p>
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
        <p data-slot="invite-seat-limit" data-limit={overBatch ? "batch" : "seats"} id={blockedId}>
          {reason}
        </p>
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
