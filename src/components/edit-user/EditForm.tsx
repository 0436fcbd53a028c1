import * as Dialog from "@radix-ui/react-dialog";
import { type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../i18n/I18nContext";
import { Button } from "../ui/Button";
import type { EditFormState } from "./useEditForm";

/** Props of {@link EditForm}. */
export interface EditFormProps {
  form: EditFormState<object, object>;
  /** The form's `data-slot`. */
  slot: string;
  /** A selector of the control that gets focus when the form shows; the first enabled input when it matches none. */
  focus?: string | undefined;
  /** Adds the dialog's Cancel before Save. */
  cancel?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
}

const first = (form: HTMLFormElement | null, selector: string) => form?.querySelector<HTMLElement>(selector);

/**
 * The form around a {@link useEditForm} state: its fields (`form-fields`), then the failure
 * (role=alert), what was saved, and Save (busy and inert while saving). Focus moves to the first
 * invalid field after a failed attempt.
 */
export function EditForm({ form, slot, focus, cancel, className, children }: EditFormProps) {
  const { messages } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // A locked control (e.g. the last owner's role) cannot take focus: the first editable one does.
    if (focus) (first(ref.current, focus) ?? first(ref.current, "input:enabled"))?.focus();
  }, [focus]);
  useEffect(() => {
    if (form.attempt > 0) first(ref.current, '[aria-invalid="true"]')?.focus();
  }, [form.attempt]);
  return (
    <form
      ref={ref}
      data-slot={slot}
      data-state={form.pending ? "saving" : form.theirs ? "conflict" : "idle"}
      className={className}
      noValidate
      onSubmit={form.submit}
    >
      {/* In a dialog only the fields scroll: the title and Save stay in view (edit-user.css). */}
      <div data-slot="form-fields">{children}</div>
      {form.failure && (
        <p data-slot="error" role="alert">
          {form.failure}
        </p>
      )}
      {form.notice && <p data-slot="form-success">{form.notice}</p>}
      <div data-slot="dialog-actions">
        {cancel && (
          <Dialog.Close asChild>
            <Button>{messages.common.cancel}</Button>
          </Dialog.Close>
        )}
        <Button type="submit" variant="primary" aria-disabled={form.pending || undefined} aria-busy={form.pending}>
          {form.pending ? messages.common.saving : messages.common.save}
        </Button>
      </div>
    </form>
  );
}
