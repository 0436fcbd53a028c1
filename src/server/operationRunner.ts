import { assertInvitationAcceptable } from "../core/invitationRecords";
import type { Viewer } from "../core/types";
import { assertActiveViewer } from "../core/viewerAccess";
import type { OperationId, ResultOf } from "../http/operations";
import type { OperationInput } from "./contractRoutes";
import * as externalUsers from "./operations/externalUserOperations";
import * as invitations from "./operations/invitationOperations";
import type {
  AfterCommitOptions,
  OperationContext,
  OperationSettings,
  Transact,
  ViewerContext,
} from "./operations/operationContext";
import * as session from "./operations/sessionOperations";
import * as users from "./operations/userOperations";
import { readPaging, readUserListQuery } from "./requestInput";
import { hashInvitationToken } from "./secrets";
import type { StoreTransaction, TransactionOptions, UserManagementStore } from "./store";

/**
 * Who calls (R10, R28): the user or external user `userId` of account `accountId`. Without
 * `accountId`, the store's only account (a store of one account).
 */
export interface Caller {
  accountId?: string;
  userId: string;
}

type Implementation<K extends OperationId> = (
  transact: Transact,
  input: OperationInput<K>,
  settings: OperationSettings,
) => Promise<ResultOf<K>>;

// The wiring between the contract's routes and the operations: what each takes from the request.
// Most run in one transaction; changing a password runs two, with the costly hashing between them.
const IMPLEMENTATIONS: { [K in OperationId]: Implementation<K> } = {
  // The store behind this handler has every capability and the strict behaviours; it still needs a session.
  getCapabilities: (transact) => transact(async () => ({})),
  getSession: (transact) => transact((context) => session.getSession(context)),
  getRoleModel: (transact) => transact((context) => session.getRoleModel(context)),
  listUsers: (transact, { query }) => {
    const listQuery = readUserListQuery(query);
    return transact((context) => users.listUsers(context, listQuery));
  },
  getUser: (transact, { id }) => transact((context) => users.getUser(context, { id })),
  updateUser: (transact, { id, body }) => transact((context) => users.updateUser(context, { id, ...body })),
  deleteUser: (transact, { id }) => transact((context) => users.deleteUser(context, { id })),
  suspendUser: (transact, { id, body }) => transact((context) => users.suspendUser(context, { id, ...body })),
  reactivateUser: (transact, { id, body }) => transact((context) => users.reactivateUser(context, { id, ...body })),
  changePassword: (transact, { id, body }, settings) => users.changePassword(transact, settings, { id, ...body }),
  listInvitations: (transact, { query }) => {
    const paging = readPaging(query);
    return transact((context) => invitations.listInvitations(context, paging));
  },
  inviteUsers: (transact, { body }) => transact((context) => invitations.inviteUsers(context, body)),
  resendInvitation: (transact, { id }) => transact((context) => invitations.resendInvitation(context, { id })),
  cancelInvitation: (transact, { id }) => transact((context) => invitations.cancelInvitation(context, { id })),
  replaceInvitation: (transact, { id, body }) =>
    transact((context) => invitations.replaceInvitation(context, { id, ...body })),
  acceptInvitation: (transact, { body }) => transact((context) => invitations.acceptInvitation(context, body)),
  listExternalUsers: (transact, { query }) => {
    const paging = readPaging(query);
    return transact((context) => externalUsers.listExternalUsers(context, paging));
  },
  updateExternalUser: (transact, { id, body }) =>
    transact((context) => externalUsers.updateExternalUser(context, { id, ...body })),
  removeExternalUser: (transact, { id }) => transact((context) => externalUsers.removeExternalUser(context, { id })),
};

// PostgreSQL's "try again" errors: a serialization failure or a deadlock the server broke.
const RETRYABLE_SQL_STATES = new Set(["40001", "40P01"]);
const MAX_ATTEMPTS = 3;

const isRetryable = (error: unknown) =>
  typeof error === "object" && error !== null && RETRYABLE_SQL_STATES.has(String((error as { code?: unknown }).code));

/** R10: the caller as stored now: a user or an external user of this account. */
async function findViewer(tx: StoreTransaction, id: string): Promise<Viewer | undefined> {
  const person = (await tx.findUser(id)) ?? (await tx.findExternalUser(id));
  if (!person) return undefined;
  const { email, firstName, lastName, roleId, permissions, status } = person;
  return { id, email, firstName, lastName, roleId, permissions, status, isExternal: "homeAccount" in person };
}

interface Effect {
  run(): void | Promise<void>;
  options: AfterCommitOptions;
}

/**
 * R30: runs what follows a commit. Every effect is attempted, whatever the others do; one that keeps
 * failing is reported to `onError` and to its own `onFailed`, and never turns the committed change
 * into a failure.
 */
async function runEffects(effects: readonly Effect[], onError: (error: unknown) => void): Promise<void> {
  for (const { run, options } of effects) {
    const attempts = Math.max(1, options.attempts ?? 1);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await run();
        break;
      } catch (error) {
        if (attempt < attempts) continue;
        onError(error);
        options.onFailed?.(error);
      }
    }
  }
}

/**
 * R15, R28: the account an anonymous acceptance runs in, found from its link's token. A token that
 * no account holds, or that two do, is as invalid as a cancelled one; a store that cannot look tokens
 * up serves one account, where the acceptance runs.
 */
async function acceptanceScope(
  store: UserManagementStore,
  token: string,
  settings: OperationSettings,
): Promise<TransactionOptions> {
  if (!store.findInvitationAccount) return {};
  const accountId = await store.findInvitationAccount(await hashInvitationToken(token));
  if (accountId === undefined) assertInvitationAcceptable(undefined, settings.clock);
  return accountId === undefined ? {} : { accountId };
}

/**
 * Runs one operation for one request (`caller` absent only for anonymous ones): each unit of work in
 * a store transaction scoped to the caller's account (R28), for the caller as stored now (R10),
 * retried on serialization failures, its effects run once it has committed (R30).
 */
export async function runOperation<K extends OperationId>(
  store: UserManagementStore,
  operationId: K,
  caller: Caller | undefined,
  input: OperationInput<K>,
  settings: OperationSettings,
): Promise<ResultOf<K>> {
  const viewerId = caller?.userId;
  let scope: TransactionOptions = {
    ...(caller?.accountId === undefined ? {} : { accountId: caller.accountId }),
    ...(viewerId === undefined ? {} : { viewerId }),
  };
  if (!caller && operationId === "acceptInvitation") {
    scope = await acceptanceScope(store, (input as OperationInput<"acceptInvitation">).body.token, settings);
  }
  const transact: Transact = async (work) => {
    for (let attempt = 1; ; attempt++) {
      const effects: Effect[] = [];
      try {
        const result = await store.transaction(async (tx) => {
          const context: OperationContext = {
            tx,
            settings,
            account: await tx.getAccount(),
            after: (run, options = {}) => effects.push({ run, options }),
          };
          const viewer = viewerId ? assertActiveViewer(await findViewer(tx, viewerId)) : undefined;
          // Anonymous operations never read `viewer`: their implementations take an OperationContext.
          return work({ ...context, viewer } as ViewerContext);
        }, scope);
        await runEffects(effects, settings.onError);
        return result;
      } catch (error) {
        if (attempt < MAX_ATTEMPTS && isRetryable(error)) continue;
        throw error;
      }
    }
  };
  return IMPLEMENTATIONS[operationId](transact, input, settings);
}
