import { useId, useRef, useState } from "react";
import type { Decision } from "../../core/can";
import type { Invitation } from "../../core/types";
import { useInvitations } from "../../hooks/useInvitations";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import type { MenuAction } from "../ui/ActionMenu";
import { Announcer, useFeedback } from "../ui/Announcer";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { denialMessage } from "../ui/describeError";
import { ErrorMessage } from "../ui/ErrorMessage";
import { notEmailed, type SendAnswer, sentInvitation } from "../ui/emailSent";
import { ListState } from "../ui/ListState";
import { ListTable } from "../ui/ListTable";
import { lazyPart } from "../ui/lazyPart";
import { Pager } from "../ui/Pager";
import { roleLabel } from "../ui/roleLabels";
import { useDialogState } from "../ui/useDialogState";
import { useRootProps } from "../ui/useRootProps";
import { InvitationRow } from "./InvitationRow";

/** Rendered open, when a change starts: its code (the invite form's) loads then, in a chunk of its own. */
const ChangeInvitationDialog = /* @__PURE__ */ lazyPart(() =>
  import("../lazyParts").then((module) => module.ChangeInvitationDialog),
);

/** Props of {@link InvitationsPanel}. */
export interface InvitationsPanelProps {
  className?: string;
  /** "Now" for sent and expiry times; defaults to the current time. */
  now?: Date;
  /** Invitations per page; default 50. */
  pageSize?: number;
}

/**
 * R12–R14: pending and expired invitations, apart from users, in the users' table pattern:
 * address, name, role, when it expires or that it expired, when sent and by whom. Each row's "⋯"
 * menu offers Resend (a new link and validity), Change (cancel and reinvite in one step) and
 * Cancel invitation (confirmed; the link stops working at once), each as `can()` allows, with the
 * reason when not (R9). Results are announced and shown as toasts, a failed resend too, with Try
 * again (R24; see `Announcer`). An invitation saved by a resend or change whose email could not be
 * sent says so in its row, with Resend (R30). One request at a time: a row's menu is busy while a
 * request about it is pending, the cancel and change dialogs stay open until the answer.
 *
 * `data-slot`: invitations-panel, invitations-title, list-scroll, invitation-table (`aria-busy`
 * while loading or refreshing), invitation (`data-state` pending | expired), invitation-expiry,
 * invitation-notice, the menu's slots (see `ActionMenu`), pager; skeleton-row (placeholder rows
 * under the real header while the first page loads, with `skeleton` bars and `loading`, the status;
 * see `ListTable`); plus empty, error, invitations-forbidden. The columns keep their widths from
 * loading to loaded (a fixed table layout). Below 60rem of the panel's width each row is a block,
 * the placeholder rows too (see styles.css).
 */
export function InvitationsPanel({ className, ...props }: InvitationsPanelProps) {
  const titleId = useId();
  return (
    <section data-slot="invitations-panel" aria-labelledby={titleId} className={className} {...useRootProps()}>
      <Announcer>
        <PanelContent titleId={titleId} {...props} />
      </Announcer>
    </section>
  );
}

