import type { InputHTMLAttributes } from "react";
import type { UserChanges } from "../../adapter/contract";
import { MAX_NAME_LENGTH, validateProfile } from "../../core/email";
import { findRole } from "../../core/roles";
import type { User } from "../../core/types";
import { useChangePassword } from "../../hooks/useChangePassword";
import { usePermissions } from "../../hooks/usePermissions";
import { useUpdateUser } from "../../hooks/useUpdateUser";
import { useI18n } from "../i18n/I18nContext";
import { denialMessage } from "../ui/describeError";
import { Field } from "../ui/Field";
import { ListState } from "../ui/ListState";
import { displayName, isolate } from "../ui/PersonName";
import { RoleFields } from "../ui/RoleFields";
import { permissionLabel, roleLabel } from "../ui/roleLabels";
import { visuallyHidden } from "../ui/visuallyHidden";
import { EditForm } from "./EditForm";
import { type FieldErrorTexts, same, useEditForm } from "./useEditForm";

/** A part of a user with a dialog of its own: the users table's row menu opens each. */
export type EditUserSection = "profile" | "role" | "permissions" | "password";

/** Props of {@link UserForm}. */
export interface UserFormProps {
  user: User;
  /**
   * The one part shown, in a dialog titled after it; its first control gets focus. Left out: the
   * profile, role and password in one form, as on a page.
   */
  section?: EditUserSection | undefined;
  /** Role and permissions when no `section` is given; own profile leaves them out (R8). */
  withRole?: boolean;
  /**
   * "hidden": the profile fields' legend is read by screen readers only, where a heading above
   * already says it (own profile, R8). Default "visible".
   */
  profileLegend?: "visible" | "hidden";
  onSaved?: (user: User) => void;
  /** Adds the dialog's Cancel before Save. */
  cancel?: boolean;
  className?: string | undefined;
  /** Set while a save runs, for the dialog around the form (see {@link useEditForm}). */
  running?: { current: boolean } | undefined;
}

/** What the person typed. */
type FormValues = User & { newPassword: string; actorPassword: string };
/** The parts of a user the form edits. */
const EDITED = ["firstName", "lastName", "email", "roleId", "permissions"] as const;
type TextField = "firstName" | "lastName" | "email" | "newPassword" | "actorPassword";

const PROFILE = [
  ["firstName", "given-name"],
  ["lastName", "family-name"],
  ["email", "email"],
] as const;

/**
 * Profile, role, custom permissions and password of one user: one `section` of them (a dialog's),
 * or several (a page's). Each part is enabled only when `can()` allows it (R9, R16, R19, R27: only
 * roles and grants the viewer may give are offered), and a denied role change says why inline.
 * Profile, role and grants are saved with the version the edit started from, then the password
 * with the actor's own (R17).
 */
