import { type ReactNode, useId } from "react";
import type { Decision } from "../../core/can";
import type { Invitation } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import { GuardedButton } from "../ui/GuardedButton";
import { PersonName } from "../ui/PersonName";
import { RelativeTime } from "../ui/RelativeTime";
import { StatusBadge } from "../ui/StatusBadge";

/** One action of a row: what `can()` said, and what to do when allowed. */
export interface RowAction {
  label: string;
  decision: Decision;
  /** Why the action is denied, when the catalog's reason is not enough (R23 names the plan). */
  reason?: string | undefined;
  /**
   * Gets the button, to give focus back to it after a dialog. A returned promise (e.g. a resend)
   * keeps the button busy, pressing it doing nothing, until it settles.
   */
  onAllowed(button: HTMLButtonElement): unknown;
  /** The action is under way: the button is `aria-busy` and presses do nothing. */
  busy?: boolean | undefined;
}

/** Props of {@link InvitationRow}. */
export interface InvitationRowProps {
  invitation: Invitation;
  roleLabel: string;
  actions: readonly RowAction[];
  now?: Date | undefined;
  /** Something to say about this invitation, e.g. that its email was not sent (R30). */
  notice?: string | undefined;
}

/**
 * R12: one invitation: address (and name), when it expires or that it expired, role, when it was
 * sent and by whom, a notice (e.g. its email was not sent, R30), and its actions. A denied action
 * stays focusable and says why (R9); every action is described by the address, so "Resend" says which.
 * An action under way (a resend) is `aria-busy` and ignores presses: a double click sends one email.
 */
export function InvitationRow({ invitation, roleLabel, actions, now, notice }: InvitationRowProps) {
  const { messages, format } = useI18n();
  const t = messages.invitations;
  const emailId = useId();
  const { email, expiresAt, invitedBy } = invitation;
  const name = `${invitation.firstName} ${invitation.lastName}`.trim();
  const detail = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <li data-slot="invitation" data-state={invitation.status} aria-labelledby={emailId}>
      <div data-slot="invitation-who">
        <span id={emailId} data-slot="invitation-email">
          <PersonName>{email}</PersonName>
        </span>
        {name && <PersonName>{name}</PersonName>}
        {invitation.status === "expired" ? (
          <StatusBadge status="expired" />
        ) : (
          <time data-slot="invitation-expiry" dateTime={expiresAt} title={format.dateTime(expiresAt)}>
            {t.expiresIn(format.relativeTime(expiresAt, now))}
          </time>
        )}
      </div>
      <dl data-slot="invitation-details">
        {detail(t.columns.role, roleLabel)}
        {detail(t.columns.sentAt, <RelativeTime value={invitation.sentAt} now={now} />)}
        {invitedBy && detail(t.columns.invitedBy, <PersonName>{invitedBy.name}</PersonName>)}
      </dl>
      {notice && <p data-slot="invitation-notice">{notice}</p>}
      <div data-slot="invitation-actions">
        {actions.map(({ label, decision, reason, onAllowed, busy }) => (
          <GuardedButton
            key={label}
            variant="ghost"
            decision={decision}
            reason={reason}
            busy={busy}
            aria-describedby={emailId}
            onAllowed={onAllowed}
          >
            {label}
          </GuardedButton>
        ))}
      </div>
    </li>
  );
}
