import { clsx } from "clsx";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { ExternalUser } from "../../core/types";
import { useExternalUsers } from "../../hooks/useExternalUsers";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Announcer, useAnnounce } from "../ui/Announcer";
import { Button } from "../ui/Button";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { ErrorMessage } from "../ui/ErrorMessage";
import { displayName, PersonName } from "../ui/PersonName";
import { useRootProps } from "../ui/useRootProps";
import { EditExternalUserDialog } from "./EditExternalUserDialog";
import { GuardedButton } from "./GuardedButton";

/** Props of {@link ExternalUsersPanel}. */
export interface ExternalUsersPanelProps {
  /** External users per page. Default 50. */
  pageSize?: number;
  className?: string;
}

type OpenDialog = { kind: "edit" | "remove"; externalUser: ExternalUser } | null;

/**
 * R21, R22: people from other accounts who reach this one, each with their home account and their
 * role here; their role can be changed and their access removed (confirmed) without touching their
 * home account. Renders nothing when the adapter has no external users, or for a viewer who may
 * not see them (R8).
 */
export function ExternalUsersPanel(props: ExternalUsersPanelProps) {
  const { capabilities, isPending, error, can } = usePermissions();
  if (!capabilities.externalUsers || (!isPending && !error && !can("externalUsers.list").allowed)) return null;
  return (
    <Announcer>
      <Panel {...props} />
    </Announcer>
  );
}

function Panel({ pageSize, className }: ExternalUsersPanelProps) {
  const rootProps = useRootProps();
  const { messages } = useI18n();
  const m = messages.externalUsers;
  const { can, roles, error: permissionError } = usePermissions();
  const allowed = can("externalUsers.list").allowed;
  const list = useExternalUsers({ enabled: allowed, ...(pageSize ? { pageSize } : {}) });
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  // Dialogs opened from a row have no Radix trigger: give focus back to the row's button, or to
  // the heading when that row is gone (access removed).
  useEffect(() => {
    if (dialog || !returnFocus.current) return;
    (returnFocus.current.isConnected ? returnFocus.current : headingRef.current)?.focus();
    returnFocus.current = null;
  }, [dialog]);

  const open = (kind: "edit" | "remove", externalUser: ExternalUser) => (button: HTMLElement) => {
    returnFocus.current = button;
    setDialog({ kind, externalUser });
  };
  const close = (isOpen: boolean) => {
    if (!isOpen) setDialog(null);
  };
  const error = list.error ?? permissionError;
  const target = dialog?.externalUser;
  const name = target ? displayName(target) : "";

  let body: ReactNode;
  if (error) {
    body = (
      <ErrorMessage error={error} title={m.loadError} onRetry={list.error ? () => void list.refetch() : undefined} />
    );
  } else if (list.isPending) {
    body = <p data-slot="loading">{messages.common.loading}</p>;
  } else if (list.externalUsers.length === 0) {
    body = <p data-slot="empty">{m.empty}</p>;
  } else {
    body = (
      <table data-slot="external-users-table" aria-labelledby={headingId} aria-busy={list.isFetching || undefined}>
        <thead>
          <tr>
            <th scope="col">{m.columns.name}</th>
            <th scope="col">{m.columns.email}</th>
            <th scope="col">{m.columns.homeAccount}</th>
            <th scope="col">{m.columns.role}</th>
            <th scope="col">{m.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {list.externalUsers.map((externalUser) => (
            <tr key={externalUser.id} data-slot="external-user-row" data-state={externalUser.status}>
              <th scope="row" data-label={m.columns.name}>
                <PersonName>{displayName(externalUser)}</PersonName>
              </th>
              <td data-label={m.columns.email}>
                <PersonName>{externalUser.email}</PersonName>
              </td>
              <td data-label={m.columns.homeAccount}>
                <PersonName>{externalUser.homeAccount.name}</PersonName>
              </td>
              <td data-label={m.columns.role}>
                {roles.find((role) => role.id === externalUser.roleId)?.label ?? externalUser.roleId}
              </td>
              <td data-slot="row-actions">
                <GuardedButton
                  decision={can("externalUser.update", externalUser)}
                  onAllowed={open("edit", externalUser)}
                >
                  {m.edit}
                </GuardedButton>
                <GuardedButton
                  variant="ghost"
                  decision={can("externalUser.remove", externalUser)}
                  onAllowed={open("remove", externalUser)}
                >
                  {m.remove}
                </GuardedButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <section {...rootProps} data-slot="external-users" aria-labelledby={headingId} className={clsx(className)}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} data-slot="section-title">
        {m.title}
      </h2>
      <p data-slot="section-description">{m.description}</p>
      {body}
      {list.pageCount > 1 && (
        <nav data-slot="external-users-pagination" aria-label={m.title}>
          <Button disabled={list.page <= 1} onClick={() => list.setPage(list.page - 1)}>
            {m.previousPage}
          </Button>
          <span>{m.pageStatus(list.page, list.pageCount)}</span>
          <Button disabled={list.page >= list.pageCount} onClick={() => list.setPage(list.page + 1)}>
            {m.nextPage}
          </Button>
        </nav>
      )}
      <EditExternalUserDialog
        externalUser={dialog?.kind === "edit" ? dialog.externalUser : null}
        onOpenChange={close}
      />
      {dialog?.kind === "remove" && target && (
        <ConfirmDialog
          open
          onOpenChange={close}
          title={messages.confirm.removeExternalTitle(name)}
          body={messages.confirm.removeExternalBody(name, target.homeAccount.name)}
          confirmLabel={messages.confirm.removeExternalAction}
          onConfirm={async () => {
            await list.removeExternalUser.mutateAsync({ id: target.id });
            announce(m.removed(name));
          }}
        />
      )}
    </section>
  );
}
