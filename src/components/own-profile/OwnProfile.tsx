import { useId } from "react";
import { useSession } from "../../hooks/useSession";
import { useUser } from "../../hooks/useUser";
import { UserForm } from "../edit-user/UserForm";
import { useI18n } from "../i18n/I18nContext";
import { Announcer } from "../ui/Announcer";
import { ListState } from "../ui/ListState";
import { useRetryAll } from "../ui/useRetryAll";
import { useRootProps } from "../ui/useRootProps";

/** Props of {@link OwnProfile}. */
export interface OwnProfileProps {
  className?: string;
}

/**
 * R8: the signed-in person's own profile (name, email) and password change with their current
 * password, for viewers who may not manage users. No role editing; nobody else is shown.
 */
export function OwnProfile({ className }: OwnProfileProps) {
  const { messages } = useI18n();
  const titleId = useId();
  const session = useSession();
  const user = useUser(session.data?.viewer.id);
  return (
    <Announcer>
      <section {...useRootProps()} data-slot="own-profile" className={className} aria-labelledby={titleId}>
        <h2 id={titleId} data-slot="own-profile-title">
          {messages.editUser.profileTitle}
        </h2>
        <ListState
          error={session.error ?? user.error}
          errorTitle={messages.editUser.loadFailed}
          onRetry={useRetryAll()}
          loading={!user.data}
        >
          {user.data && <UserForm key={user.data.id} user={user.data} withRole={false} />}
        </ListState>
      </section>
    </Announcer>
  );
}
