/** How a Better Auth `name` (one field) becomes first and last names, and back. */
export interface NameMapping {
  split(name: string): { firstName: string; lastName: string };
  join(firstName: string, lastName: string): string;
}

/**
 * The default: the first name is the text before the first space, the last name everything after it
 * ("Ada King Lovelace" → "Ada" / "King Lovelace"); writing joins the two with one space. A first
 * name that itself holds a space does not come back the same ("Mary Ann" / "Smith" is read back as
 * "Mary" / "Ann Smith"): pass your own mapping when the host stores names apart (e.g. additional
 * user fields) or splits them otherwise.
 */
export const defaultNameMapping: NameMapping = {
  split(name) {
    const trimmed = name.trim();
    const space = trimmed.indexOf(" ");
    if (space < 0) return { firstName: trimmed, lastName: "" };
    return { firstName: trimmed.slice(0, space), lastName: trimmed.slice(space + 1).trim() };
  },
  join(firstName, lastName) {
    return [firstName.trim(), lastName.trim()].filter((part) => part !== "").join(" ");
  },
};
