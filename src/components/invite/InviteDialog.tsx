import * as Dialog from "@radix-ui/react-dialog";
import { type FC, forwardRef, type ReactNode, useId, useState } from "react";
import { useInviteUsers } from "../../hooks/useInviteUsers";
import { type UsePermissionsResult, usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Button, type ButtonProps } from "../ui/Button";
import { DialogShell } from "../ui/DialogShell";
import { denialMessage } from "../ui/describeError";
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
 * Why the viewer may not invite at all (R9, R23); `undefined` when they may or while permissions
 * load. Seat limits depend on how many are invited, so the form shows those (R1).
 */
function inviteDenial({ can, isPending }: UsePermissionsResult) {
  const decision = can("invitation.create");
  return isPending || decision.allowed || decision.reason === "seat_limit" ? undefined : decision;
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
  const permissions = usePermissions();
  const reasonId = useId();
  const rootProps = useRootProps();
  const denial = inviteDenial(permissions);
  // R23: a plan without multi-user access opens the dialog, which explains it.
  const reason = denial?.reason === "plan_required" ? undefined : denial && denialMessage(denial, messages);
  const denied = permissions.isPending || !!reason;
  return (
    <span data-slot="invite-trigger" {...rootProps}>
      <Dialog.Trigger asChild>
        <Button
          ref={ref}
          variant="primary"
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
  // "Invite more" starts a new form with the role and grants just used.
  const [initial, setInitial] = useState(EMPTY_DRAFT);
  const results = invite.data?.results;
  const limit = account?.plan.seatLimit ?? null;
  const used = account?.seatsUsed ?? 0;
  const left = Math.max(0, (limit ?? 0) - used);

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
                const { roleId, permissions = [] } = invite.variables ?? EMPTY_DRAFT;
                setInitial({ ...EMPTY_DRAFT, roleId, permissions });
                invite.reset();
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
        <>
          {limit !== null && (
            <p data-slot="invite-seats">
              {t.seats(used, limit)} · {t.seatsLeft(left)}
            </p>
          )}
          <InviteForm
            initial={initial}
            send={invite.mutate}
            status={invite}
            submitLabel={t.submit}
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
      <Dialog.Root {...root}>
        <Trigger />
        <Content className={className} />
      </Dialog.Root>
    );
  },
  {
    /** Holds the dialog's open state; put a `Trigger` and a `Content` inside. */
    Root: Dialog.Root as FC<InviteDialogRootProps>,
    Trigger,
    Content,
  },
);
