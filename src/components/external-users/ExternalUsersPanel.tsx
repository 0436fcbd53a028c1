import { useId, useRef } from "react";
import type { ExternalUser } from "../../core/types";
import { useExternalUsers } from "../../hooks/useExternalUsers";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Announcer, useFeedback } from "../ui/Announcer";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { GuardedButton } from "../ui/GuardedButton";
import { ListState } from "../ui/ListState";
import { Pager } from "../ui/Pager";
import { displayName, PersonName } from "../ui/PersonName";
import { roleLabel } from "../ui/RoleFields";
import { useDialogState } from "../ui/useDialogState";
import { useRootProps } from "../ui/useRootProps";
import { EditExternalUserDialog } from "./EditExternalUserDialog";

/** Props of {@link ExternalUsersPanel}. */
export interface ExternalUsersPanelProps {
  /** External users per page. Default 50. */
  pageSize?: number;
  className?: string;
}

/**
 * R21, R22: people from other accounts who reach this one, each with their home account and their
 * role here; their role can be changed and their access removed (confirmed) without touching their
 * home account. Renders nothing when the adapter has no external users, or for a viewer who may
 * not see them (R8).
 */
export function ExternalUsersPanel(props: ExternalUsersPanelProps) {
  const { capabilities, isPending, error, can } = usePermissions();
  // Nothing until the backend has said whether it has external users: a section must not flash and go.
  if (!capabilities.externalUsers || (!isPending && !error && !can("externalUsers.list").allowed)) return null;
  return (
    <Announcer>
      <Panel {...props} />
    </Announcer>
  );
}

function Panel({ pageSize, className }: ExternalUsersPanelProps) {
  const { messages } = useI18n();
  const m = messages.externalUsers;
  const columns = m.columns;
  const { can, roles, error } = usePermissions();
  const list = useExternalUsers({ enabled: can("externalUsers.list").allowed, pageSize });
  const feedback = useFeedback();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Row buttons are no dialog triggers: focus goes back to the row's button, or to the heading
  // when that row is gone (access removed).
  const dialog = useDialogState<{ kind: "edit" | "remove"; externalUser: ExternalUser }>(headingRef);
  const target = dialog.value?.externalUser;
  const name = target ? displayName(target) : "";

  return (
    <section {...useRootProps()} data-slot="external-users" aria-labelledby={headingId} className={className}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} data-slot="section-title">
        {m.title}
      </h2>
      <p data-slot="section-description">{m.description}</p>
      <ListState
        error={list.error ?? error}
        errorTitle={m.loadError}
        onRetry={list.error ? list.refetch : undefined}
        loading={list.isPending}
        empty={list.externalUsers.length === 0 && m.empty}
      >
        <table data-slot="external-users-table" aria-labelledby={headingId} aria-busy={list.isFetching || undefined}>
          <thead>
            <tr>
              {[columns.name, columns.email, columns.homeAccount, columns.role, columns.actions].map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.externalUsers.map((externalUser) => (
              <tr key={externalUser.id} data-slot="external-user-row" data-state={externalUser.status}>
                <th scope="row" data-label={columns.name}>
                  <PersonName>{displayName(externalUser)}</PersonName>
                </th>
                <td data-label={columns.email}>
                  <PersonName>{externalUser.email}</PersonName>
                </td>
                <td data-label={columns.homeAccount}>
                  <PersonName>{externalUser.homeAccount.name}</PersonName>
                </td>
                <td data-label={columns.role}>{roleLabel(roles, externalUser.roleId, messages)}</td>
                <td data-slot="row-actions">
                  <GuardedButton
                    decision={can("externalUser.update", externalUser)}
                    onAllowed={(button) => dialog.open({ kind: "edit", externalUser }, button)}
                  >
                    {m.edit}
                  </GuardedButton>
                  <GuardedButton
                    variant="ghost"
                    decision={can("externalUser.remove", externalUser)}
                    onAllowed={(button) => dialog.open({ kind: "remove", externalUser }, button)}
                  >
                    {m.remove}
                  </GuardedButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ListState>
      {list.pageCount > 1 && <Pager list={list} />}
      <EditExternalUserDialog
        externalUser={dialog.value?.kind === "edit" ? dialog.value.externalUser : null}
        onOpenChange={dialog.onOpenChange}
      />
      {dialog.value?.kind === "remove" && target && (
        <ConfirmDialog
          open
          onOpenChange={dialog.onOpenChange}
          title={messages.confirm.removeExternalTitle(name)}
          body={messages.confirm.removeExternalBody(name, target.homeAccount.name)}
          confirmLabel={messages.confirm.removeExternalAction}
          onConfirm={async () => {
            await list.removeExternalUser.mutateAsync({ id: target.id });
            feedback.success(m.removed(name), { action: "externalUser.remove" });
          }}
        />
      )}
    </section>
  );
}
