import { cloneElement, type ReactElement, useId } from "react";

/** Props of {@link Field}. */
export interface FieldProps {
  label: string;
  /** Help shown under the control. */
  hint?: string;
  /** An error shown under the control; marks it invalid. */
  error?: string | undefined;
  /** One input, select or textarea; it gets the id, `aria-describedby` and `aria-invalid`. */
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled form control with its hint and inline error wired for assistive technology. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div data-slot="field" data-invalid={error ? "" : undefined}>
      <label data-slot="label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint && (
        <p data-slot="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p data-slot="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
