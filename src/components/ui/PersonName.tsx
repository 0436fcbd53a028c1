import { Avatar, type AvatarPerson } from "./Avatar";

/**
 * A name or email from the server, as text (React escapes it; never markup, R26), isolated with
 * `dir="auto"` so right-to-left and mixed-script names do not reorder the text around them, and
 * truncated by CSS with the full value on hover. Given `avatar` (the person it names), their
 * {@link Avatar} comes first, the two in a `person` slot that keeps them on one line.
 */
export function PersonName({ children, avatar }: { children: string; avatar?: AvatarPerson | undefined }) {
  const name = (
    <bdi data-slot="person-name" dir="auto" title={children}>
      {children}
    </bdi>
  );
  return avatar ? (
    <span data-slot="person">
      <Avatar person={avatar} />
      {name}
    </span>
  ) : (
    name
  );
}

/** "First Last", or the email when the person has no name yet. */
export function displayName(person: { firstName: string; lastName: string; email: string }): string {
  return `${person.firstName} ${person.lastName}`.trim() || person.email;
}

/** R26: a name inside a sentence, isolated so a right-to-left name cannot reorder the words around it. */
export const isolate = (text: string) => `\u2068${text}\u2069`;
