import type { Ref } from "react";
import { useSearchBehaviour } from "./useSearchBehaviour";
import { useSearchInput } from "./useSearchInput";

/**
 * The search box. It keeps what is typed in its own state, so a keystroke renders the box alone
 * (not the table, not a row); the list hears it as the adapter's search behaviour says (R1).
 */
export function SearchBox(props: {
  /** The list's search: the box starts from it. */
  applied: string;
  onSearch(search: string): void;
  label: string;
  placeholder: string;
  inputRef: Ref<HTMLInputElement> | undefined;
}) {
  const [typed, setTyped] = useSearchInput(props.applied, props.onSearch, useSearchBehaviour());
  return (
    <input
      ref={props.inputRef}
      type="search"
      data-slot="user-table-search"
      aria-label={props.label}
      placeholder={props.placeholder}
      value={typed}
      onChange={(event) => setTyped(event.target.value)}
    />
  );
}
