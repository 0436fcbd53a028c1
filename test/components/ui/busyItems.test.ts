import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { busyItems } from "../../../src/components/ui/busyItems";
import { userManagementKeys } from "../../../src/hooks/userManagementKeys";

/** A mutation held until `release()`, keyed as one of the library's or another's. */
function heldMutation(client: QueryClient, mutationKey: readonly unknown[]) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const observer = new MutationObserver<void, Error, { id: string }>(client, { mutationKey, mutationFn: () => held });
  return { observer, release: () => release() };
}

describe("busyItems: which rows' menus wait for a request of theirs", () => {
  it("R24: an item is busy while one of the library's requests carrying its id is pending, and only then", async () => {
    const client = new QueryClient();
    const busy = busyItems(client);
    const changed = vi.fn();
    const stop = busy.subscribe(changed);
    const suspend = heldMutation(client, userManagementKeys.mutation("suspendUser"));
    const foreign = heldMutation(client, ["the-host", "mutation"]);
    expect(busy.has("user-1")).toBe(false);
    const done = suspend.observer.mutate({ id: "user-1" });
    void foreign.observer.mutate({ id: "user-2" });
    await vi.waitFor(() => expect(busy.has("user-1")).toBe(true));
    expect(changed).toHaveBeenCalled();
    // Another item, and the host's own mutation of user-2: not the library's request about user-2.
    expect(busy.has("user-2")).toBe(false);
    suspend.release();
    await done;
    await vi.waitFor(() => expect(busy.has("user-1")).toBe(false));
    foreign.release();
    stop();
  });

  it("R24: reads the mutation cache once per change, however many menus read it (a page of 25 rows)", async () => {
    const client = new QueryClient();
    const cache = client.getMutationCache();
    const busy = busyItems(client);
    expect(busyItems(client)).toBe(busy);
    const stops = Array.from({ length: 25 }, (_, row) => {
      const stop = busy.subscribe(() => busy.has(`user-${row}`));
      return stop;
    });
    const findAll = vi.spyOn(cache, "findAll");
    let changes = 0;
    const stopCounting = cache.subscribe(() => changes++);
    const suspend = heldMutation(client, userManagementKeys.mutation("suspendUser"));
    const done = suspend.observer.mutate({ id: "user-3" });
    await vi.waitFor(() => expect(busy.has("user-3")).toBe(true));
    suspend.release();
    await done;
    await vi.waitFor(() => expect(busy.has("user-3")).toBe(false));
    expect(changes).toBeGreaterThan(0);
    expect(findAll.mock.calls.length).toBeLessThanOrEqual(changes + 2);
    for (const stop of stops) stop();
    stopCounting();
    // Nothing listens: each read looks at the cache as it is now.
    const again = heldMutation(client, userManagementKeys.mutation("reactivateUser"));
    const pending = again.observer.mutate({ id: "user-4" });
    await vi.waitFor(() => expect(busy.has("user-4")).toBe(true));
    again.release();
    await pending;
    expect(busy.has("user-4")).toBe(false);
  });
});
