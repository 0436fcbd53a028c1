/** The PostgreSQL schema the store's tables live in unless told otherwise. */
export const DEFAULT_SCHEMA = "user_management";

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema name, quoted for SQL; refuses anything but a plain lower-case identifier. */
export function quotedSchema(schema: string): string {
  if (!IDENTIFIER.test(schema)) {
    throw new RangeError(`The schema name must be a lower-case SQL identifier (a-z, 0-9, _), got “${schema}”.`);
  }
  return `"${schema}"`;
}
