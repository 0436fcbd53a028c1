import * as Dialog from "@radix-ui/react-dialog";
import {
  createContext,
  forwardRef,
  type MutableRefObject,
  type ReactNode,
  useContext,
  useId,
  useRef,
  useState,
} from "react";
import type { InviteResult } from "../../adapter/contract";
import type { Invitation } from "../../core/types";
import { useInviteUsers } from "../../hooks/useInviteUsers";
import { type UsePermissionsResult, usePermissions } from "../../hooks/usePermissions";
import { useResendInvitation } from "../../hooks/useResendInvitation";
import { useI18n } from "../i18n/I18nContext";
import { useFeedback } from "../ui/Announcer";
import { Button, type ButtonProps } from "../ui/Button";
import { DialogShell } from "../ui/DialogShell";
import { denialMessage } from "../ui/describeError";
import { ErrorMessage } from "../ui/ErrorMessage";
import { notEmailed } from "../ui/emailSent";
import { PersonName } from "../ui/PersonName";
import { useRootProps } from "../ui/useRootProps";
import { EMPTY_DRAFT, InviteForm } from "./InviteForm";

/** Props of `InviteDialog.Root`: open state, controlled (`open` + `onOpenChange`) or not (`defaultOpen`). */
export interface InviteDialogRootProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?(open: boolean): void;
  children?: ReactNode;
}

/**
 * `sending` is set while the dialog sends (an invitation or a resend): the dialog then refuses to
 * close, so the result is never lost. A ref, not state: a close request in the same tick as the
 * click sees it. `close` closes the dialog as its × would.
 */
const SendingContext = /* @__PURE__ */ createContext<MutableRefObject<{ sending: number; close(): void }> | null>(null);

/**
 * Holds the dialog's open state (controlled with `open` + `onOpenChange`, or not with
 * `defaultOpen`). While an invitation or a resend is being sent, a request to close (Escape, a click
 * outside, the × or Cancel) is refused and `onOpenChange(false)` is not called: the dialog stays
 * until the result is known and shown.
 */
function Root({ open, defaultOpen = false, onOpenChange, children }: InviteDialogRootProps) {
  const [uncontrolled, setUncontrolled] = useState(defaultOpen);
  const state = useRef({ sending: 0, close() {} });
  const change = (next: boolean) => {
    if (!next && state.current.sending > 0) return;
    if (open === undefined) setUncontrolled(next);
    onOpenChange?.(next);
  };
  state.current.close = () => change(false);
  return (
    <SendingContext.Provider value={state}>
      <Dialog.Root open={open ?? uncontrolled} onOpenChange={change}>
        {children}
      </Dialog.Root>
    </SendingContext.Provider>
  );
}

/** Runs `send`, keeping the dialog of {@link Root} open until it settles; and closes it. */
function useKeepOpenWhile() {
  const state = useContext(SendingContext);
  const keepOpenWhile = <T,>(send: () => Promise<T>): Promise<T> => {
    if (state) state.current.sending++;
    return send().finally(() => {
      if (state) state.current.sending--;
    });
  };
  return { keepOpenWhile, close: state && (() => state.current.close()) };
}

/**
 * Why the viewer may not invite at all (R9, R23); `undefined` when they may or while permissions
 * load. Seat limits depend on how many are invited, so the form shows those (R1).
 */
function inviteDenial({ can, isPending }: UsePermissionsResult) {
  const decision = can("invitation.create");
  return isPending || decision.allowed || decision.reason === "seat_limit" ? undefined : decision;
}

/**
 * The "Invite" button. Disabled, with the reason shown beside it, when the viewer may not invite
 * (R9); plan (R23) and seat (R1) limits open the dialog, which explains them. Primary, except when
 * every seat is used (R1): then a plain button (`data-variant="secondary"`). Your `onClick` runs
 * first; `preventDefault()` keeps the dialog closed.
 */
