import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nContext";
import { ErrorMessage } from "./ErrorMessage";

/** Props of {@link ListState}. */
export interface ListStateProps {
  /** A load failure: shown (R24) with `errorTitle`, and a retry button when `onRetry` is given. */
  error?: unknown;
  errorTitle?: string;
  onRetry?: () => unknown;
  /** Nothing loaded yet: "Loading…" as a polite status. */
  loading?: boolean;
  /**
   * The children draw the loading state themselves, as placeholder rows in their table (ListTable's
   * `loading`): while loading they show, in place of the bare "Loading…" text.
   */
  skeleton?: boolean;
  /** What to say when the list is empty; give it only when it is, e.g. `items.length === 0 && m.empty`. */
  empty?: ReactNode;
  /** The list, shown when none of the above applies. */
  children?: ReactNode;
}

/**
 * The one way every list says it failed, is loading or is empty, in that order of precedence;
 * otherwise it shows its children. Slots: `error` (see ErrorMessage), `loading`, `empty`; with
 * `skeleton`, the children's placeholder rows (see ListTable) stand for `loading`.
 */
export function ListState({ error, errorTitle, onRetry, loading, skeleton, empty, children }: ListStateProps) {
  const { messages } = useI18n();
  if (error) return <ErrorMessage error={error} title={errorTitle} onRetry={onRetry} />;
  if (loading)
    return skeleton ? (
      children
    ) : (
      <p data-slot="loading" role="status">
        {messages.common.loading}
      </p>
    );
  if (empty) return <p data-slot="empty">{empty}</p>;
  return children;
}

/** "Loading…" as a polite status: the stand-in of a part that loads on first use (see lazyPart). */
export const loadingText = () => <ListState loading />;
