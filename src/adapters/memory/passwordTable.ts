/**
 * R17: passwords by user id. The dataset's record is read in place, never copied (100,000 entries
 * at 100,000 users); changes since are kept beside it, a removal as `undefined`.
 */
export class PasswordTable {
  private readonly changes = new Map<string, string | undefined>();

  constructor(private readonly seeded: Readonly<Record<string, string>>) {}

  get(id: string): string | undefined {
    if (this.changes.has(id)) return this.changes.get(id);
    return Object.hasOwn(this.seeded, id) ? this.seeded[id] : undefined;
  }

  set(id: string, password: string): void {
    this.changes.set(id, password);
  }

  delete(id: string): void {
    this.changes.set(id, undefined);
  }

  /** Every password as it is now, as a dataset holds them. */
  toRecord(): Record<string, string> {
    const record: Record<string, string> = {};
    for (const id of [...Object.keys(this.seeded), ...this.changes.keys()]) {
      const password = this.get(id);
      if (password !== undefined) record[id] = password;
    }
    return record;
  }
}
