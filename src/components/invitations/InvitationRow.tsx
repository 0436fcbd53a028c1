import type { Invitation } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { ActionMenu, type MenuAction } from "../ui/ActionMenu";
import { PersonName } from "../ui/PersonName";
import { RelativeTime } from "../ui/RelativeTime";
import { StatusBadge } from "../ui/StatusBadge";

/** Props of {@link InvitationRow}. */
export interface InvitationRowProps {
  invitation: Invitation;
  roleLabel: string;
  actions: readonly MenuAction[];
  now?: Date | undefined;
  /** Something to say about this invitation, e.g. that its email was not sent (R30). */
  notice?: string | undefined;
}

/**
 * R12: one invitation, as a row of the same table pattern as the users': the address (the row
 * header), name, role, when it expires or that it expired (and a notice, e.g. that its email was
 * not sent, R30), when it was sent and by whom, then the "⋯" menu, which says why a denied action
 * is not allowed (R9) and is busy while a request about the invitation is pending: a second Resend
 * sends no second email. Sent and invited-by carry their column's name in `data-label` for the
 * narrow layout.
 */
export function InvitationRow({ invitation, roleLabel, actions, now, notice }: InvitationRowProps) {
  const { messages, format } = useI18n();
  const t = messages.invitations;
  const { email, expiresAt, invitedBy } = invitation;
  const name = `${invitation.firstName} ${invitation.lastName}`.trim();
  return (
    <tr data-slot="invitation" data-state={invitation.status}>
      <th scope="row" data-column="email">
        <PersonName>{email}</PersonName>
      </th>
      <td data-column="name">{name && <PersonName>{name}</PersonName>}</td>
      <td data-column="role">{roleLabel}</td>
      <td data-column="status">
        {invitation.status === "expired" ? (
          <StatusBadge status="expired" />
        ) : (
          <time data-slot="invitation-expiry" dateTime={expiresAt} title={format.dateTime(expiresAt)}>
            {t.expiresIn(format.relativeTime(expiresAt, now))}
          </time>
        )}
        {notice && <p data-slot="invitation-notice">{notice}</p>}
      </td>
      <td data-column="sentAt" data-label={t.columns.sentAt}>
        <RelativeTime value={invitation.sentAt} now={now} />
      </td>
      <td data-column="invitedBy" data-label={invitedBy && t.columns.invitedBy}>
        {invitedBy && <PersonName>{invitedBy.name}</PersonName>}
      </td>
      <td data-column="actions">
        <ActionMenu label={messages.userTable.rowActions(email)} actions={actions} busyFor={invitation.id} />
      </td>
    </tr>
  );
}
