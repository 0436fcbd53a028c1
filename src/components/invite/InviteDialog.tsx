import * as Dialog from "@radix-ui/react-dialog";
import { forwardRef, type ReactNode, useContext, useId, useRef, useState } from "react";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Button, type ButtonProps } from "../ui/Button";
import { denialMessage } from "../ui/describeError";
import { lazyDialog } from "../ui/lazyPart";
import { useRootProps } from "../ui/useRootProps";
import { inviteDenial } from "./inviteDenial";
import { InviteOpenContext, SendingContext } from "./inviteDialogState";

/** The dialog: loaded when it first opens, or earlier when the trigger is about to be used. */
const ContentPart = /* @__PURE__ */ lazyDialog<InviteDialogContentProps & { open: boolean }>(
  () => import("../lazyParts").then((module) => module.InviteDialogContent),
  (props) => props.open,
);

/** Props of `InviteDialog.Root`: open state, controlled (`open` + `onOpenChange`) or not (`defaultOpen`). */
export interface InviteDialogRootProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?(open: boolean): void;
  children?: ReactNode;
}

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
      <InviteOpenContext.Provider value={open ?? uncontrolled}>
        <Dialog.Root open={open ?? uncontrolled} onOpenChange={change}>
          {children}
        </Dialog.Root>
      </InviteOpenContext.Provider>
    </SendingContext.Provider>
  );
}

/**
 * The "Invite" button. Disabled, with the reason shown beside it, when the viewer may not invite
 * (R9); plan (R23) and seat (R1) limits open the dialog, which explains them. Primary, except when
 * every seat is used (R1): then a plain button (`data-variant="secondary"`). Your `onClick` runs
 * first; `preventDefault()` keeps the dialog closed. The dialog's form loads on first use, from when
 * this button is pointed at or focused.
 */
const Trigger = /* @__PURE__ */ forwardRef<HTMLButtonElement, ButtonProps>(function Trigger(
  { children, onClick, onPointerEnter, onFocus, ...props },
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
          // About to be used: the dialog's body starts loading now, not when it opens.
          onPointerEnter={(event) => {
            onPointerEnter?.(event);
            void ContentPart.preload().catch(() => {});
          }}
          onFocus={(event) => {
            onFocus?.(event);
            void ContentPart.preload().catch(() => {});
          }}
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
 *
 * Its code loads when the dialog first opens (or earlier, when the trigger is pointed at or
 * focused), in a chunk of its own.
 */
function Content(props: InviteDialogContentProps) {
  return <ContentPart {...props} open={useContext(InviteOpenContext) ?? true} />;
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
