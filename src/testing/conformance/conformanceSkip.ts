/**
 * Thrown inside a check when it reaches something the backend under test does not have: a fixture
 * record or role it did not load, or a move of time it cannot make. The suite's check wrapper turns
 * it into a skip that states `reason`; nothing in the suite may treat it as an adapter's failure.
 */
export class ConformanceSkip extends Error {
  override readonly name = "ConformanceSkip";
  readonly reason: string;

  constructor(reason: string) {
    super(`Skipped: ${reason}`);
    this.reason = reason;
  }
}

/** Whether a thrown value is a {@link ConformanceSkip}, which helpers must let through untouched. */
export function isConformanceSkip(value: unknown): value is ConformanceSkip {
  return value instanceof ConformanceSkip;
}