const Trigger = /* @__PURE__ */ forwardRef<HTMLButtonElement, ButtonProps>(function Trigger(
  { children, onClick, ...props },
  ref,
) {
  const { messages } = useI18n();
  const permissions = usePermissions();
  const reasonId = useId();
  const rootProps = useRootProps();
  const denial = inviteDenial(permissions);
  // R23: a plan without multi-user access opens the dialog, which explains it.
  const reason = denial?.reason === "plan_required" ? undefined : denial && denialMessage(denial, messages);
  const denied = permissions.isPending || !!reason;
  // R1: with every seat used it is no longer the page's main action (the dialog explains the limit).
  const decision = permissions.can("invitation.create");
  const seatsFull = !permissions.isPending && !decision.allowed && decision.reason === "seat_limit";
  return (
    <span data-slot="invite-trigger" {...rootProps}>
      <Dialog.Trigger asChild>
        <Button
          ref={ref}
          variant={seatsFull ? "secondary" : "primary"}
          aria-disabled={denied || undefined}
          aria-describedby={reason && reasonId}
          {...props}
          onClick={(event) => {
            onClick?.(event);
            if (denied) event.preventDefault();
          }}
        >
          {children ?? messages.invite.trigger}
        </Button>
      </Dialog.Trigger>
      {reason && (
        <span data-slot="invite-trigger-reason" id={reasonId}>
          {reason}
        </span>
      )}
    </span>
  );
});

/** Props of `InviteDialog.Content`. */
export interface InviteDialogContentProps {
  /** On the dialog's body (form or results). */
  className?: string;
}

/**
 * The dialog: addresses as chips, checked as typed (a pasted list works), optional names for one address, role, and grants
 * for a custom role; addresses are checked before sending; then one result per address (R11).
 * Seats used and left show when the plan has a limit, and sending past it is blocked (R1); a plan
 * without multi-user access gets an explanation instead of the form (R23). A failure is shown and
 * the form keeps what was typed (R24). The form starts afresh each time the dialog opens.
 *
 * An address invited but not emailed (the invitation is stored, its email failed) says so, with
 * Resend; the summary counts them (R30).
 *
 * One submission at a time: a double click sends once, and Resend does nothing while its resend
 * is under way. While sending, the dialog cannot be closed (Escape, a click outside, the × and
 * Cancel are refused) so the result is always shown where the person is looking; it closes as
 * usual once the result is there. This needs `InviteDialog.Root` around the content.
 *
 * When every address was sent and emailed, the success is said through the page's feedback (a
 * toast, and `onFeedback`), as every other action's is, and with toasts the dialog closes. Any
 * other outcome keeps the results in the dialog.
 *
 * `data-slot`: invite-body, invite-form (`aria-busy` while sending), invite-seats, invite-addresses,
 * invite-chips, invite-chip (`data-state` = valid | invalid | repeated | member), invite-chip-reason,
 * invite-chip-remove, invite-count (live: valid addresses, the batch limit and seats left),
 * invite-seat-limit (why Send is disabled; `data-limit` = `seats` (R1) or `batch`, more than
 * `MAX_INVITEES` addresses), invite-blocked,
 * invite-results, invite-result (`data-state` = its outcome, or `not_emailed` for a stored
 * invitation whose email was not sent), invite-outcome, invite-summary.
 */
function Content({ className }: InviteDialogContentProps) {
  const { messages } = useI18n();
  const t = messages.invite;
  const permissions = usePermissions();
  const { account, isPending } = permissions;
  const denial = inviteDenial(permissions);
  const blocked = denial && denialMessage(denial, messages, account?.plan.name ?? "");
  return (
    <DialogShell
      slot="invite-dialog"
      title={t.title}
      description={blocked ? undefined : t.description(account?.invitationValidityDays ?? 7)}
    >
      <div data-slot="invite-body" className={className}>
        {isPending ? (
          <p>{messages.common.loading}</p>
        ) : blocked ? (
          <p data-slot="invite-blocked">{blocked}</p>
        ) : (
          <InviteBody />
        )}
      </div>
    </DialogShell>
  );
}

