import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { DialogShell } from "../ui/DialogShell";
import { denialMessage } from "../ui/describeError";
import { InviteBody } from "./InviteBody";
import type { InviteDialogContentProps } from "./InviteDialog";
import { inviteDenial } from "./inviteDenial";

/** `InviteDialog.Content`'s dialog, in the chunk that loads when it first opens. */
export function InviteDialogContent({ className }: InviteDialogContentProps) {
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
