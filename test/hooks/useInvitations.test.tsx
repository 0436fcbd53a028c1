import { act, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type {
  ByIdParams,
  InvitationResult,
  InviteUsersParams,
  ListInvitationsResult,
  UserManagementAdapter,
} from "../../src/adapter/contract";
import { createMemoryAdapter } from "../../src/adapters/memory";
import { UserManagementError } from "../../src/core/errors";
import { useInvitations } from "../../src/hooks/useInvitations";
import { useSession } from "../../src/hooks/useSession";
import { makeInvitation } from "../core/fixtures";
import { deferred, renderWithAdapter, stubAdapter } from "./harness";

/** The memory adapter as an adapter without `replaceInvitation`, its cancel and invite spied on. */
function memoryAdapterWithoutReplace() {
  const { replaceInvitation: _absent, ...memory } = createMemoryAdapter();
  const calls: string[] = [];
  const adapter: UserManagementAdapter = {
    ...memory,
    cancelInvitation: vi.fn(async (params: ByIdParams) => {
      calls.push(`cancel ${params.id}`);
      return memory.cancelInvitation(params);
    }),
    inviteUsers: vi.fn(async (params: InviteUsersParams) => {
      calls.push(`invite ${params.invitees.map((invitee) => invitee.email).join(",")}`);
      return memory.inviteUsers(params);
    }),
  };
  return { adapter, memory, calls };
}

const pending = makeInvitation({ id: "invitation-1", email: "new@example.com" });
const other = makeInvitation({ id: "invitation-2", email: "other@example.com" });

describe("useInvitations", () => {
  it("R12: lists invitations page by page, passing TanStack's AbortSignal", async () => {
    const listInvitations = vi.fn(async (): Promise<ListInvitationsResult> => ({ invitations: [pending], total: 1 }));
    const { result } = renderWithAdapter(() => useInvitations({ pageSize: 20 }), stubAdapter({ listInvitations }));

    await waitFor(() => expect(result.current.invitations).toEqual([pending]));
    expect(listInvitations).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, signal: expect.any(AbortSignal) });

    act(() => result.current.setPage(2));
    await waitFor(() =>
      expect(listInvitations).toHaveBeenLastCalledWith({ page: 2, pageSize: 20, signal: expect.any(AbortSignal) }),
    );
  });

  it("R13, R24: cancelling removes the invitation at once and puts it back when refused", async () => {
    const answer = deferred<void>();
    const listInvitations = vi
      .fn<() => Promise<ListInvitationsResult>>()
      .mockResolvedValueOnce({ invitations: [pending, other], total: 2 })
      .mockImplementation(() => new Promise(() => {}));
    const adapter = stubAdapter({ listInvitations, cancelInvitation: () => answer.promise });
    const { result } = renderWithAdapter(() => useInvitations(), adapter);
    await waitFor(() => expect(result.current.total).toBe(2));

    act(() => result.current.cancelInvitation.mutate({ id: "invitation-1" }));

    await waitFor(() => expect(result.current.invitations.map((i) => i.id)).toEqual(["invitation-2"]));
    expect(result.current.total).toBe(1);

    await act(async () => answer.reject(new UserManagementError("forbidden", "Only administrators can cancel.")));

    await waitFor(() => expect(result.current.cancelInvitation.error?.code).toBe("forbidden"));
    expect(result.current.invitations.map((i) => i.id)).toEqual(["invitation-1", "invitation-2"]);
    expect(result.current.total).toBe(2);
  });

  it("R14: without replaceInvitation in the adapter, change is cancel then invite, in that order", async () => {
    const { adapter, calls } = memoryAdapterWithoutReplace();
    const { result } = renderWithAdapter(() => useInvitations(), adapter);
    await waitFor(() => expect(result.current.invitations.length).toBeGreaterThan(0));
    const old = result.current.invitations[0];
    if (!old) throw new Error("the default dataset has invitations");

    const { invitation: replaced } = await act(() =>
      result.current.replaceInvitation.mutateAsync({
        id: old.id,
        invitee: { email: "changed@example.com", firstName: "Changed" },
        roleId: "custom",
        permissions: ["reports.view"],
      }),
    );

    expect(calls).toEqual([`cancel ${old.id}`, "invite changed@example.com"]);
    expect(replaced).toMatchObject({ email: "changed@example.com", roleId: "custom", permissions: ["reports.view"] });
    await waitFor(() => expect(result.current.invitations.map((i) => i.id)).toContain(replaced.id));
    expect(result.current.invitations.map((i) => i.id)).not.toContain(old.id);
  });

  it("R14, R24: when the fallback's invite is refused, the error says the old invitation is gone", async () => {
    const { adapter } = memoryAdapterWithoutReplace();
    const { result } = renderWithAdapter(() => useInvitations(), adapter);
    await waitFor(() => expect(result.current.invitations.length).toBeGreaterThan(0));
    const old = result.current.invitations[0];
    if (!old) throw new Error("the default dataset has invitations");

    await act(async () => {
      await result.current.replaceInvitation
        .mutateAsync({ id: old.id, invitee: { email: "not an address" }, roleId: "user" })
        .catch(() => {});
    });

    await waitFor(() => expect(result.current.replaceInvitation.error?.code).toBe("validation"));
    expect(result.current.replaceInvitation.error?.message).toMatch(/old invitation was cancelled/);
    expect(result.current.replaceInvitation.error?.fieldErrors?.email).toBeTruthy();
  });

  it("R14: a change drops the old invitation from the list as soon as it succeeds", async () => {
    const fresh = makeInvitation({ id: "invitation-9", email: "changed@example.com" });
    const listInvitations = vi
      .fn<() => Promise<ListInvitationsResult>>()
      .mockResolvedValueOnce({ invitations: [pending, other], total: 2 })
      // The refresh after the change never answers: what shows comes from the change alone.
      .mockImplementation(() => new Promise(() => {}));
    const adapter = stubAdapter({ listInvitations, replaceInvitation: async () => ({ invitation: fresh }) });
    const { result } = renderWithAdapter(() => useInvitations(), adapter);
    await waitFor(() => expect(result.current.total).toBe(2));

    await act(() =>
      result.current.replaceInvitation.mutateAsync({
        id: "invitation-1",
        invitee: { email: fresh.email },
        roleId: "user",
      }),
    );

    await waitFor(() => expect(result.current.invitations.map((i) => i.id)).toEqual(["invitation-2"]));
    expect(result.current.total).toBe(1);
  });

  it("R14: uses the adapter's own replaceInvitation when it has one", async () => {
    const fresh = makeInvitation({ id: "invitation-9", email: "changed@example.com" });
    const replaceInvitation = vi.fn(async (): Promise<InvitationResult> => ({ invitation: fresh }));
    const cancelInvitation = vi.fn(async () => {});
    const adapter = stubAdapter({
      listInvitations: async () => ({ invitations: [pending], total: 1 }),
      replaceInvitation,
      cancelInvitation,
    });
    const { result } = renderWithAdapter(() => useInvitations(), adapter);

    const { invitation: replaced } = await act(() =>
      result.current.replaceInvitation.mutateAsync({
        id: "invitation-1",
        invitee: { email: "changed@example.com" },
        roleId: "user",
      }),
    );

    expect(replaced).toBe(fresh);
    expect(replaceInvitation).toHaveBeenCalledWith({
      id: "invitation-1",
      invitee: { email: "changed@example.com" },
      roleId: "user",
    });
    expect(cancelInvitation).not.toHaveBeenCalled();
  });

  it("R11, R1: inviting lists the new invitations and updates the seats used", async () => {
    const adapter = createMemoryAdapter();
    const { result } = renderWithAdapter(() => ({ invitations: useInvitations(), session: useSession() }), adapter);
    await waitFor(() => expect(result.current.session.data).toBeDefined());
    await waitFor(() => expect(result.current.invitations.isPending).toBe(false));
    const seatsBefore = result.current.session.data?.account.seatsUsed ?? 0;
    const totalBefore = result.current.invitations.total;

    const { results } = await act(() =>
      result.current.invitations.inviteUsers.mutateAsync({
        invitees: [{ email: "one@example.com" }, { email: "nope" }, { email: "two@example.com" }],
        roleId: "user",
      }),
    );

    expect(results.map((r) => r.outcome)).toEqual(["sent", "invalid", "sent"]);
    await waitFor(() => expect(result.current.invitations.total).toBe(totalBefore + 2));
    await waitFor(() => expect(result.current.session.data?.account.seatsUsed).toBe(seatsBefore + 2));
    expect(result.current.invitations.invitations.map((i) => i.email)).toEqual(
      expect.arrayContaining(["one@example.com", "two@example.com"]),
    );
  });

  it("R13: resending shows the fresh expiry in the list", async () => {
    const adapter = createMemoryAdapter();
    const { result } = renderWithAdapter(() => useInvitations(), adapter);
    await waitFor(() => expect(result.current.invitations.length).toBeGreaterThan(0));
    const invitation = result.current.invitations[result.current.invitations.length - 1];
    if (!invitation) throw new Error("the default dataset has invitations");

    const { invitation: resent } = await act(() => result.current.resendInvitation.mutateAsync({ id: invitation.id }));

    expect(resent.expiresAt > invitation.expiresAt).toBe(true);
    await waitFor(() =>
      expect(result.current.invitations.find((i) => i.id === invitation.id)?.expiresAt).toBe(resent.expiresAt),
    );
  });
});