function PanelContent({ titleId, now, pageSize }: Omit<InvitationsPanelProps, "className"> & { titleId: string }) {
  const { messages } = useI18n();
  const t = messages.invitations;
  const feedback = useFeedback();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { can, roles, account, isPending } = usePermissions();
  const listDecision = can("invitations.list");
  const list = useInvitations({ enabled: listDecision.allowed, ...(pageSize ? { pageSize } : {}) });
  const resend = list.resendInvitation;
  // After a cancel or change the row is gone: focus then goes to the panel's title.
  const dialog = useDialogState<{ kind: "cancel" | "change"; invitation: Invitation }>(titleRef);
  const done = (message: string, action: "invitation.cancel" | "invitation.replace") => {
    dialog.onOpenChange(false);
    feedback.success(message, { action });
  };
  // R30: invitations stored by a resend or change whose email did not go out; their rows say so
  // until a resend gets the email out.
  const [unsent, setUnsent] = useState<ReadonlySet<string>>(new Set());
  const noteEmail = (answer: SendAnswer) => {
    const { id } = sentInvitation(answer);
    const failed = notEmailed(answer);
    setUnsent((ids) => {
      const next = new Set(ids);
      if (failed) next.add(id);
      else next.delete(id);
      return next;
    });
    return failed;
  };
  // A failure shows in an error toast with Try again, or through `resend.error` without toasts.
  // mutateAsync, not mutate: each resend's own answer, even when two rows resend at once.
  const resendOne = (invitation: Invitation) => {
    const action = "invitation.resend";
    void resend.mutateAsync({ id: invitation.id }).then(
      (answer) =>
        feedback.success(
          noteEmail(answer)
            ? t.notEmailed(invitation.email)
            : t.resent(invitation.email, account?.invitationValidityDays ?? 7),
          { action },
        ),
      (error: unknown) =>
        feedback.error(t.resendFailed(invitation.email), { action, error, retry: () => resendOne(invitation) }),
    );
  };
  const plan = account?.plan.name ?? "";
  const act = (id: string, label: string, decision: Decision, onSelect: MenuAction["onSelect"]): MenuAction => ({
    id,
    label,
    disabledReason: denialMessage(decision, messages, plan),
    onSelect,
    opensDialog: id !== "resend",
    destructive: id === "cancel",
  });
  const rows = list.invitations.map((invitation) => (
    <InvitationRow
      key={invitation.id}
      invitation={invitation}
      roleLabel={roleLabel(roles, invitation.roleId, messages)}
      now={now}
      notice={unsent.has(invitation.id) ? t.notEmailed(invitation.email) : undefined}
      actions={[
        act("resend", t.resend, can("invitation.resend", invitation), () => resendOne(invitation)),
        act("change", t.change, can("invitation.replace", invitation), (trigger) =>
          dialog.open({ kind: "change", invitation }, trigger),
        ),
        act("cancel", t.cancel, can("invitation.cancel", invitation), (trigger) =>
          dialog.open({ kind: "cancel", invitation }, trigger),
        ),
      ]}
    />
  ));
  const columns = messages.userTable.columns;

  const action = dialog.value;
  const invitation = action?.invitation;
  const close = dialog.onOpenChange;
  return (
    <>
      <h2 id={titleId} ref={titleRef} tabIndex={-1} data-slot="invitations-title">
        {t.title}
      </h2>
      {resend.error && !feedback.toasts && <ErrorMessage error={resend.error} />}
      {!isPending && !listDecision.allowed ? (
        <p data-slot="invitations-forbidden">{denialMessage(listDecision, messages)}</p>
      ) : (
        <ListState
          error={list.error}
          errorTitle={t.loadError}
          onRetry={list.refetch}
          loading={list.isPending}
          skeleton
          empty={rows.length === 0 && t.empty}
        >
          <ListTable
            slot="invitation-table"
            labelledBy={titleId}
            columns={[
              ["email", columns.email],
              ["name", columns.name],
              ["role", t.columns.role],
              ["status", columns.status],
              ["sentAt", t.columns.sentAt],
              ["invitedBy", t.columns.invitedBy],
            ]}
            actions={columns.actions}
            loading={list.isPending}
            busy={list.isFetching}
          >
            {rows}
          </ListTable>
          {list.pageCount > 1 && <Pager list={list} />}
        </ListState>
      )}
      {invitation && action.kind === "cancel" && (
        <ConfirmDialog
          open
          onOpenChange={close}
          title={messages.confirm.cancelInvitationTitle(invitation.email)}
          body={messages.confirm.cancelInvitationBody}
          confirmLabel={messages.confirm.cancelInvitationAction}
          onConfirm={async () => {
            await list.cancelInvitation.mutateAsync({ id: invitation.id });
            done(t.cancelled(invitation.email), "invitation.cancel");
          }}
        />
      )}
      {invitation && action.kind === "change" && (
        <ChangeInvitationDialog
          invitation={invitation}
          onOpenChange={close}
          onChanged={(answer) => {
            const { email } = sentInvitation(answer);
            done(noteEmail(answer) ? t.changedNotEmailed(email) : t.changed(email), "invitation.replace");
          }}
        />
      )}
    </>
  );
}
