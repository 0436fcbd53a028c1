/**
 * `react-user-management/server`: the server side of the HTTP contract. A standard
 * `Request → Response` handler that enforces every rule with core's `can()`, over a store;
 * `createPostgresStore` keeps the data in PostgreSQL (PGlite embedded, or a server through `pg`).
 * `createAdapterHandler` serves any server-side `UserManagementAdapter` over the same contract.
 * Server-only: never import it from browser code.
 */
export type { AdapterHandlerOptions } from "./adapterHandler/createAdapterHandler";
export { createAdapterHandler } from "./adapterHandler/createAdapterHandler";
export type { UserManagementHandlerOptions, ViewerIdentity } from "./createUserManagementHandler";
export { createUserManagementHandler } from "./createUserManagementHandler";
export { isDatabaseFault } from "./databaseFaults";
export type { ContractServerOptions } from "./handlerSettings";
export type { PostgresStoreOptions } from "./postgres/createPostgresStore";
export { createPostgresStore, DEFAULT_TRANSACTION_TIMEOUT_MS } from "./postgres/createPostgresStore";
export type { LoadDatasetOptions } from "./postgres/loadDataset";
export { loadDataset } from "./postgres/loadDataset";
export type { MigrateOptions } from "./postgres/migrations";
export { migrate, SCHEMA_VERSION } from "./postgres/migrations";
export { DEFAULT_SCHEMA } from "./postgres/schemaName";
export type {
  PgNamedStatement,
  PgPoolClientOptions,
  PgPoolConnection,
  PgPoolLike,
  SqlClient,
  SqlQueryable,
  SqlResult,
  SqlTransactionOptions,
} from "./postgres/sqlClient";
export { pgPoolClient } from "./postgres/sqlClient";
export { DEFAULT_LIST_COUNT_LIMIT } from "./postgres/userListReader";
export { DEFAULT_PASSWORD_ITERATIONS, hashPassword, verifyPassword } from "./secrets";
export type {
  InvitationRecord,
  LockOption,
  Page,
  StoredAccount,
  StoreTransaction,
  TransactionOptions,
  UserListQuery,
  UserManagementStore,
} from "./store";
export type { ServedSqlClient, SqlWorkerPort } from "./worker/serveSqlClient";
export { serveSqlClient } from "./worker/serveSqlClient";
export type { SqlWorkerLike, WorkerSqlClient } from "./worker/workerSqlClient";
export { workerSqlClient } from "./worker/workerSqlClient";
