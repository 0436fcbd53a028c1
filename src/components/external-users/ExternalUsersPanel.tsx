import { useExternalUsers } from "../../hooks/useExternalUsers";
import { usePermissions } from "../../hooks/usePermissions";
import { Announcer } from "../ui/Announcer";
import { lazyPart } from "../ui/lazyPart";

/** The section: its code loads once the backend says it has external users, in a chunk of its own. */
const Section = /* @__PURE__ */ lazyPart(() => import("../lazyParts").then((module) => module.ExternalUsersSection));

/** Props of {@link ExternalUsersPanel}. */
export interface ExternalUsersPanelProps {
  /** External users per page. Default 50. */
  pageSize?: number;
  className?: string;
}

/**
 * R21, R22: people from other accounts who reach this one, each with their home account and their
 * role here, in the users' table pattern; each row's "⋯" menu changes their role here or removes
 * their access (confirmed) without touching their home account, as `can()` allows, with the reason
 * when not (R9), and is busy while a request about them is pending. Renders nothing when the
 * adapter has no external users, or for a viewer who may not see them (R8).
 *
 * `data-slot`: external-users, section-title, section-description, list-scroll,
 * external-users-table (`aria-busy` while loading or refreshing), external-user-row (`data-state` =
 * status), the menu's slots (see `ActionMenu`), pager; skeleton-row (placeholder rows under the real
 * header while the first page loads, with `skeleton` bars and `loading`, the status; see
 * `ListTable`); plus empty, error. The columns keep their widths from loading to loaded (a fixed
 * table layout). Below 60rem of the panel's width each row is a block, the placeholder rows too (see
 * styles.css). The section's code loads on first use, once the backend says it has external users.
 */
export function ExternalUsersPanel(props: ExternalUsersPanelProps) {
  const { capabilities, isPending, error, can } = usePermissions();
  const allowed = can("externalUsers.list").allowed;
  // Asked for now, while the section's code loads: the section reads the same query.
  useExternalUsers({ enabled: !!capabilities.externalUsers && allowed, pageSize: props.pageSize });
  // Nothing until the backend has said whether it has external users: a section must not flash and go.
  if (!capabilities.externalUsers || (!isPending && !error && !allowed)) return null;
  return (
    <Announcer>
      <Section {...props} />
    </Announcer>
  );
}
