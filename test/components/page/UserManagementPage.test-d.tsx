import type { QueryClient } from "@tanstack/react-query";
import type { ComponentProps } from "react";
import { describe, expectTypeOf, it } from "vitest";
import type { UserManagementAdapter } from "../../../src/adapter/contract";
import { UserManagementPage, type UserManagementPageProps } from "../../../src/components/page";
import { UserManagementProvider } from "../../../src/hooks";

declare const adapter: UserManagementAdapter;
declare const queryClient: QueryClient;

// Checked by `npm run typecheck`: JSX that must compile, and JSX that must not.
describe("public types of UserManagementPage", () => {
  it("takes an adapter, or none inside a UserManagementProvider", () => {
    expectTypeOf<UserManagementPageProps["adapter"]>().toEqualTypeOf<UserManagementAdapter | undefined>();
    expectTypeOf<ComponentProps<typeof UserManagementPage>>().toEqualTypeOf<UserManagementPageProps>();

    <UserManagementPage adapter={adapter} queryClient={queryClient} upgrade={{ href: "/billing" }} />;
    <UserManagementProvider adapter={adapter}>
      <UserManagementPage upgrade={{ href: "/billing" }} />
    </UserManagementProvider>;
    // @ts-expect-error an adapter is an object with the contract's methods, not a URL
    <UserManagementPage adapter="/api/user-management" />;
  });
});