/** The form, then one result per address (R11); mounted while the dialog is open. */
function InviteBody() {
  const { messages } = useI18n();
  const t = messages.invite;
  const { can, account } = usePermissions();
  const invite = useInviteUsers();
  const resend = useResendInvitation();
  const { keepOpenWhile, close } = useKeepOpenWhile();
  const feedback = useFeedback();
  // Invitation ids being resent: a second click finds its id here before React re-renders.
  const resendingIds = useRef(new Set<string>());
  const doneRef = useRef<HTMLButtonElement>(null);
  // R30: invitation id → whether its latest resend got the email out; what the latest resend said.
  const [resent, setResent] = useState<Readonly<Record<string, boolean>>>({});
  const [resendNote, setResendNote] = useState("");
  // "Invite more" starts a new form with the role and grants just used.
  const [initial, setInitial] = useState(EMPTY_DRAFT);
  const results = invite.data?.results;
  const limit = account?.plan.seatLimit ?? null;
  const used = account?.seatsUsed ?? 0;
  const left = Math.max(0, (limit ?? 0) - used);
  /** R30: the invitation of a result stored without its email. */
  const unsentOf = (result: InviteResult) =>
    result.outcome === "sent" && result.emailSent === false ? result.invitation : undefined;
  const emailOf = (invitation: Invitation | undefined): EmailState | undefined => {
    if (!invitation) return undefined;
    const got = resent[invitation.id];
    return got === undefined ? "failed" : got ? "resent" : "failed_again";
  };
  const stillUnsent = (results ?? []).filter((result) => {
    const invitation = unsentOf(result);
    return invitation && resent[invitation.id] !== true;
  }).length;

  const resendOne = (invitation: Invitation) => {
    if (resendingIds.current.has(invitation.id)) return;
    resendingIds.current.add(invitation.id);
    void keepOpenWhile(() =>
      resend.mutateAsync({ id: invitation.id }).then(
        (answer) => {
          const emailed = !notEmailed(answer);
          setResent((current) => ({ ...current, [invitation.id]: emailed }));
          setResendNote(emailed ? t.resent(invitation.email) : t.resendNotEmailed(invitation.email));
          // The Resend button goes away: focus moves on to Done rather than to the page.
          if (emailed) doneRef.current?.focus();
        },
        // The failure shows through `resend.error`.
        () => {},
      ),
    ).finally(() => resendingIds.current.delete(invitation.id));
  };
  const resending = (invitation: Invitation | undefined) =>
    invitation !== undefined && resend.variables?.id === invitation.id;

  return (
    <>
      {/* Always present while open, so the summary is announced when the results replace the form,
          and again when a resend changes it (R30). */}
      <p data-slot="invite-summary" role="status">
        {results &&
          [
            t.sentSummary(results.filter((result) => result.outcome === "sent").length, results.length),
            stillUnsent > 0 && t.notEmailedSummary(stillUnsent),
            resendNote,
          ]
            .filter(Boolean)
            .join(" ")}
      </p>
      {results ? (
        <>
          <ul data-slot="invite-results" aria-label={t.results}>
            {results.map((result, index) => {
              const invitation = unsentOf(result);
              return (
                <ResultItem
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same address may come back twice
                  key={index}
                  result={result}
                  email={emailOf(invitation)}
                  busy={resend.isPending && resending(invitation)}
                  error={resending(invitation) ? resend.error : null}
                  onResend={() => invitation && resendOne(invitation)}
                />
              );
            })}
          </ul>
          <div data-slot="dialog-actions">
            <Button
              onClick={() => {
                const { roleId, permissions = [] } = invite.variables ?? EMPTY_DRAFT;
                setInitial({ ...EMPTY_DRAFT, roleId, permissions });
                invite.reset();
                resend.reset();
                setResent({});
                setResendNote("");
              }}
            >
              {t.inviteMore}
            </Button>
            <Dialog.Close asChild>
              <Button ref={doneRef} variant="primary" autoFocus>
                {t.done}
              </Button>
            </Dialog.Close>
          </div>
        </>
      ) : (
        <>
          {limit !== null && (
            <p data-slot="invite-seats">
              {t.seats(used, limit)} · {t.seatsLeft(left)}
            </p>
          )}
          <InviteForm
            initial={initial}
            // The failure shows through `invite.error`; the rejection needs no handling of its own.
            send={(request) =>
              keepOpenWhile(() => invite.mutateAsync(request)).then(
                ({ results }) => {
                  // All sent and emailed: said like every other action's success, and with toasts
                  // the dialog closes; otherwise the results stay, address by address (R11, R30).
                  if (results.some((result) => result.outcome !== "sent" || result.emailSent === false)) return;
                  feedback.success(t.invitationsSent(results.length), { action: "invitation.create" });
                  if (feedback.toasts) close?.();
                },
                () => {},
              )
            }
            status={invite}
            seatsLeft={limit === null ? undefined : left}
            submitLabel={t.submit}
            decide={(assigned) => can("invitation.create", undefined, assigned)}
            blocked={(count) => {
              const decision = can("invitation.create", undefined, { inviteCount: count });
              if (decision.allowed || decision.reason !== "seat_limit") return undefined;
              return left === 0 ? messages.common.seatLimitReached : t.tooManyForSeats(left);
            }}
          />
        </>
      )}
    </>
  );
}

