import type { InvitationStatus, UserStatus } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";

/** R10: a user's or invitation's status as a labelled badge; `data-state` carries the status. */
export function StatusBadge({ status }: { status: UserStatus | InvitationStatus }) {
  const { common } = useI18n().messages;
  return (
    <span data-slot="status-badge" data-state={status}>
      {{ ...common.status, ...common.invitationStatus }[status]}
    </span>
  );
}
