import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchBehaviour } from "../../../src/components/user-table/useSearchBehaviour";
import { SEARCH_DEBOUNCE_MS, useSearchInput } from "../../../src/components/user-table/useSearchInput";

// R1: when the search box's text reaches the list. The clock is faked: the debounce is the subject.

/** The hook over a list whose applied search is `applied`, as the table wires it. */
function renderSearch(behaviour: SearchBehaviour) {
  let applied = "";
  const apply = vi.fn((search: string) => {
    applied = search;
  });
  const hook = renderHook(() => useSearchInput(applied, apply, behaviour));
  const type = (text: string) => {
    act(() => hook.result.current[1](text));
    // The list re-renders the box with what it applied.
    hook.rerender();
  };
  return { hook, apply, type };
}

describe("useSearchInput", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("R1: debounced, the box shows each change at once and the list hears the text once typing pauses", () => {
    const { hook, apply, type } = renderSearch("debounced");
    type("t");
    type("to");
    expect(hook.result.current[0]).toBe("to");
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    expect(apply).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(apply.mock.calls).toEqual([["to"]]);
    // Applied: nothing more is pending.
    hook.rerender();
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it("R1: as typed, every change reaches the list with no pause", () => {
    const { hook, apply, type } = renderSearch("as-typed");
    type("t");
    type("to");
    expect(hook.result.current[0]).toBe("to");
    expect(apply.mock.calls).toEqual([["t"], ["to"]]);
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2));
    expect(apply).toHaveBeenCalledTimes(2);
  });
});
