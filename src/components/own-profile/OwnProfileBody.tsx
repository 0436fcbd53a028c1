import { usePermissions } from "../../hooks/usePermissions";
import { useSession } from "../../hooks/useSession";
import { useUser } from "../../hooks/useUser";
import { UserForm } from "../edit-user/UserForm";
import { useI18n } from "../i18n/I18nContext";
import { ListState } from "../ui/ListState";
import { roleLabel } from "../ui/roleLabels";
import { useRetryAll } from "../ui/useRetryAll";

/** OwnProfile's role and form (R8), in the chunk that loads on first use. */
export function OwnProfileBody() {
  const { messages } = useI18n();
  const session = useSession();
  const user = useUser(session.data?.viewer.id);
  const { roles } = usePermissions();
  return (
    <>
      {user.data && (
        <dl data-slot="own-profile-role">
          <dt>{messages.common.role}</dt>
          <dd>{roleLabel(roles, user.data.roleId, messages)}</dd>
        </dl>
      )}
      <ListState
        error={session.error ?? user.error}
        errorTitle={messages.editUser.loadFailed}
        onRetry={useRetryAll()}
        loading={!user.data}
      >
        {user.data && <UserForm key={user.data.id} user={user.data} withRole={false} profileLegend="hidden" />}
      </ListState>
    </>
  );
}
