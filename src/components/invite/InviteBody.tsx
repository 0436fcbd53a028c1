import * as Dialog from "@radix-ui/react-dialog";
import { useId, useRef, useState } from "react";
import type { InviteResult } from "../../adapter/contract";
import type { Invitation } from "../../core/types";
import { useInviteUsers } from "../../hooks/useInviteUsers";
import { usePermissions } from "../../hooks/usePermissions";
import { useResendInvitation } from "../../hooks/useResendInvitation";
import { useI18n } from "../i18n/I18nContext";
import { useFeedback } from "../ui/Announcer";
import { Button } from "../ui/Button";
import { ErrorMessage } from "../ui/ErrorMessage";
import { notEmailed } from "../ui/emailSent";
import { PersonName } from "../ui/PersonName";
import { EMPTY_DRAFT, InviteForm } from "./InviteForm";
import { useKeepOpenWhile } from "./inviteDialogState";

/**
 * The invite dialog's body: the form, then one result per address (R11); mounted while the dialog
 * is open.
 */
export function InviteBody() {
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
            // A failure shows through `invite.error`, and rejects so that the form can send again.
            send={(request) =>
              keepOpenWhile(() => invite.mutateAsync(request)).then(({ results }) => {
                // All sent and emailed: said like every other action's success, and with toasts
                // the dialog closes; otherwise the results stay, address by address (R11, R30).
                if (results.some((result) => result.outcome !== "sent" || result.emailSent === false)) return;
                feedback.success(t.invitationsSent(results.length), { action: "invitation.create" });
                if (feedback.toasts) close?.();
              })
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
