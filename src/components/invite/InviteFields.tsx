import { findRole } from "../../core/roles";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Field } from "../ui/Field";
import { PermissionChecklist } from "../ui/PermissionChecklist";
import { RoleSelect } from "../ui/RoleSelect";
import { draftEmails, type InviteDraft } from "./inviteDraft";

/** Props of {@link InviteFields}. */
export interface InviteFieldsProps {
  /** The draft, with its role already resolved (never `""`). */
  value: InviteDraft;
  onChange(value: InviteDraft): void;
  /** One address only, as when changing an invitation (R14); otherwise a list may be pasted (R11). */
  single?: boolean;
  /** Inline problem with the addresses. */
  emailsError?: string | undefined;
  onEmailsBlur?(): void;
}

/**
 * The fields of an invitation, shared by the invite dialog and the change-invitation dialog:
 * addresses, first and last name (only for one address), role, and the checklist of grants when
 * the role is custom (R5, R11).
 */
export function InviteFields({ value, onChange, single, emailsError, onEmailsBlur }: InviteFieldsProps) {
  const t = useI18n().messages.invite;
  const { roles, permissions } = usePermissions();
  const set = (patch: Partial<InviteDraft>) => onChange({ ...value, ...patch });
  const role = findRole(roles, value.roleId);
  const emailProps = {
    value: value.emails,
    onChange: (event: { target: { value: string } }) => set({ emails: event.target.value }),
    onBlur: onEmailsBlur,
    autoComplete: "off",
    spellCheck: false,
  };
  const name = (field: "firstName" | "lastName") => (
    <Field label={t[field]}>
      <input value={value[field]} onChange={(event) => set({ [field]: event.target.value })} autoComplete="off" />
    </Field>
  );
  return (
    <>
      <Field label={single ? t.email : t.emails} hint={single ? undefined : t.emailsHint} error={emailsError}>
        {single ? <input type="email" {...emailProps} /> : <textarea rows={3} {...emailProps} />}
      </Field>
      {draftEmails(value, single).length <= 1 && (
        <div data-slot="invite-names">
          {name("firstName")}
          {name("lastName")}
        </div>
      )}
      <Field label={t.role} hint={role?.description}>
        <RoleSelect roles={roles} value={value.roleId} onChange={(roleId) => set({ roleId, permissions: [] })} />
      </Field>
      {role?.kind === "custom" && (
        <PermissionChecklist
          legend={t.permissions}
          hint={t.permissionsHint}
          role={role}
          catalog={permissions}
          value={value.permissions}
          onChange={(granted) => set({ permissions: granted })}
        />
      )}
    </>
  );
}
