import { useId } from "react";
import { useSession } from "../../hooks/useSession";
import { useUser } from "../../hooks/useUser";
import { useI18n } from "../i18n/I18nContext";
import { Announcer } from "../ui/Announcer";
import { loadingText } from "../ui/ListState";
import { lazyPart } from "../ui/lazyPart";
import { useRootProps } from "../ui/useRootProps";

/** The role and the form, in the chunk that loads on first use (the form is a plain user's only). */
const Body = /* @__PURE__ */ lazyPart(
  () => import("../lazyParts").then((module) => module.OwnProfileBody),
  loadingText,
);
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
 * `user-form`. The role and the form load on first use, while the profile itself loads.
 */
export function OwnProfile({ className, headingLevel = 2 }: OwnProfileProps) {
  const { messages } = useI18n();
  const titleId = useId();
  // Asked for now, while the form's code loads: the body reads the same queries.
  useUser(useSession().data?.viewer.id);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <Announcer>
      <section {...useRootProps()} data-slot="own-profile" className={className} aria-labelledby={titleId}>
        <Heading id={titleId} data-slot="own-profile-title">
          {messages.editUser.profileTitle}
        </Heading>
        <Body />
      </section>
    </Announcer>
  );
}
