import { useId, useRef } from "react";
import type { Decision } from "../../core/can";
import type { ExternalUser } from "../../core/types";
import { useExternalUsers } from "../../hooks/useExternalUsers";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { ActionMenu } from "../ui/ActionMenu";
import { useFeedback } from "../ui/Announcer";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { denialMessage } from "../ui/describeError";
import { ListState } from "../ui/ListState";
import { ListTable } from "../ui/ListTable";
import { Pager } from "../ui/Pager";
import { displayName, PersonName } from "../ui/PersonName";
import { roleLabel } from "../ui/roleLabels";
import { useDialogState } from "../ui/useDialogState";
import { useRootProps } from "../ui/useRootProps";
import { EditExternalUserDialog } from "./EditExternalUserDialog";
import type { ExternalUsersPanelProps } from "./ExternalUsersPanel";

/** ExternalUsersPanel's section (R21, R22), in the chunk that loads on first use. */
export function ExternalUsersSection({ pageSize, className }: ExternalUsersPanelProps) {
  const { messages } = useI18n();
  const m = messages.externalUsers;
  const columns = m.columns;
  const { can, roles, error } = usePermissions();
  const list = useExternalUsers({ enabled: can("externalUsers.list").allowed, pageSize });
  const feedback = useFeedback();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus goes back to the row's menu, or to the heading when that row is gone (access removed).
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
        skeleton
        empty={list.externalUsers.length === 0 && m.empty}
      >
        <ListTable
          slot="external-users-table"
          labelledBy={headingId}
          columns={[
            ["name", columns.name],
            ["email", columns.email],
            ["homeAccount", columns.homeAccount],
            ["role", columns.role],
          ]}
          actions={columns.actions}
          loading={list.isPending}
          busy={list.isFetching}
        >
          {list.externalUsers.map((externalUser) => {
            const name = displayName(externalUser);
            const item = (kind: "edit" | "remove", decision: Decision) => ({
              id: kind,
              label: m[kind],
              disabledReason: denialMessage(decision, messages),
              opensDialog: true,
              destructive: kind === "remove",
              onSelect: (trigger: HTMLElement | null) => dialog.open({ kind, externalUser }, trigger),
            });
            return (
              <tr key={externalUser.id} data-slot="external-user-row" data-state={externalUser.status}>
                <th scope="row" data-column="name">
                  <PersonName avatar={externalUser}>{name}</PersonName>
                </th>
                <td data-column="email">
                  <PersonName>{externalUser.email}</PersonName>
                </td>
                <td data-column="homeAccount" data-label={columns.homeAccount}>
                  <PersonName>{externalUser.homeAccount.name}</PersonName>
                </td>
                <td data-column="role" data-label={columns.role}>
                  {roleLabel(roles, externalUser.roleId, messages)}
                </td>
                <td data-column="actions">
                  <ActionMenu
                    label={messages.userTable.rowActions(name)}
                    actions={[
                      item("edit", can("externalUser.update", externalUser)),
                      item("remove", can("externalUser.remove", externalUser)),
                    ]}
                    busyFor={externalUser.id}
                  />
                </td>
              </tr>
            );
          })}
        </ListTable>
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
