import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ListUsersParams, UserManagementAdapter } from "../../../src/adapter";
import { createMemoryAdapter, generateDataset } from "../../../src/adapters/memory";
import { UserTable } from "../../../src/components/user-table";
import type { SearchBehaviour } from "../../../src/components/user-table/useSearchBehaviour";
import { createManualClock } from "../../../src/core";
import { can } from "../../../src/core/can";
import { renderWithAdapter, TEST_NOW } from "../renderWithAdapter";

// Issue 11: on a huge account a keystroke must not re-render the rows, and a row's menu must not
// ask can() again unless its data changed. Re-rendering is the defect, so these count renders (of
// the status badge, one per row) and can() calls, beside what a person sees.

const counts = vi.hoisted(() => ({ badges: 0 }));

vi.mock("../../../src/components/ui/StatusBadge", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/components/ui/StatusBadge")>();
  return {
    StatusBadge: (props: Parameters<typeof actual.StatusBadge>[0]) => {
      counts.badges += 1;
      return actual.StatusBadge(props);
    },
  };
});

vi.mock("../../../src/core/can", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/core/can")>();
  return { ...actual, can: vi.fn(actual.can) };
});

const NOW = new Date(TEST_NOW);

/** A 10-user memory adapter declaring `search`; searches never answer, so the rows on screen stay the same. */
function adapterWith(search: SearchBehaviour) {
  const memory = createMemoryAdapter({
    dataset: generateDataset({ size: 10, now: TEST_NOW }),
    clock: createManualClock(TEST_NOW),
    declares: { behaviours: { search } },
  });
  const searched: string[] = [];
  const adapter: UserManagementAdapter = {
    ...memory,
    listUsers: (params: ListUsersParams) => {
      if (!params.search) return memory.listUsers(params);
      searched.push(params.search);
      return new Promise(() => {});
    },
  };
  return { adapter, searched };
}

async function renderTable(adapter: UserManagementAdapter) {
  const rendered = renderWithAdapter(<UserTable now={NOW} />, { adapter });
  await waitFor(() => expect(screen.getAllByRole("row")).toHaveLength(11));
  return rendered;
}

/** can() calls about users (the rows' menus), by target id. */
const decisionsAbout = () =>
  vi
    .mocked(can)
    .mock.calls.map(([, action, target]) => (action.startsWith("user.") ? (target as { id?: string })?.id : undefined))
    .filter((id) => id !== undefined);

describe("UserTable renders (issue 11)", () => {
  for (const search of ["debounced", "as-typed"] as const) {
    it(`typing in the search box re-renders no row and decides nothing (search: ${search})`, async () => {
      const { adapter, searched } = adapterWith(search);
      const { user } = await renderTable(adapter);
      const badges = counts.badges;
      const decisions = decisionsAbout().length;

      const box = screen.getByRole("searchbox", { name: "Search users" });
      await user.type(box, "lovelace");
      expect(box).toHaveValue("lovelace");
      // The search has reached the adapter; its answer is pending, so the page on screen stays.
      await waitFor(() => expect(searched.at(-1)).toBe("lovelace"));
      expect(screen.getAllByRole("row")).toHaveLength(11);
      expect(counts.badges).toBe(badges);
      expect(decisionsAbout()).toHaveLength(decisions);
    });
  }

  it("R9: a suspension re-decides that user's row only, once per change of their data", async () => {
    const { adapter } = adapterWith("debounced");
    const { user } = await renderTable(adapter);
    const before = decisionsAbout().length;

    await user.click(screen.getByRole("button", { name: "Actions for Дмитрий Okonjo-Iweala" }));
    await user.click(await screen.findByRole("menuitem", { name: "Suspend" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Suspend user" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/was suspended/));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());

    const after = decisionsAbout().slice(before);
    expect(new Set(after)).toEqual(new Set(["user-3"]));
    // One menu is seven items at most; its user changed twice (at once, then the server's copy).
    expect(after.length).toBeLessThanOrEqual(2 * 7);
  });
});
