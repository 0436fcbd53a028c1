import { describe, expect, it } from "vitest";
import { SLICE_MS, scheduleInBackground, type TimeLeft } from "../../../src/adapters/memory/backgroundWork";
import { generateDataset } from "../../../src/adapters/memory/generateDataset";
import { UserIndex } from "../../../src/adapters/memory/userIndex";
import { TEST_TIMEOUT } from "../../timeouts";

describe("BackgroundWork in a browser (R1)", () => {
  it("runs its slices when the page is idle, each given at most SLICE_MS", async () => {
    expect(typeof requestIdleCallback).toBe("function");
    const given = await new Promise<number>((resolve) =>
      scheduleInBackground((timeLeft?: TimeLeft) => resolve(timeLeft ? timeLeft() : Number.NaN)),
    );
    expect(given).toBeGreaterThanOrEqual(0);
    expect(given).toBeLessThanOrEqual(SLICE_MS);
  });

  it("R1: builds a 20,000-user index to the end in idle time: every search chunk and the name order", async () => {
    const dataset = generateDataset({ size: 20_000, seed: 3 });
    const index = new UserIndex(dataset.users, dataset.roleModel.roles);
    // The first page by name asks for the search index and the name order, built in the background.
    expect(index.ranked({ sort: { field: "name", direction: "asc" } }).atOffset(0, 25).users).toHaveLength(25);
    expect(index.progress().orders).toEqual([]);
    await expect
      .poll(() => index.progress(), { timeout: TEST_TIMEOUT * 0.9, interval: 50 })
      .toMatchObject({ searchChunksBuilt: index.progress().searchChunks, orders: ["name"] });
  });
});
