import { type FormEvent, useState } from "react";
import type { UserChanges } from "../../adapter/contract";
import { MAX_NAME_LENGTH, validateProfile } from "../../core/email";
import { toUserManagementError } from "../../core/errors";
import { findRole } from "../../core/roles";
import type { RoleDefinition, User } from "../../core/types";
import { useChangePassword } from "../../hooks/useChangePassword";
import { useUpdateUser } from "../../hooks/useUpdateUser";
import { useI18n } from "../i18n/I18nContext";
import type { Messages } from "../i18n/types";
import { useAnnounce } from "../ui/Announcer";
import { errorMessage } from "../ui/describeError";
import { displayName } from "../ui/PersonName";

/** The parts of a user the form edits, compared with the record it started from. */
export const EDITED = ["firstName", "lastName", "email", "roleId", "permissions"] as const;
type Edited = (typeof EDITED)[number];

/** What the person typed. */
export type FormValues = Pick<User, "firstName" | "lastName" | "email" | "roleId"> & {
  permissions: readonly string[];
  newPassword: string;
  actorPassword: string;
};

/** Fields that show their own error; any other field error goes to the form's alert. */
const FIELD_NAMES = /* @__PURE__ */ new Set([
  "firstName",
  "lastName",
  "email",
  "roleId",
  "newPassword",
  "actorPassword",
]);

/** Compares text and permission lists alike (a list's order does not matter). */
export const same = (a: string | readonly string[], b: string | readonly string[]) =>
  (typeof a === "string" ? a : [...a].sort().join("\n")) === (typeof b === "string" ? b : [...b].sort().join("\n"));

const valuesOf = (user: User): FormValues => ({ ...user, newPassword: "", actorPassword: "" });

/** The core's profile check, said in the catalog's words. */
function profileErrors(profile: UserChanges, messages: Messages): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of Object.keys(validateProfile(profile))) {
    errors[field] = field === "email" ? messages.editUser.emailInvalid : messages.editUser.nameTooLong(MAX_NAME_LENGTH);
  }
  return errors;
}

/** Only what differs from the record the edit started from, so nobody else's change is overwritten (R25). */
function changesOf(values: FormValues, base: User, roles: readonly RoleDefinition[]): UserChanges {
  const changes: UserChanges = {};
  for (const field of ["firstName", "lastName", "email", "roleId"] as const) {
    if (values[field] !== base[field]) changes[field] = values[field];
  }
  const custom = findRole(roles, values.roleId)?.kind === "custom";
  if (custom && (changes.roleId || !same(values.permissions, base.permissions))) {
    changes.permissions = values.permissions;
  }
  return changes;
}

/** R26: a name inside a sentence, isolated so a right-to-left name cannot reorder the words around it. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

const isUser = (value: unknown): value is User =>
  typeof value === "object" && value !== null && "version" in value && "roleId" in value;

/**
 * State and saving of the user form: profile and role through `useUpdateUser` with the version the
 * edit started from, then the password through `useChangePassword` with the actor's own password
 * (R17). A conflict (R25) rebases the form on the fresh record: untouched fields take the fresh
 * values, typed ones stay, and `theirs` holds the fresh record to show beside them. A failure keeps
 * the input (R24).
 */
export function useUserForm(user: User, roles: readonly RoleDefinition[], onSaved?: (user: User) => void) {
  const { messages } = useI18n();
  const announce = useAnnounce();
  const update = useUpdateUser();
  const changePassword = useChangePassword();
  const [base, setBase] = useState(user);
  const [values, setValues] = useState(() => valuesOf(user));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Bumped on each failed attempt, so the form moves focus to the first invalid field.
  const [attempt, setAttempt] = useState(0);

  const set = <K extends keyof FormValues>(field: K, value: FormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _dropped, ...rest }) => rest);
  };

  /** Inline validation of one profile field when the person leaves it. */
  const check = (field: "firstName" | "lastName" | "email") => {
    if (values[field] === base[field]) return;
    const found = profileErrors({ [field]: values[field] }, messages)[field];
    if (found) setErrors((current) => ({ ...current, [field]: found }));
  };

  const fail = (fieldErrors: Record<string, string>, message: string | null) => {
    setErrors(fieldErrors);
    setFailure(message);
    setAttempt((count) => count + 1);
  };

  const handle = (thrown: unknown) => {
    const error = toUserManagementError(thrown);
    if (error.code === "conflict" && isUser(error.current)) {
      const fresh = error.current;
      setValues((current) => {
        const next = { ...current };
        for (const field of EDITED)
          if (same(current[field], base[field])) (next as Record<Edited, unknown>)[field] = fresh[field];
        return next;
      });
      setBase(fresh);
      setTheirs(fresh);
      return fail({}, messages.editUser.conflict);
    }
    const fields: Record<string, string> = { ...error.fieldErrors };
    if (error.code === "reauthentication_failed") fields.actorPassword = messages.common.errors.reauthentication_failed;
    const inline = Object.keys(fields).length > 0 && Object.keys(fields).every((field) => FIELD_NAMES.has(field));
    fail(fields, inline ? null : errorMessage(error, messages));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const changes = changesOf(values, base, roles);
    const found = profileErrors(changes, messages);
    if (values.newPassword && !values.actorPassword) found.actorPassword = messages.editUser.actorPasswordRequired;
    if (Object.keys(found).length > 0) return fail(found, null);
    setPending(true);
    setFailure(null);
    setNotice(null);
    const done: string[] = [];
    try {
      let saved = base;
      if (Object.keys(changes).length > 0) {
        saved = await update.mutateAsync({ id: base.id, version: base.version, changes });
        setBase(saved);
        setTheirs(null);
        done.push(messages.editUser.saved(isolate(displayName(saved))));
      }
      if (values.newPassword) {
        const { newPassword, actorPassword } = values;
        await changePassword.mutateAsync({ id: base.id, newPassword, actorPassword });
        setValues((current) => ({ ...current, newPassword: "", actorPassword: "" }));
        done.push(messages.editUser.passwordChanged);
      }
      setErrors({});
      onSaved?.(saved);
    } catch (error) {
      handle(error);
    } finally {
      setPending(false);
      // What did succeed is said even when a later step failed (R24).
      if (done.length > 0) {
        setNotice(done.join(" "));
        announce(done.join(" "));
      }
    }
  };

  return { base, values, set, check, errors, failure, theirs, notice, pending, attempt, submit };
}
