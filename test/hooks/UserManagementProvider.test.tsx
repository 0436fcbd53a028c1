import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { isRetryableError, UserManagementError } from "../../src/core/errors";
import { UserManagementProvider } from "../../src/hooks/UserManagementProvider";
import { userManagementKeys } from "../../src/hooks/userManagementKeys";
import { useSession } from "../../src/hooks/useSession";
import { useUserManagementAdapter } from "../../src/hooks/useUserManagementAdapter";
import { withoutRenderErrorReports } from "../renderErrors";
import { createTestQueryClient, stubAdapter } from "./harness";

describe("UserManagementProvider", () => {
  it("caches in the host app's QueryClient when there is one, so the host can read our queries", async () => {
    const host = createTestQueryClient();
    const adapter = stubAdapter();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={host}>
        <UserManagementProvider adapter={adapter}>{children}</UserManagementProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => ({ client: useQueryClient(), session: useSession() }), { wrapper });

    expect(result.current.client).toBe(host);
    await waitFor(() => expect(result.current.session.isSuccess).toBe(true));
    expect(host.getQueryData(userManagementKeys.session())).toEqual(result.current.session.data);
  });

  it("R31: its own QueryClient retries a load only after a fault, never after a refusal", async () => {
    let calls = 0;
    const adapter = stubAdapter({
      getSession: async () => {
        calls++;
        throw new UserManagementError("forbidden", "No.");
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <UserManagementProvider adapter={adapter}>{children}</UserManagementProvider>
    );
    const { result } = renderHook(() => useSession(), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(calls).toBe(1);
    expect(isRetryableError(new UserManagementError("timeout", "Slow."))).toBe(true);
    expect(isRetryableError(new UserManagementError("validation", "Bad."))).toBe(false);
  });

  it("creates its own QueryClient when the host has none, and keeps it across re-renders", async () => {
    const adapter = stubAdapter();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <UserManagementProvider adapter={adapter}>{children}</UserManagementProvider>
    );
    const { result, rerender } = renderHook(() => ({ client: useQueryClient(), session: useSession() }), {
      wrapper,
    });
    const first = result.current.client;

    expect(first).toBeInstanceOf(QueryClient);
    await waitFor(() => expect(result.current.session.isSuccess).toBe(true));
    rerender();
    expect(result.current.client).toBe(first);
    expect(result.current.session.data?.viewer.id).toBe("user-1");
  });

  it("prefers an explicit queryClient prop over the host's", () => {
    const host = createTestQueryClient();
    const own = createTestQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={host}>
        <UserManagementProvider adapter={stubAdapter()} queryClient={own}>
          {children}
        </UserManagementProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => useQueryClient(), { wrapper });

    expect(result.current).toBe(own);
  });

  it("gives the adapter to useUserManagementAdapter", () => {
    const adapter = stubAdapter();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <UserManagementProvider adapter={adapter}>{children}</UserManagementProvider>
    );
    const { result } = renderHook(() => useUserManagementAdapter(), { wrapper });

    expect(result.current).toBe(adapter);
  });

  it("useUserManagementAdapter outside the provider throws an error naming the provider", () => {
    expect(() => withoutRenderErrorReports(() => renderHook(() => useUserManagementAdapter()))).toThrow(
      /useUserManagementAdapter must be used inside <UserManagementProvider/,
    );
  });
});