/**
 * R30, for a stored invitation whose email failed: `failed` until resent, `failed_again` when a
 * resend failed too, `resent` once a resend got it out.
 */
type EmailState = "failed" | "failed_again" | "resent";

/** Props of {@link ResultItem}. */
interface ResultItemProps {
  result: InviteResult;
  /** R30: set when the invitation was stored but its email was not sent. */
  email: EmailState | undefined;
  /** A resend of this invitation is under way. */
  busy: boolean;
  /** Why this invitation's last resend failed. */
  error: unknown;
  onResend(): void;
}

/**
 * One address's outcome (R11). An invitation stored without its email says so, with Resend (R30);
 * Resend's own answer says whether the email went out this time.
 */
function ResultItem({ result, email, busy, error, onResend }: ResultItemProps) {
  const t = useI18n().messages.invite;
  const emailId = useId();
  const outcomeId = useId();
  const unsent = email === "failed" || email === "failed_again";
  const outcome = {
    failed: t.notEmailed,
    failed_again: t.stillNotEmailed,
    resent: t.emailed,
    none: result.outcome === "refused" ? t.refusedBecause(result.message) : t.outcome[result.outcome],
  };
  return (
    <li data-slot="invite-result" data-state={unsent ? "not_emailed" : result.outcome}>
      <span id={emailId}>
        <PersonName>{result.email}</PersonName>
      </span>
      <span data-slot="invite-outcome" id={outcomeId}>
        {outcome[email ?? "none"]}
      </span>
      {unsent && (
        <Button
          variant="ghost"
          aria-describedby={`${emailId} ${outcomeId}`}
          aria-busy={busy || undefined}
          aria-disabled={busy || undefined}
          onClick={() => busy || onResend()}
        >
          {busy ? t.resending : t.resend}
        </Button>
      )}
      {error != null && <ErrorMessage error={error} />}
    </li>
  );
}

/** Props of the ready-made {@link InviteDialog}: the root's open state, plus a class for the body. */
export interface InviteDialogProps extends Omit<InviteDialogRootProps, "children">, InviteDialogContentProps {}

/**
 * R1, R11, R23: the "Invite" button and its dialog. Compose your own from the parts:
 *
 * @example
 * ```tsx
 * <InviteDialog />
 * <InviteDialog.Root open={open} onOpenChange={setOpen}>
 *   <InviteDialog.Trigger>Add people</InviteDialog.Trigger>
 *   <InviteDialog.Content />
 * </InviteDialog.Root>
 * ```
 */
export const InviteDialog = /* @__PURE__ */ Object.assign(
  function InviteDialog({ className, ...root }: InviteDialogProps) {
    return (
      <Root {...root}>
        <Trigger />
        <Content className={className} />
      </Root>
    );
  },
  {
    /**
     * Holds the dialog's open state and keeps the dialog open while sending; put a `Trigger` and a
     * `Content` inside.
     */
    Root,
    Trigger,
    Content,
  },
);
