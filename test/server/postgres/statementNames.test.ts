import { describe, expect, it } from "vitest";
import { MAX_PREPARED_STATEMENTS, statementNames } from "../../../src/server/postgres/statementNames";

describe("statementNames: the names pgPoolClient prepares statements under (issue 11)", () => {
  it("R1: gives one name per text, the same in every client, and different texts different names", () => {
    const [first, second] = [statementNames(), statementNames()];
    const texts = Array.from({ length: 150 }, (_, i) => `SELECT ${i} FROM "s".users WHERE account_id = $1`);
    const names = texts.map((text) => first(text));
    expect(new Set(names).size).toBe(texts.length);
    for (const name of names) expect(name).toMatch(/^rum_[0-9a-z]+$/);
    // Asked again, and by another client over the same pool: the same names.
    expect(texts.map((text) => first(text))).toEqual(names);
    expect(texts.map((text) => second(text))).toEqual(names);
  });

  it("R1: names no more than its bound: texts past it run unnamed, those named before keep their names", () => {
    const name = statementNames(3);
    const named = ["a", "b", "c"].map((text) => name(`SELECT '${text}'`));
    expect(named.every((value) => value !== undefined)).toBe(true);
    expect(name("SELECT 'd'")).toBeUndefined();
    expect(["a", "b", "c"].map((text) => name(`SELECT '${text}'`))).toEqual(named);
    expect(MAX_PREPARED_STATEMENTS).toBe(200);
  });
});
