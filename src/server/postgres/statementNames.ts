/**
 * The most statements one `pgPoolClient` prepares; statements past it run unnamed, as before. The
 * store sends a few dozen distinct prepared statements; the bound keeps what each connection holds
 * on the server small whatever a caller sends.
 */
export const MAX_PREPARED_STATEMENTS = 200;

/**
 * A 53-bit hash of a statement's text (cyrb53): the same text gets the same name in every client,
 * so two `pgPoolClient`s over one pool agree on what each name means (`pg` refuses a name reused
 * for another text on a connection).
 */
function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Names for prepared statements, one per distinct text, up to `max` texts; `undefined` past it, or
 * for a text whose hash another text already holds, which then runs unnamed.
 */
export function statementNames(max = MAX_PREPARED_STATEMENTS): (text: string) => string | undefined {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  return (text) => {
    const known = names.get(text);
    if (known !== undefined || names.size >= max) return known;
    const name = `rum_${textHash(text)}`;
    if (taken.has(name)) return undefined;
    taken.add(name);
    names.set(text, name);
    return name;
  };
}
