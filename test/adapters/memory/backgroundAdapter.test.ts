import { afterEach, describe, expect, it, vi } from "vitest";
import type { ListUsersParams } from "../../../src/adapter/contract";
import { createMemoryAdapter } from "../../../src/adapters/memory/createMemoryAdapter";
import { generateDataset } from "../../../src/adapters/memory/generateDataset";
import { createManualClock } from "../../../src/core/clock";
import type { User } from "../../../src/core/types";
import { naiveIds } from "./naiveUsers";

afterEach(() => {
  vi.useRealTimers();
});

describe("memory adapter calls interleaved with background index building (R1)", () => {
  it("R1: every list answers from the data as it is, whatever the background has built, through changes", async () => {
    // Timers are faked, so the background steps run exactly where the test says.
    vi.useFakeTimers();
    const dataset = generateDataset({ size: 9000, seed: 8, now: "2026-01-15T09:00:00.000Z" });
    const roles = dataset.roleModel.roles;
    const adapter = createMemoryAdapter({ dataset, clock: createManualClock() });
    const ids = (users: readonly User[]) => users.map((user) => user.id);
    const expectPage = async (params: ListUsersParams) => {
      const page = await adapter.listUsers(params);
      const expected = naiveIds(adapter.snapshot().users, roles, params);
      const start = (params.page - 1) * params.pageSize;
      expect(ids(page.users), JSON.stringify(params)).toEqual(expected.slice(start, start + params.pageSize));
      expect(page.total).toBe(expected.length);
      return page;
    };
    const plainUsers = dataset.users.filter((user) => user.roleId === "user" && user.status === "active");
    const [renamed, suspended, deleted] = plainUsers as [User, User, User];

    await expectPage({ page: 1, pageSize: 50 });
    // A list and a change in flight together: the list reads before the change, the next after it.
    const [before] = await Promise.all([
      adapter.listUsers({ page: 1, pageSize: 50, search: "xylophone" }),
      adapter.updateUser({ id: renamed.id, version: renamed.version, changes: { lastName: "Xylophone" } }),
    ]);
    expect(before.total).toBe(0);
    await expectPage({ page: 1, pageSize: 50, search: "xylophone" });

    await vi.advanceTimersToNextTimerAsync();
    await adapter.suspendUser({ id: suspended.id });
    await expectPage({
      page: 1,
      pageSize: 25,
      search: "a",
      statuses: ["suspended"],
      sort: { field: "email", direction: "desc" },
    });
    await vi.advanceTimersToNextTimerAsync();
    await vi.advanceTimersToNextTimerAsync();
    await adapter.deleteUser({ id: deleted.id });
    await expectPage({ page: 3, pageSize: 50, search: deleted.lastName.slice(0, 4) });
    await expectPage({ page: 2, pageSize: 50, sort: { field: "lastLoginAt", direction: "desc" } });

    const { results } = await adapter.inviteUsers({
      invitees: [{ email: "Zed.Newcomer@example.com" }],
      roleId: "user",
    });
    const token = adapter.invitationToken(results[0]?.invitation?.id ?? "") ?? "";
    await adapter.acceptInvitation({ token, firstName: "Zed", lastName: "Xylophone" });
    await expectPage({ page: 1, pageSize: 50, search: "xylophone", sort: { field: "name", direction: "desc" } });

    // Whatever is left to build, built: the answers stay the same.
    await vi.runAllTimersAsync();
    await expectPage({ page: 1, pageSize: 50, search: "xylophone", sort: { field: "name", direction: "desc" } });
    await expectPage({ page: 3, pageSize: 50, search: deleted.lastName.slice(0, 4) });
    await expectPage({ page: 180, pageSize: 50, sort: { field: "name", direction: "asc" } });
    await expect(
      adapter.inviteUsers({ invitees: [{ email: "zed.NEWCOMER@example.com" }], roleId: "user" }),
    ).resolves.toMatchObject({ results: [{ outcome: "already_member" }] });
  });
});
