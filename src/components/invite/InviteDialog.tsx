import * as Dialog from "@radix-ui/react-dialog";
import { forwardRef, type ReactNode, useId, useState } from "react";
import type { InviteResult } from "../../adapter/contract";
import { useInviteUsers } from "../../hooks/useInviteUsers";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Button, type ButtonProps } from "../ui/Button";
import { DialogShell } from "../ui/DialogShell";
import { denialMessage } from "../ui/describeError";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PersonName } from "../ui/PersonName";
import { useRootProps } from "../ui/useRootProps";
import { InviteFields } from "./InviteFields";
import { emptyDraft } from "./inviteDraft";
import { useInviteForm } from "./useInviteForm";

/** Props of `InviteDialog.Root`: open state, controlled (`open` + `onOpenChange`) or not (`defaultOpen`). */
export interface InviteDialogRootProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?(open: boolean): void;
  children?: ReactNode;
}

/** Holds the dialog's open state; put a `Trigger` and a `Content` inside. */
function Root(props: InviteDialogRootProps) {
  return <Dialog.Root {...props} />;
}

/**
 * The "Invite" button. Disabled, with the reason shown beside it, when the viewer may not invite
 * (R9); plan (R23) and seat (R1) limits open the dialog, which explains them. Your `onClick` runs
 * first; `preventDefault()` keeps the dialog closed.
 */
const Trigger = /* @__PURE__ */ forwardRef<HTMLButtonElement, ButtonProps>(function Trigger(
  { children, onClick, ...props },
  ref,
) {
  const { messages } = useI18n();
  const { can, isPending } = usePermissions();
  const reasonId = useId();
  const rootProps = useRootProps();
  const decision = can("invitation.create");
  const reason =
    isPending || decision.allowed || decision.reason === "plan_required" || decision.reason === "seat_limit"
      ? undefined
      : denialMessage(decision, messages);
  const denied = isPending || reason !== undefined;
  return (
    <span data-slot="invite-trigger" {...rootProps}>
      <Dialog.Trigger asChild>
        <Button
          ref={ref}
          variant="primary"
          aria-disabled={denied || undefined}
          aria-describedby={reason ? reasonId : undefined}
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
 * The dialog: addresses (a pasted list works), optional names for one address, role, and grants
 * for a custom role; addresses are checked before sending; then one result per address (R11).
 * Seats used and left show when the plan has a limit, and sending past it is blocked (R1); a plan
 * without multi-user access gets an explanation instead of the form (R23). A failure is shown and
 * the form keeps what was typed (R24). The form starts afresh each time the dialog opens.
 *
 * `data-slot`: invite-body, invite-form, invite-seats, invite-seat-limit, invite-blocked,
 * invite-results, invite-result (`data-state` = its outcome), invite-summary.
 */
function Content({ className }: InviteDialogContentProps) {
  const { messages } = useI18n();
  const t = messages.invite;
  const { can, account, isPending } = usePermissions();
  // Seats depend on how many are invited: the form decides those; here only who may invite at all.
  const decision = can("invitation.create");
  const blocked =
    isPending || decision.allowed || decision.reason === "seat_limit"
      ? undefined
      : decision.reason === "plan_required"
        ? t.planRequired(account?.plan.name ?? "")
        : denialMessage(decision, messages);
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
          <InviteForm />
        )}
      </div>
    </DialogShell>
  );
}

/** The form, then the results; mounted while the dialog is open. */
function InviteForm() {
  const { messages } = useI18n();
  const t = messages.invite;
  const { can, account } = usePermissions();
  const inviteUsers = useInviteUsers();
  const seatId = useId();
  const [results, setResults] = useState<InviteResult[] | null>(null);
  const form = useInviteForm(emptyDraft(), async (request) =>
    setResults((await inviteUsers.mutateAsync(request)).results),
  );
  const count = Math.max(1, form.emails.length);
  const decision = can("invitation.create", undefined, { inviteCount: count });
  const limit = account?.plan.seatLimit ?? null;
  const used = account?.seatsUsed ?? 0;
  const left = Math.max(0, (limit ?? 0) - used);
  const seatText =
    !decision.allowed && decision.reason === "seat_limit"
      ? left === 0
        ? t.seatLimitReached
        : t.tooManyForSeats(left)
      : undefined;

  return (
    <>
      {/* Always present while open, so the summary is announced when the results replace the form. */}
      <p data-slot="invite-summary" role="status">
        {results && t.sentSummary(results.filter((result) => result.outcome === "sent").length, results.length)}
      </p>
      {results ? (
        <>
          <ul data-slot="invite-results" aria-label={t.results}>
            {results.map((result, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same address may come back twice
              <li key={index} data-slot="invite-result" data-state={result.outcome}>
                <PersonName>{result.email}</PersonName>
                <span data-slot="invite-outcome">{t.outcome[result.outcome]}</span>
              </li>
            ))}
          </ul>
          <div data-slot="dialog-actions">
            <Button
              onClick={() => {
                setResults(null);
                form.reset({ ...emptyDraft(form.value.roleId), permissions: form.value.permissions });
              }}
            >
              {t.inviteMore}
            </Button>
            <Dialog.Close asChild>
              <Button variant="primary" autoFocus>
                {t.done}
              </Button>
            </Dialog.Close>
          </div>
        </>
      ) : (
        <form data-slot="invite-form" noValidate onSubmit={form.onSubmit}>
          {limit !== null && (
            <p data-slot="invite-seats">
              {t.seats(used, limit)} · {t.seatsLeft(left)}
            </p>
          )}
          <InviteFields {...form.fields} />
          {seatText && (
            <p data-slot="invite-seat-limit" id={seatId}>
              {seatText}
            </p>
          )}
          {form.error !== null && <ErrorMessage error={form.error} />}
          <div data-slot="dialog-actions">
            <Dialog.Close asChild>
              <Button>{messages.common.cancel}</Button>
            </Dialog.Close>
            {/* Disabled, so Enter cannot send either; the adapter refuses past the limit too (R1). */}
            <Button
              type="submit"
              variant="primary"
              disabled={seatText !== undefined}
              aria-describedby={seatText ? seatId : undefined}
              aria-busy={form.pending || undefined}
            >
              {form.pending ? t.sending : t.submit(count)}
            </Button>
          </div>
        </form>
      )}
    </>
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
  { Root, Trigger, Content },
);