export function UserForm({
  user,
  section,
  withRole = true,
  profileLegend = "visible",
  onSaved,
  cancel,
  className,
  running,
}: UserFormProps) {
  const { messages, format } = useI18n();
  const m = messages.editUser;
  const { can, roles, permissions, capabilities, viewer, isPending, error } = usePermissions();
  const update = useUpdateUser();
  const changePassword = useChangePassword();

  /** The core's profile check, said in the catalog's words. */
  const profileErrors = (profile: UserChanges) => {
    const found: FieldErrorTexts = {};
    for (const field in validateProfile(profile)) {
      found[field] = field === "email" ? m.emailInvalid : m.nameTooLong(MAX_NAME_LENGTH);
    }
    return found;
  };
  /** Only what differs from the record the edit started from, so nobody else's change is overwritten (R25). */
  const changesOf = (values: FormValues, base: User) => {
    const changes: Record<string, unknown> = {};
    for (const field of EDITED) if (!same(values[field], base[field])) changes[field] = values[field];
    // Grants belong to a custom role only; a new custom role gets what is ticked.
    if (findRole(roles, values.roleId)?.kind !== "custom") delete changes.permissions;
    else if (changes.roleId) changes.permissions = values.permissions;
    return changes as UserChanges;
  };
  /** R9: why the chosen role cannot be given, if it cannot. */
  const refusal = (base: User, { roleId, permissions }: Pick<User, "roleId" | "permissions">) =>
    roleId === base.roleId ? undefined : denialMessage(can("user.changeRole", base, { roleId, permissions }), messages);

  const form = useEditForm<User, FormValues>(
    user,
    { ...user, newPassword: "", actorPassword: "" },
    {
      conflict: m.conflict,
      running,
      validate: (values, base) => ({
        ...profileErrors(changesOf(values, base)),
        // Its own dialog has nothing else to save.
        newPassword: section === "password" && !values.newPassword ? m.newPasswordRequired : undefined,
        actorPassword: values.newPassword && !values.actorPassword ? m.actorPasswordRequired : undefined,
        roleId: refusal(base, values),
      }),
      save: async (values, base, step) => {
        const changes = changesOf(values, base);
        let saved = base;
        if (Object.keys(changes).length > 0) {
          saved = await update.mutateAsync({ id: base.id, version: base.version, changes });
          step(m.saved(isolate(displayName(saved))), saved);
        }
        const { newPassword, actorPassword } = values;
        if (newPassword) {
          await changePassword.mutateAsync({ id: base.id, newPassword, actorPassword });
          form.set({ newPassword: "", actorPassword: "" });
          step(m.passwordChanged);
        }
        onSaved?.(saved);
      },
    },
  );

  if (error || isPending) return <ListState error={error} loading />;

  const { base, values, set, errors, theirs } = form;
  /** R25: the fresh value beside a field whose typed value differs from it. */
  const now = (field: (typeof EDITED)[number]) => {
    if (!theirs || same(values[field], theirs[field])) return undefined;
    const value = theirs[field];
    const text =
      field === "roleId"
        ? roleLabel(roles, theirs.roleId, messages)
        : typeof value === "string"
          ? value
          : format.list(theirs.permissions.map((id) => permissionLabel(permissions, id, messages)));
    return m.theirValue(text || m.none);
  };
  const text = (field: TextField, props: InputHTMLAttributes<HTMLInputElement>, hint?: string) => (
    <Field key={field} label={m[field]} error={errors[field]} hint={hint}>
      <input {...props} value={values[field]} onChange={(event) => set({ [field]: event.target.value })} />
    </Field>
  );

  const permitted = can("user.updateProfile", base).allowed;
  // R16: some backends let only the person themselves change their name and email.
  const theirsOnly = permitted && base.id !== viewer?.id && !capabilities.editOtherProfiles;
  const profileAllowed = permitted && !theirsOnly;
  const passwordAllowed = capabilities.changePassword && can("user.changePassword", base).allowed;
  // R5: only a custom role has grants of its own; for another (a conflict brought one) its role shows.
  const part = section === "permissions" && findRole(roles, base.roleId)?.kind !== "custom" ? "role" : section;
  const shows = (each: EditUserSection) =>
    part ? each === part : each === "profile" || each === "password" || (withRole && each === "role");
  // A dialog's title names its one part: the legend is for screen readers only there.
  const legend = (text: string, hidden?: boolean) => (
    <legend style={part || hidden ? visuallyHidden : undefined}>{text}</legend>
  );

  return (
    <EditForm
      form={form}
      slot="user-form"
      focus={part && "input:enabled, select:enabled"}
      cancel={cancel}
      className={className}
    >
      {shows("profile") && (
        <fieldset data-slot="form-section" disabled={!profileAllowed}>
          {legend(m.profile, profileLegend === "hidden")}
          {!profileAllowed && <p data-slot="hint">{theirsOnly ? m.profileIsTheirs : m.cannotEdit}</p>}
          {PROFILE.map(([field, autoComplete]) => {
            // R2: a backend that changes a login's address only through its own confirmation.
            const fixed = field === "email" && !capabilities.changeEmail;
            return text(
              field,
              {
                type: field === "email" ? "email" : "text",
                dir: "auto",
                autoComplete,
                onBlur: () => form.check(field),
                ...(fixed ? { disabled: true } : {}),
              },
              now(field) ?? (fixed && profileAllowed ? m.emailFixed : undefined),
            );
          })}
        </fieldset>
      )}
      {(shows("role") || shows("permissions")) && (
        <RoleFields
          value={values}
          onChange={set}
          // R27: a new role is a role change; new grants with the same role are a permissions change.
          decide={(assigned) =>
            assigned.roleId === base.roleId
              ? can("user.updatePermissions", base, assigned)
              : can("user.changeRole", base, assigned)
          }
          current={base}
          hint={now("roleId")}
          error={errors.roleId ?? refusal(base, values)}
          permissionsHint={now("permissions")}
          permissionsOnly={part === "permissions"}
        />
      )}
      {shows("password") && (passwordAllowed || part) && (
        <fieldset data-slot="form-section" disabled={!passwordAllowed}>
          {legend(m.password)}
          {!passwordAllowed && <p data-slot="hint">{m.cannotEdit}</p>}
          {text("newPassword", { type: "password", autoComplete: "new-password" })}
          {text(
            "actorPassword",
            { type: "password", autoComplete: "current-password" },
            base.id === viewer?.id ? m.ownPasswordHint : m.actorPasswordHint,
          )}
        </fieldset>
      )}
    </EditForm>
  );
}
