import { clsx } from "clsx";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { Decision } from "../../core/can";
import { findRole } from "../../core/roles";
import type { Invitation } from "../../core/types";
import { useInvitations } from "../../hooks/useInvitations";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Announcer, useAnnounce } from "../ui/Announcer";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { denialMessage } from "../ui/describeError";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useRootProps } from "../ui/useRootProps";
import { ChangeInvitationDialog } from "./ChangeInvitationDialog";
import { InvitationRow } from "./InvitationRow";

/** Props of {@link InvitationsPanel}. */
export interface InvitationsPanelProps {
  className?: string;
  /** "Now" for sent and expiry times; defaults to the current time. */
  now?: Date;
  /** Invitations per page; default 50. */
  pageSize?: number;
}

/**
 * R12–R14: pending and expired invitations, apart from users: address, role, when sent and by
 * whom, when it expires or that it expired. Resend (a new link and validity), cancel (confirmed;
 * the link stops working at once) and change (cancel and reinvite in one step), each as `can()`
 * allows, with the reason when not (R9). Results are announced, failures shown (R24).
 *
 * `data-slot`: invitations-panel, invitations-title, invitations-notice, invitation-list,
 * invitation (`data-state` pending | expired), invitations-pager; plus loading, empty, forbidden.
 */
export function InvitationsPanel({ className, ...props }: InvitationsPanelProps) {
  const titleId = useId();
  return (
    <section data-slot="invitations-panel" aria-labelledby={titleId} className={clsx(className)} {...useRootProps()}>
      <Announcer>
        <PanelContent titleId={titleId} {...props} />
      </Announcer>
    </section>
  );
}

type PendingAction = { kind: "cancel" | "change"; invitation: Invitation } | null;

function PanelContent({ titleId, now, pageSize }: Omit<InvitationsPanelProps, "className"> & { titleId: string }) {
  const { messages } = useI18n();
  const t = messages.invitations;
  const announce = useAnnounce();
  const noticeId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { can, roles, account, isPending: permissionsPending } = usePermissions();
  const listDecision = can("invitations.list");
  const list = useInvitations({ enabled: listDecision.allowed, ...(pageSize ? { pageSize } : {}) });
  const [action, setAction] = useState<PendingAction>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  // After a cancel or change its row is gone: once the dialog has closed (and Radix has tried to
  // return focus to the removed button), focus goes to the panel's title rather than the page.
  const focusTitle = useRef(false);
  useEffect(() => {
    if (action || !focusTitle.current) return;
    focusTitle.current = false;
    const timer = setTimeout(() => titleRef.current?.focus());
    return () => clearTimeout(timer);
  }, [action]);

  const days = account?.invitationValidityDays ?? 7;
  const reasons = new Map<string, string>();
  const reasonId = (decision: Decision) => {
    if (decision.allowed) return undefined;
    const text =
      decision.reason === "plan_required"
        ? messages.invite.planRequired(account?.plan.name ?? "")
        : (denialMessage(decision, messages) ?? "");
    reasons.set(decision.reason, text);
    return `${noticeId}-${decision.reason}`;
  };

  const resend = (invitation: Invitation) => {
    setActionError(null);
    list.resendInvitation.mutate(
      { id: invitation.id },
      {
        onSuccess: (resent) => announce(t.resent(resent.email, days)),
        onError: setActionError,
      },
    );
  };

  let body: ReactNode;
  if (!permissionsPending && !listDecision.allowed) {
    body = <p data-slot="invitations-forbidden">{denialMessage(listDecision, messages)}</p>;
  } else if (list.error) {
    body = <ErrorMessage error={list.error} title={t.loadError} onRetry={() => void list.refetch()} />;
  } else if (list.isPending) {
    body = (
      <p data-slot="invitations-loading" role="status">
        {messages.common.loading}
      </p>
    );
  } else if (list.invitations.length === 0) {
    body = <p data-slot="invitations-empty">{t.empty}</p>;
  } else {
    const rows = list.invitations.map((invitation) => {
      const decide = (decision: Decision) => ({ decision, reasonId: reasonId(decision) });
      return (
        <InvitationRow
          key={invitation.id}
          invitation={invitation}
          roleLabel={findRole(roles, invitation.roleId)?.label ?? invitation.roleId}
          now={now}
          actions={[
            {
              label: t.resend,
              ...decide(can("invitation.resend", invitation)),
              busy: list.resendInvitation.isPending && list.resendInvitation.variables?.id === invitation.id,
              onClick: () => resend(invitation),
            },
            {
              label: t.change,
              ...decide(can("invitation.replace", invitation)),
              onClick: () => setAction({ kind: "change", invitation }),
            },
            {
              label: t.cancel,
              ...decide(can("invitation.cancel", invitation)),
              onClick: () => setAction({ kind: "cancel", invitation }),
            },
          ]}
        />
      );
    });
    body = (
      <>
        {[...reasons].map(([reason, text]) => (
          <p key={reason} id={`${noticeId}-${reason}`} data-slot="invitations-notice">
            {text}
          </p>
        ))}
        <ul data-slot="invitation-list">{rows}</ul>
        {list.pageCount > 1 && (
          <div data-slot="invitations-pager">
            <Button disabled={list.page <= 1} onClick={() => list.setPage(list.page - 1)}>
              {t.previousPage}
            </Button>
            <span>{t.pageOf(list.page, list.pageCount)}</span>
            <Button disabled={list.page >= list.pageCount} onClick={() => list.setPage(list.page + 1)}>
              {t.nextPage}
            </Button>
          </div>
        )}
      </>
    );
  }

  const invitation = action?.invitation;
  return (
    <>
      <h2 id={titleId} ref={titleRef} tabIndex={-1} data-slot="invitations-title">
        {t.title}
      </h2>
      {actionError !== null && <ErrorMessage error={actionError} />}
      {body}
      {invitation && action.kind === "cancel" && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setAction(null)}
          title={messages.confirm.cancelInvitationTitle(invitation.email)}
          body={messages.confirm.cancelInvitationBody}
          confirmLabel={messages.confirm.cancelInvitationAction}
          onConfirm={async () => {
            await list.cancelInvitation.mutateAsync({ id: invitation.id });
            focusTitle.current = true;
            announce(t.cancelled(invitation.email));
          }}
        />
      )}
      {invitation && action.kind === "change" && (
        <ChangeInvitationDialog
          invitation={invitation}
          onOpenChange={(open) => !open && setAction(null)}
          onSubmit={async (variables) => {
            const created = await list.replaceInvitation.mutateAsync(variables);
            focusTitle.current = true;
            setAction(null);
            announce(t.changed(created.email));
          }}
        />
      )}
    </>
  );
}
