import type { InvitationStatus, UserStatus } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";

/** R10: a user's or invitation's status as a labelled badge; `data-state` carries the status. */
export function StatusBadge({ status }: { status: UserStatus | InvitationStatus }) {
  const { messages } = useI18n();
  const label =
    status === "pending" || status === "expired"
      ? messages.common.invitationStatus[status]
      : messages.common.status[status];
  return (
    <span data-slot="status-badge" data-state={status}>
      {label}
    </span>
  );
}
