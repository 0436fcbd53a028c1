import { useId } from "react";
import { usePermissions } from "../../hooks/usePermissions";
import { useSession } from "../../hooks/useSession";
import { useUser } from "../../hooks/useUser";
import { UserForm } from "../edit-user/UserForm";
import { useI18n } from "../i18n/I18nContext";
import { Announcer } from "../ui/Announcer";
import { ListState } from "../ui/ListState";
import { roleLabel } from "../ui/roleLabels";
import { useRetryAll } from "../ui/useRetryAll";
import { useRootProps } from "../ui/useRootProps";

/** Props of {@link OwnProfile}. */
export interface OwnProfileProps {
  className?: string;
  /** Level of the "Your profile" heading: 1 when it is the page's only heading. Default 2. */
  headingLevel?: 1 | 2;
}

/**
 * R8: the signed-in person's own profile (name, email), their role (read only, named as the role
 * model names it) and password change with their current password, for viewers who may not manage
 * users. One heading; no role editing; nobody else is shown.
 *
 * Slots: `own-profile` (root), `own-profile-title`, `own-profile-role`, then the shared
 * `user-form`.
 */
export function OwnProfile({ className, headingLevel = 2 }: OwnProfileProps) {
  const { messages } = useI18n();
  const titleId = useId();
  const session = useSession();
  const user = useUser(session.data?.viewer.id);
  const { roles } = usePermissions();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <Announcer>
      <section {...useRootProps()} data-slot="own-profile" className={className} aria-labelledby={titleId}>
        <Heading id={titleId} data-slot="own-profile-title">
          {messages.editUser.profileTitle}
        </Heading>
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
      </section>
    </Announcer>
  );
}
