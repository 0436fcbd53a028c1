import type { QueryClient } from "@tanstack/react-query";
import { describe, expectTypeOf, it } from "vitest";
import type { ListUsersResult, UserManagementAdapter } from "../../src/adapter/contract";
import type { Decision } from "../../src/core/can";
import type { UserManagementError } from "../../src/core/errors";
import type { User } from "../../src/core/types";
import {
  type UsePermissionsResult,
  type UseUsersResult,
  userManagementKeys,
  userQueryOptions,
  usersQueryOptions,
} from "../../src/hooks";

declare const permissions: UsePermissionsResult;
declare const users: UseUsersResult;
declare const adapter: UserManagementAdapter;
declare const queryClient: QueryClient;
declare const user: User;

describe("public types of the hooks", () => {
  it("can() takes no target for account-wide actions and requires one for actions on a user", () => {
    expectTypeOf(permissions.can("users.list")).toEqualTypeOf<Decision>();
    expectTypeOf(permissions.can("invitation.create", undefined, { inviteCount: 3 })).toEqualTypeOf<Decision>();
    expectTypeOf(permissions.can("user.changeRole", user, { roleId: "manager" })).toEqualTypeOf<Decision>();
    // @ts-expect-error a suspend needs the user it acts on
    permissions.can("user.suspend");
    // @ts-expect-error the target must be a user, not an id
    permissions.can("user.delete", "user-2");
    // @ts-expect-error only roleId and inviteCount may be added to the policy context
    permissions.can("users.list", undefined, { activeOwnerCount: 5 });
  });

  it("errors are typed UserManagementErrors, on queries and mutations alike", () => {
    expectTypeOf(users.error).toEqualTypeOf<UserManagementError | null>();
    expectTypeOf(users.suspendUser.error).toEqualTypeOf<UserManagementError | null>();
    expectTypeOf(users.updateUser.mutateAsync).returns.resolves.toEqualTypeOf<User>();
  });

  it("query options carry their data type to the QueryClient through the key", () => {
    const options = usersQueryOptions(adapter, { page: 1, pageSize: 25 });
    expectTypeOf(queryClient.getQueryData(options.queryKey)).toEqualTypeOf<ListUsersResult | undefined>();
    expectTypeOf(queryClient.getQueryData(userQueryOptions(adapter, "user-2").queryKey)).toEqualTypeOf<
      User | undefined
    >();
  });

  it("list keys refuse what is not a list selection", () => {
    // @ts-expect-error page and pageSize are required
    userManagementKeys.users.list({ search: "ada" });
  });
});
