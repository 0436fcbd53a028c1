import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter } from "../../../src/adapters/memory/createMemoryAdapter";
import { generateDataset } from "../../../src/adapters/memory/generateDataset";
import { createManualClock } from "../../../src/core/clock";
import { UserManagementError } from "../../../src/core/errors";

const page = { page: 1, pageSize: 10 };

afterEach(() => {
  vi.useRealTimers();
});

describe("createMemoryAdapter", () => {
  it("starts with a 10-user account viewed by its owner when given nothing", async () => {
    const adapter = createMemoryAdapter();
    const { viewer, account } = await adapter.getSession({});
    expect(viewer.id).toBe("user-1");
    const { total } = await adapter.listUsers(page);
    expect(total).toBe(10);
    expect(account.seatsUsed).toBeGreaterThan(0);
  });

  it("waits the configured latency before answering", async () => {
    vi.useFakeTimers();
    const adapter = createMemoryAdapter({ latency: 300 });
    let settled = false;
    const call = adapter.getSession({}).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(299);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await call;
    expect(settled).toBe(true);
  });

  it("rejects at once when the request's signal aborts during the latency", async () => {
    const adapter = createMemoryAdapter({ latency: 10_000 });
    const controller = new AbortController();
    const call = adapter.listUsers({ ...page, signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });

  it("failNext fails only the next call of the named method, with a typed error", async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext("network", "listUsers");
    await expect(adapter.getSession({})).resolves.toBeDefined();
    const failure = await adapter.listUsers(page).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserManagementError);
    expect(failure).toMatchObject({ code: "network", message: expect.stringMatching(/could not be reached/) });
    await expect(adapter.listUsers(page)).resolves.toMatchObject({ total: 10 });
  });

  it("failureRate 1 makes every call fail as unavailable; a bad rate is refused", async () => {
    const adapter = createMemoryAdapter({ failureRate: 1 });
    await expect(adapter.getSession({})).rejects.toMatchObject({ code: "unavailable" });
    expect(() => createMemoryAdapter({ failureRate: 2 })).toThrow(/failureRate/);
  });

  it("R13: reports each sent and resent invitation with a token that accepts it (development outbox)", async () => {
    const sent: { email: string; token: string }[] = [];
    const adapter = createMemoryAdapter({
      onInvitationSent: (invitation, token) => sent.push({ email: invitation.email, token }),
    });
    const { results } = await adapter.inviteUsers({ invitees: [{ email: "New.Person@Example.com" }], roleId: "user" });
    const invitation = results[0]?.invitation;
    expect(sent).toEqual([{ email: "New.Person@Example.com", token: adapter.invitationToken(invitation?.id ?? "") }]);
    await adapter.resendInvitation({ id: invitation?.id ?? "" });
    expect(sent).toHaveLength(2);
    expect(sent[1]?.token).not.toBe(sent[0]?.token);
    const { user } = await adapter.acceptInvitation({
      token: sent[1]?.token ?? "",
      firstName: "New",
      lastName: "Person",
    });
    expect(user).toMatchObject({ email: "New.Person@Example.com", roleId: "user", status: "active" });
  });

  it("R20: tells the host to log out users who are deleted, suspended or lose external access", async () => {
    const revoked: string[] = [];
    const dataset = generateDataset({ size: 10 });
    const adapter = createMemoryAdapter({ dataset, onAccessRevoked: (id) => revoked.push(id) });
    const active = dataset.users.filter((user) => user.id !== "user-1" && user.status === "active");
    await adapter.suspendUser({ id: active[0]?.id ?? "" });
    await adapter.deleteUser({ id: active[1]?.id ?? "" });
    await adapter.removeExternalUser({ id: "external-1" });
    expect(revoked).toEqual([active[0]?.id, active[1]?.id, "external-1"]);
  });

  it("R30: an invitation whose mail fails stays stored and says emailSent: false; a later resend says true", async () => {
    const errors: unknown[] = [];
    let outboxDown = true;
    const adapter = createMemoryAdapter({
      onInvitationSent: () => {
        if (outboxDown) throw new Error("smtp down");
      },
      onError: (error) => errors.push(error),
    });
    const { results } = await adapter.inviteUsers({
      invitees: [{ email: "one@example.com" }, { email: "two@example.com" }],
      roleId: "user",
    });
    expect(results.map((result) => [result.outcome, result.emailSent])).toEqual([
      ["sent", false],
      ["sent", false],
    ]);
    expect(errors).toHaveLength(2);
    const id = results[0]?.invitation?.id ?? "";
    const { invitations } = await adapter.listInvitations({});
    expect(invitations.map((invitation) => invitation.id)).toContain(id);
    outboxDown = false;
    expect((await adapter.resendInvitation({ id })).emailSent).toBe(true);
  });

  it("R30: a failing onAccessRevoked is retried, reported, and never undoes the deletion", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const adapter = createMemoryAdapter({
      onAccessRevoked: () => {
        calls++;
        throw new Error("session store down");
      },
      onError: (error) => errors.push(error),
    });
    await adapter.deleteUser({ id: "user-2" });
    expect(calls).toBe(3);
    expect(errors).toHaveLength(1);
    await expect(adapter.getUser({ id: "user-2" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("R10: a viewer who was deleted is told their access was revoked on their next call", async () => {
    const adapter = createMemoryAdapter();
    await adapter.deleteUser({ id: "user-2" });
    adapter.setViewer("user-2");
    await expect(adapter.getSession({})).rejects.toMatchObject({
      code: "access_revoked",
      message: "Your access to this account was revoked.",
    });
  });

  it("R6: the first person to accept an invitation to an empty account becomes its owner", async () => {
    const base = generateDataset({ size: 1, rolePreset: "owner-manager" });
    const clock = createManualClock();
    const adapter = createMemoryAdapter({ dataset: base, clock });
    const { results } = await adapter.inviteUsers({ invitees: [{ email: "first@example.com" }], roleId: "manager" });
    const token = adapter.invitationToken(results[0]?.invitation?.id ?? "") ?? "";
    // Start over from the snapshot with nobody in it, keeping the invitation.
    const empty = { ...adapter.snapshot(), users: [] };
    const fresh = createMemoryAdapter({ dataset: empty, clock });
    const { user } = await fresh.acceptInvitation({ token, firstName: "First", lastName: "Person" });
    expect(user.roleId).toBe("owner");
  });

  it("snapshot returns a copy: changing it changes nothing in the adapter", async () => {
    const adapter = createMemoryAdapter();
    const snapshot = adapter.snapshot();
    snapshot.users.length = 0;
    expect((await adapter.listUsers(page)).total).toBe(10);
  });

  it("R1: answers a page of a 100,000-user account", async () => {
    const adapter = createMemoryAdapter({ dataset: generateDataset({ size: 100_000 }) });
    const { users, total } = await adapter.listUsers({
      page: 2000,
      pageSize: 50,
      sort: { field: "email", direction: "desc" },
    });
    expect(total).toBe(100_000);
    expect(users).toHaveLength(50);
    expect((users[0]?.email.toLowerCase() ?? "") >= (users[49]?.email.toLowerCase() ?? "")).toBe(true);
  });
});
