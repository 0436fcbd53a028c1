/** A row of a list being ranked: its slot and its sort key. */
export interface KeyedRow {
  slot: number;
  key: string;
}

/**
 * The `limit` first rows by `compare`, in one pass and without sorting them all: what a page of an
 * order that is not built yet needs. Rows collect up to twice the limit, then the best are kept;
 * anything not better than the worst kept is turned away with one comparison.
 */
export class FirstRows {
  private rows: KeyedRow[] = [];
  private worst: KeyedRow | undefined;

  constructor(
    private readonly limit: number,
    private readonly compare: (a: KeyedRow, b: KeyedRow) => number,
  ) {}

  /** The worst row kept once the limit is reached: anything not better is turned away. */
  get worstKept(): KeyedRow | undefined {
    return this.worst;
  }

  offer(row: KeyedRow): void {
    if (this.limit <= 0 || (this.worst && this.compare(row, this.worst) >= 0)) return;
    this.rows.push(row);
    if (this.rows.length >= 2 * this.limit) this.keepBest();
  }

  /** The rows kept, in order. */
  sorted(): KeyedRow[] {
    this.keepBest();
    return this.rows;
  }

  private keepBest(): void {
    this.rows.sort(this.compare);
    if (this.rows.length >= this.limit) {
      this.rows.length = this.limit;
      this.worst = this.rows[this.limit - 1];
    }
  }
}
