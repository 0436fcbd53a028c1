import { QueryClient } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { UserManagementAdapter } from "../../../src/adapter/contract";
import { createMemoryAdapter, generateDataset } from "../../../src/adapters/memory";
import { UserManagementPage } from "../../../src/components/page";
import { createManualClock } from "../../../src/core";
import { UserManagementProvider, userManagementKeys, useSession } from "../../../src/hooks";
import { withoutRenderErrorReports } from "../../renderErrors";
import { renderWithAdapter, TEST_NOW } from "../renderWithAdapter";

/** A fresh 10-user account (12 seats used); `size` changes the seats count, to tell two apart. */
function memoryAdapter(size = 10): UserManagementAdapter {
  return createMemoryAdapter({
    dataset: generateDataset({ size, now: TEST_NOW }),
    clock: createManualClock(TEST_NOW),
  });
}

const testClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** A host component using the hooks beside the page, as an app with its own screens does. */
function ViewerName() {
  const session = useSession();
  return <p data-testid="host-viewer">{session.data?.viewer.firstName ?? "…"}</p>;
}

describe("UserManagementPage inside a UserManagementProvider", () => {
  it("renders with the enclosing provider's adapter when given none", async () => {
    renderWithAdapter(<UserManagementPage now={new Date(TEST_NOW)} />);
    expect(await screen.findByRole("heading", { level: 1, name: "Users" })).toBeInTheDocument();
    expect(await screen.findByText("12 seats used")).toBeInTheDocument();
    expect((await screen.findAllByText(/Lovelace/)).length).toBeGreaterThan(0);
  });

  it("caches in the enclosing provider's QueryClient, shared with the host's own hooks", async () => {
    const queryClient = testClient();
    render(
      <UserManagementProvider adapter={memoryAdapter()} queryClient={queryClient}>
        <ViewerName />
        <UserManagementPage />
      </UserManagementProvider>,
    );
    expect(await screen.findByText("12 seats used")).toBeInTheDocument();
    expect(screen.getByTestId("host-viewer")).not.toHaveTextContent("…");
    // The page's queries land in the provider's client, where the host can prefetch and invalidate them.
    expect(queryClient.getQueryData(userManagementKeys.session())).toBeDefined();
    expect(queryClient.getQueryCache().findAll({ queryKey: userManagementKeys.users.lists() })).not.toHaveLength(0);
  });

  it("uses its own adapter over the enclosing provider's when given one", async () => {
    render(
      <UserManagementProvider adapter={memoryAdapter(20)} queryClient={testClient()}>
        <UserManagementPage adapter={memoryAdapter(10)} queryClient={testClient()} />
      </UserManagementProvider>,
    );
    expect(await screen.findByText("12 seats used")).toBeInTheDocument();
  });

  it("keeps the enclosing provider's adapter and caches in the QueryClient it is given", async () => {
    const outer = testClient();
    const own = testClient();
    render(
      <UserManagementProvider adapter={memoryAdapter()} queryClient={outer}>
        <UserManagementPage queryClient={own} />
      </UserManagementProvider>,
    );
    expect(await screen.findByText("12 seats used")).toBeInTheDocument();
    expect(own.getQueryData(userManagementKeys.session())).toBeDefined();
    expect(outer.getQueryData(userManagementKeys.session())).toBeUndefined();
  });
});

describe("UserManagementPage on its own", () => {
  it("renders with the adapter it is given, no provider needed", async () => {
    render(<UserManagementPage adapter={memoryAdapter()} queryClient={testClient()} />);
    expect(await screen.findByRole("heading", { level: 1, name: "Users" })).toBeInTheDocument();
    expect(await screen.findByText("12 seats used")).toBeInTheDocument();
  });

  it("throws an error naming the page when it has neither an adapter nor a provider", () => {
    expect(() => withoutRenderErrorReports(() => render(<UserManagementPage />))).toThrow(
      "<UserManagementPage> needs an adapter: pass adapter={…} or render it inside <UserManagementProvider adapter={…}>.",
    );
  });
});
