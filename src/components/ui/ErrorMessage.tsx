import { useI18n } from "../i18n/I18nContext";
import { Button } from "./Button";
import { errorMessage } from "./describeError";

/** Props of {@link ErrorMessage}. */
export interface ErrorMessageProps {
  error: unknown;
  /** A heading for the failure, e.g. "The users could not be loaded." */
  title?: string;
  /** Shows a retry button when given; called without arguments, so `list.refetch` fits. */
  onRetry?: (() => unknown) | undefined;
}

/** R24: a failure said plainly, with what to do and, for loads, a way to try again. */
export function ErrorMessage({ error, title, onRetry }: ErrorMessageProps) {
  const { messages } = useI18n();
  return (
    <div data-slot="error" role="alert">
      {title && <p data-slot="error-title">{title}</p>}
      <p data-slot="error-detail">{errorMessage(error, messages)}</p>
      {onRetry && <Button onClick={() => onRetry()}>{messages.common.retry}</Button>}
    </div>
  );
}
