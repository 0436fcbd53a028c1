import { describe, expect, it } from "vitest";
import { FIRST_NAMES, LAST_NAMES } from "../../../src/adapters/memory/names";
import { PasswordTable } from "../../../src/adapters/memory/passwordTable";
import { type CachedMatches, QueryCache } from "../../../src/adapters/memory/queryCache";
import { createRandom } from "../../../src/adapters/memory/random";
import { SlicedSort } from "../../../src/adapters/memory/slicedSort";
import { SlotHash } from "../../../src/adapters/memory/slotHash";
import { SlotOrder } from "../../../src/adapters/memory/slotOrder";
import { foldedName, foldForSearch, rememberingFold } from "../../../src/core/foldText";
import type { User } from "../../../src/core/types";

const person = (firstName: string, lastName: string) => ({ firstName, lastName }) as User;

describe("folding names (R1 search and name order)", () => {
  // Folding first and last names apart (each remembered once) must equal folding the joined name,
  // which is what the server's search does.
  const awkward = ["ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ'", "'Σα", "\u0301José", "Zoë\u0308", "İstanbul", "Straße", "ﬁne", "", " ", "Ǆ"];
  const names = [...FIRST_NAMES.map(([written]) => written), ...LAST_NAMES.map(([written]) => written), ...awkward];

  it("R1: folding first and last name apart equals folding the full name, for every pair", () => {
    const fold = rememberingFold(16);
    for (const first of names) {
      for (const last of names) {
        const expected = foldForSearch(`${first} ${last}`);
        expect(foldedName(person(first, last)), `${first} ${last}`).toBe(expected);
        expect(foldedName(person(first, last), fold), `${first} ${last}`).toBe(expected);
      }
    }
  });
});

describe("SlicedSort", () => {
  it.each([0, 1, 2047, 2048, 2049, 9000])("sorts %i items like a full sort, whatever the step size", (count) => {
    const random = createRandom(count + 1);
    const values = Array.from({ length: count }, () => Math.floor(random.next() * 500));
    const compare = (a: number, b: number) => (values[a] as number) - (values[b] as number) || a - b;
    const expected = Array.from(values.keys()).sort(compare);
    for (const budget of [1, 777, 1_000_000]) {
      const sort = new SlicedSort(Int32Array.from(values.keys()).reverse(), compare);
      let steps = 0;
      while (!sort.step(budget)) steps++;
      expect([...sort.sorted]).toEqual(expected);
      if (budget === 1 && count > 2048) expect(steps).toBeGreaterThan(count);
    }
  });
});

describe("SlotHash", () => {
  it("finds slots by key through additions, removals and growth", () => {
    const keys = new Map<number, string>();
    const hash = new SlotHash((slot) => keys.get(slot) ?? "", 4);
    for (let slot = 0; slot < 5000; slot++) {
      keys.set(slot, `key-${slot}`);
      hash.add(slot, `key-${slot}`);
    }
    for (let slot = 0; slot < 5000; slot += 3) {
      hash.remove(slot, `key-${slot}`);
      keys.delete(slot);
    }
    // Re-keyed in place, as an email change does: removed under the old key, added under the new.
    hash.remove(1, "key-1");
    keys.set(1, "renamed");
    hash.add(1, "renamed");
    for (let slot = 0; slot < 5000; slot++) {
      const expected = slot === 1 || slot % 3 === 0 ? -1 : slot;
      expect(hash.find(`key-${slot}`)).toBe(expected);
    }
    expect(hash.find("renamed")).toBe(1);
    expect(hash.find("never")).toBe(-1);
  });
});

describe("SlotOrder", () => {
  it("keeps slots in key order through inserts and removes, growing as needed", () => {
    const keys = ["m", "c", "x", "a"];
    const isPast = (key: string, slot: number) => (other: number) =>
      (keys[other] as string) > key || (keys[other] === key && other >= slot);
    const order = new SlotOrder(Int32Array.from([3, 1, 0, 2]));
    keys.push("d", "d");
    order.insert(4, isPast("d", 4));
    order.insert(5, isPast("d", 5));
    expect([...order.view]).toEqual([3, 1, 4, 5, 0, 2]);
    order.remove(0, isPast("m", 0));
    order.remove(3, isPast("a", 3));
    expect([...order.view]).toEqual([1, 4, 5, 2]);
  });
});

describe("PasswordTable (R17)", () => {
  it("reads the dataset's passwords in place, under the changes made since", () => {
    const seeded = { "user-1": "one", "user-2": "two" };
    const passwords = new PasswordTable(seeded);
    passwords.set("user-1", "changed");
    passwords.delete("user-2");
    passwords.set("user-3", "three");
    expect([passwords.get("user-1"), passwords.get("user-2"), passwords.get("user-3")]).toEqual([
      "changed",
      undefined,
      "three",
    ]);
    expect(passwords.get("toString")).toBeUndefined();
    expect(passwords.toRecord()).toEqual({ "user-1": "changed", "user-3": "three" });
    expect(seeded).toEqual({ "user-1": "one", "user-2": "two" });
  });
});

describe("QueryCache", () => {
  const computed = (length: number, needle = "", filters = "[]"): CachedMatches => ({
    matches: new Int32Array(length),
    count: length,
    sorted: new Map(),
    needle,
    filters,
  });

  it("keeps the most recently used queries within its bounds, and nothing after a clear", () => {
    const cache = new QueryCache();
    let computations = 0;
    const get = (signature: string, length = 10) =>
      cache.get(signature, () => {
        computations++;
        return computed(length);
      });
    for (let i = 0; i < 40; i++) get(`q${i}`);
    expect(computations).toBe(40);
    get("q39");
    get("q10");
    expect(computations).toBe(40);
    get("q0");
    expect(computations).toBe(41);
    // A list of 200,000 slots leaves room for little else; it stays while it is the one in use.
    const big = get("big", 200_000);
    cache.addSorted(big, "email", new Int32Array(200_000));
    expect(get("big")).toBe(big);
    get("q39");
    expect(computations).toBe(43);
    cache.clear();
    get("q39");
    expect(computations).toBe(44);
  });

  it("R1: finds the narrowest cached search a longer one types on from, with the same filters only", () => {
    const cache = new QueryCache();
    const put = (needle: string, length: number, filters = "[]") =>
      cache.get(JSON.stringify([needle, filters]), () => computed(length, needle, filters));
    const men = put("men", 300);
    const mensah = put("mensah", 12);
    put("mensah", 2, '[["admin"]]');
    put("sah", 50);
    put("", 1000);

    expect(cache.narrowest("[]", "mensahx")).toBe(mensah);
    expect(cache.narrowest("[]", "mensa")).toBe(men);
    expect(cache.narrowest("[]", "ada")).toBeUndefined();
    expect(cache.narrowest('[["owner"]]', "mensahx")).toBeUndefined();
    cache.clear();
    expect(cache.narrowest("[]", "mensahx")).toBeUndefined();
  });
});
