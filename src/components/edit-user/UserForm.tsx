import { clsx } from "clsx";
import { type ReactNode, useEffect, useRef } from "react";
import { findRole } from "../../core/roles";
import type { User } from "../../core/types";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "../ui/Button";
import { denialMessage } from "../ui/describeError";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Field } from "../ui/Field";
import { PermissionChecklist } from "../ui/PermissionChecklist";
import { RoleSelect } from "../ui/RoleSelect";
import { type FormValues, same, useUserForm } from "./useUserForm";

/** Props of {@link UserForm}. */
export interface UserFormProps {
  user: User;
  /** The part that gets focus once the form shows; none when left out (e.g. inline on a page). */
  section?: "profile" | "role" | "password" | undefined;
  /** Role and permissions; own profile leaves them out (R8). */
  withRole?: boolean;
  onSaved?: (user: User) => void;
  /** Extra buttons before Save, e.g. the dialog's Cancel. */
  actions?: ReactNode;
  className?: string | undefined;
}

const FIRST_CONTROL = { profile: "input:enabled", role: "select:enabled", password: 'input[type="password"]' };

const PROFILE = [
  ["firstName", "given-name"],
  ["lastName", "family-name"],
  ["email", "email"],
] as const;

/**
 * Profile, role, custom permissions and password of one user. Each part is enabled only when
 * `can()` allows it (R9, R16, R19), and a denied role change says why inline.
 */
export function UserForm({ user, section, withRole = true, onSaved, actions, className }: UserFormProps) {
  const { messages, format } = useI18n();
  const m = messages.editUser;
  const { can, roles, permissions, capabilities, viewer, isPending, error } = usePermissions();
  const form = useUserForm(user, roles, onSaved);
  const { base, values, set, errors, theirs } = form;
  const ref = useRef<HTMLFormElement>(null);

  const ready = !isPending && !error;
  useEffect(() => {
    const find = (selector: string) => ref.current?.querySelector<HTMLElement>(selector);
    // A locked part (e.g. the last owner's role) cannot take focus: the first editable control does.
    if (ready && section) (find(FIRST_CONTROL[section]) ?? find("input:enabled"))?.focus();
  }, [ready, section]);
  useEffect(() => {
    if (form.attempt > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form.attempt]);

  if (error) return <ErrorMessage error={error} />;
  if (isPending) return <p data-slot="loading">{messages.common.loading}</p>;

  const roleLabel = (id: string) => findRole(roles, id)?.label ?? id;
  /** R25: the fresh value beside a field whose typed value differs from it. */
  const now = (field: "firstName" | "lastName" | "email" | "roleId" | "permissions") => {
    if (!theirs || same(values[field], theirs[field])) return undefined;
    const value = theirs[field];
    const text =
      field === "roleId"
        ? roleLabel(theirs.roleId)
        : typeof value === "string"
          ? value
          : format.list(theirs.permissions.map((id) => permissions.find((p) => p.id === id)?.label ?? id));
    return m.theirValue(text || m.none);
  };

  const profileAllowed = can("user.updateProfile", base).allowed;
  // R19: when every other role is refused (the last owner), the select is locked with the reason.
  const roleDecision = can("user.changeRole", base);
  const refusals = roles
    .filter((role) => role.id !== base.roleId)
    .map((role) => can("user.changeRole", base, { roleId: role.id }))
    .filter((decision) => !decision.allowed);
  const roleLock = !roleDecision.allowed
    ? roleDecision
    : refusals.length > 0 && refusals.length === roles.length - 1
      ? refusals[0]
      : undefined;
  const chosen = values.roleId === base.roleId ? undefined : can("user.changeRole", base, { roleId: values.roleId });
  const customRole = findRole(roles, values.roleId);
  const withPassword = capabilities.changePassword && can("user.changePassword", base).allowed;
  const input = (field: keyof FormValues) => ({
    value: values[field] as string,
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });

  return (
    <form
      ref={ref}
      data-slot="user-form"
      data-state={form.pending ? "saving" : theirs ? "conflict" : "idle"}
      className={clsx(className)}
      noValidate
      onSubmit={(event) => {
        if (chosen && !chosen.allowed) event.preventDefault();
        else void form.submit(event);
      }}
    >
      <fieldset data-slot="form-section" disabled={!profileAllowed}>
        <legend>{m.profile}</legend>
        {!profileAllowed && <p data-slot="hint">{m.cannotEdit}</p>}
        {PROFILE.map(([field, autoComplete]) => (
          <Field key={field} label={m[field]} error={errors[field]} hint={now(field)}>
            <input
              {...input(field)}
              type={field === "email" ? "email" : "text"}
              dir="auto"
              autoComplete={autoComplete}
              onBlur={() => form.check(field)}
            />
          </Field>
        ))}
      </fieldset>
      {withRole && (
        <>
          <Field
            label={m.role}
            hint={[roleLock && denialMessage(roleLock, messages), now("roleId")].filter(Boolean).join(" ") || undefined}
            error={errors.roleId ?? (chosen && denialMessage(chosen, messages))}
          >
            <RoleSelect
              roles={roles}
              value={values.roleId}
              onChange={(roleId) => set("roleId", roleId)}
              disabled={roleLock !== undefined}
            />
          </Field>
          {customRole?.kind === "custom" && (
            <PermissionChecklist
              legend={m.permissions}
              hint={now("permissions")}
              role={customRole}
              catalog={permissions}
              value={values.permissions}
              onChange={(granted) => set("permissions", granted)}
              disabled={!can("user.updatePermissions", base).allowed}
            />
          )}
        </>
      )}
      {withPassword && (
        <fieldset data-slot="form-section">
          <legend>{m.password}</legend>
          <Field label={m.newPassword} error={errors.newPassword}>
            <input {...input("newPassword")} type="password" autoComplete="new-password" />
          </Field>
          <Field
            label={m.actorPassword}
            hint={base.id === viewer?.id ? m.ownPasswordHint : m.actorPasswordHint}
            error={errors.actorPassword}
          >
            <input {...input("actorPassword")} type="password" autoComplete="current-password" />
          </Field>
        </fieldset>
      )}
      {form.failure && (
        <p data-slot="error" role="alert">
          {form.failure}
        </p>
      )}
      {form.notice && <p data-slot="form-success">{form.notice}</p>}
      <div data-slot="dialog-actions">
        {actions}
        <Button type="submit" variant="primary" aria-disabled={form.pending || undefined} aria-busy={form.pending}>
          {form.pending ? messages.common.saving : messages.common.save}
        </Button>
      </div>
    </form>
  );
}
