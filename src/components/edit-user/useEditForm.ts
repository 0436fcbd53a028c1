import { type FormEvent, useRef, useState } from "react";
import { toUserManagementError } from "../../core/errors";
import { useI18n } from "../i18n/I18nContext";
import { useAnnounce } from "../ui/Announcer";
import { errorMessage } from "../ui/describeError";

/** Field errors by field name; a field without an error may be left out or `undefined`. */
export type FieldErrorTexts = Record<string, string | undefined>;

/** How a form saves and checks what was typed; see {@link useEditForm}. */
export interface EditFormOptions<R, V> {
  /** Errors that stop the save before anything is sent. */
  validate?(values: V, base: R): FieldErrorTexts;
  /**
   * Sends the edit based on `base` (its version, R25). Calls `step` after each part that
   * succeeded, with what to announce and the record it returned, so that part counts even when a
   * later one fails (R24).
   */
  save(values: V, base: R, step: (said: string, saved?: R) => void): Promise<unknown>;
  /** The failure text of a conflict; defaults to the catalog's. */
  conflict?: string;
  /**
   * Set while a save runs: give one to learn it outside the form (a dialog stays open until the
   * result is known). The form keeps its own otherwise.
   */
  running?: { current: boolean };
}

/** What {@link useEditForm} returns. */
export interface EditFormState<R, V> {
  /** The record the edit is based on: the one given, or the fresh one after a save or conflict. */
  base: R;
  values: V;
  /** Sets some values and drops those fields' errors. */
  set(changes: Partial<V>): void;
  errors: FieldErrorTexts;
  /** Shows `validate`'s error for one field, e.g. when the person leaves it. */
  check(field: keyof V): void;
  /** The form's alert: what failed, unless every error has its own field. */
  failure: string | undefined;
  /** What was saved, said in the form (it stays open on a page). */
  notice: string | undefined;
  /** R25: the fresh record after a conflict, to show beside what was typed. */
  theirs: R | undefined;
  pending: boolean;
  /** Bumped on each failed attempt, so the form can move focus to the first invalid field. */
  attempt: number;
  submit(event: FormEvent): Promise<void>;
}

const key = (value: unknown) => (Array.isArray(value) ? [...value].sort().join("\n") : value);

/** Compares text and permission lists alike (a list's order does not matter). */
export const same = (a: unknown, b: unknown) => key(a) === key(b);

/**
 * State and saving of a form over one record: what was typed, field errors and the form's
 * failure, keeping the input on failure (R24). A conflict (R25) rebases the form on the fresh
 * record the error carries: values the person left alone take its values, typed ones stay, and
 * `theirs` holds it to show beside them.
 */
export function useEditForm<R extends object, V extends object>(
  record: R,
  initial: V,
  { validate, save, conflict, running: given }: EditFormOptions<R, V>,
): EditFormState<R, V> {
  const { messages } = useI18n();
  // A ref, set at once: a second submit before React re-renders (a double click) finds it set.
  const own = useRef(false);
  const running = given ?? own;
  const announce = useAnnounce();
  const [base, setBase] = useState(record);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrorTexts>({});
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [theirs, setTheirs] = useState<R>();
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const fail = (fieldErrors: FieldErrorTexts, message?: string) => {
    setErrors(fieldErrors);
    setFailure(message);
    setAttempt((count) => count + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running.current) return;
    const found = validate?.(values, base) ?? {};
    if (Object.values(found).some(Boolean)) return fail(found);
    running.current = true;
    setPending(true);
    setFailure(undefined);
    setNotice(undefined);
    const done: string[] = [];
    try {
      await save(values, base, (said, saved) => {
        done.push(said);
        if (saved) {
          setBase(saved);
          setTheirs(undefined);
        }
      });
      setErrors({});
    } catch (thrown) {
      const error = toUserManagementError(thrown);
      const fresh = error.code === "conflict" ? (error.current as R | undefined) : undefined;
      if (fresh) {
        const before = base as Record<string, unknown>;
        const after = fresh as Record<string, unknown>;
        setValues((current) => {
          const next = { ...current } as Record<string, unknown>;
          for (const field in next) if (field in before && same(next[field], before[field])) next[field] = after[field];
          return next as V;
        });
        setBase(fresh);
        setTheirs(fresh);
        return fail({}, conflict ?? errorMessage(error, messages));
      }
      const said = errorMessage(error, messages);
      const fields: FieldErrorTexts = { ...error.fieldErrors };
      const shown = Object.keys(fields);
      // A refused step's field error (e.g. a wrong own password) is said in the catalog's words.
      if (error.code !== "validation") for (const field of shown) fields[field] = said;
      const inline = shown.length > 0 && shown.every((field) => field in values && field !== "permissions");
      fail(fields, inline ? undefined : said);
    } finally {
      running.current = false;
      setPending(false);
      // What did succeed is said even when a later step failed (R24).
      if (done.length > 0) {
        setNotice(done.join(" "));
        announce(done.join(" "));
      }
    }
  };

  return {
    base,
    values,
    set: (changes) => {
      setValues((current) => ({ ...current, ...changes }));
      setErrors((current) => {
        const rest = { ...current };
        for (const field in changes) delete rest[field];
        return rest;
      });
    },
    errors,
    check: (field) => {
      const found = validate?.(values, base)[field as string];
      if (found) setErrors((current) => ({ ...current, [field]: found }));
    },
    failure,
    notice,
    theirs,
    pending,
    attempt,
    submit,
  };
}
