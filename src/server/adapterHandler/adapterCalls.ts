import type { UserManagementAdapter } from "../../adapter/contract";
import { UserManagementError } from "../../core/errors";
import { OPERATIONS, type OperationId } from "../../http/operations";
import type { OperationInput } from "../contractRoutes";
import { readPaging, readUserListQuery } from "../requestInput";

/** The adapter method an operation carries (the operation's id is the method's name). */
type Method<K extends OperationId> = NonNullable<UserManagementAdapter[K]>;

/** The params of that method, but its `signal`: the handler adds the request's own. */
type ParamsOf<K extends OperationId> = Omit<Parameters<Method<K>>[0], "signal">;

// What each method is called with, from the request: the same query parsing as the store handler
// (R1, R31) and the body as the contract's schema validated it. Typed against the adapter's own
// params, so a field added to a method's params is asked for here.
const PARAMS: { [K in OperationId]: (input: OperationInput<K>) => ParamsOf<K> } = {
  getCapabilities: () => ({}),
  getSession: () => ({}),
  getRoleModel: () => ({}),
  listUsers: ({ query }) => readUserListQuery(query),
  getUser: ({ id }) => ({ id }),
  updateUser: ({ id, body }) => ({ id, ...body }),
  deleteUser: ({ id }) => ({ id }),
  suspendUser: ({ id, body }) => ({ id, ...body }),
  reactivateUser: ({ id, body }) => ({ id, ...body }),
  changePassword: ({ id, body }) => ({ id, ...body }),
  listInvitations: ({ query }) => readPaging(query),
  inviteUsers: ({ body }) => body,
  resendInvitation: ({ id }) => ({ id }),
  cancelInvitation: ({ id }) => ({ id }),
  replaceInvitation: ({ id, body }) => ({ id, ...body }),
  acceptInvitation: ({ body }) => body,
  listExternalUsers: ({ query }) => readPaging(query),
  updateExternalUser: ({ id, body }) => ({ id, ...body }),
  removeExternalUser: ({ id }) => ({ id }),
};

/**
 * The contract's answer for an optional method the adapter lacks: 501 `not_implemented`. The
 * browser's REST adapter has every method, so `GET /capabilities` reports the capability off and
 * the UI never offers it; a client that calls anyway is told plainly.
 */
function notImplemented(operationId: OperationId): UserManagementError {
  const { method, path } = OPERATIONS[operationId];
  return new UserManagementError(
    "not_implemented",
    `This server does not offer ${method} ${path}: its adapter has no ${operationId} method.`,
  );
}

/**
 * Calls the adapter method of `operationId` with the request's input and `signal`, as a method of
 * `adapter` (a class instance keeps its `this`). Throws `not_implemented` when it is absent.
 */
export function callAdapter<K extends OperationId>(
  adapter: UserManagementAdapter,
  operationId: K,
  input: OperationInput<K>,
  signal: AbortSignal,
): Promise<unknown> {
  const method: unknown = adapter[operationId];
  if (typeof method !== "function") throw notImplemented(operationId);
  // The table above types each operation's params against its own method; the union of all methods
  // cannot be called with one operation's params, hence the one cast.
  const params = { ...PARAMS[operationId](input), signal };
  return (method as (params: object) => Promise<unknown>).call(adapter, params);
}
