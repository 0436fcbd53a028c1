/**
 * A name or email from the server, as text (React escapes it; never markup, R26), isolated with
 * `dir="auto"` so right-to-left and mixed-script names do not reorder the text around them, and
 * truncated by CSS with the full value on hover.
 */
export function PersonName({ children }: { children: string }) {
  return (
    <bdi data-slot="person-name" dir="auto" title={children}>
      {children}
    </bdi>
  );
}

/** "First Last", or the email when the person has no name yet. */
export function displayName(person: { firstName: string; lastName: string; email: string }): string {
  return `${person.firstName} ${person.lastName}`.trim() || person.email;
}
