import * as v from "valibot";
import { describeIssues } from "../../adapters/rest/describeIssues";
import { isUserManagementError, UserManagementError } from "../../core/errors";
import { OPERATIONS, type OperationId, type ResultOf } from "../../http/operations";
import { externalUserSchema, userSchema } from "../../http/schemas";

/*
 * What an adapter answers is checked and trimmed to the contract before it goes out. An adapter over
 * another backend easily returns that backend's own records (a password hash, a session token,
 * internal flags); the contract's schemas keep only the fields they name (Valibot's `object` drops
 * the others), so nothing the contract does not name reaches the browser. An answer that does not
 * follow the contract is the adapter's bug: it is reported to `onError` with where and how it
 * differs, and the caller gets a generic 500, as for any fault. The REST adapter would refuse it
 * anyway, with less to go on.
 */

/** An adapter answered something that is not the contract's: a fault of the server, never shown to callers. */
export class AdapterAnswerError extends Error {
  constructor(operationId: OperationId, problem: string) {
    super(
      `createAdapterHandler: the adapter's ${operationId} answered something that does not follow the contract: ` +
        `${problem}. Make it return the contract's ${operationId} result (see UserManagementAdapter).`,
    );
    this.name = "AdapterAnswerError";
  }
}

/** R25: the record a conflict's `current` carries, by operation; other operations send none. */
const CURRENT_RECORD: Partial<Record<OperationId, v.GenericSchema>> = {
  updateUser: userSchema,
  suspendUser: userSchema,
  reactivateUser: userSchema,
  updateExternalUser: externalUserSchema,
};

/** The adapter's answer as the contract has it: validated, unknown fields dropped; `undefined` for 204. */
export function contractAnswer<K extends OperationId>(operationId: K, answer: unknown): ResultOf<K> {
  const schema = OPERATIONS[operationId].response;
  // A 204 operation answers nothing, whatever the method resolved to.
  if (schema === null) return undefined as ResultOf<K>;
  const parsed = v.safeParse(schema, answer);
  if (!parsed.success) throw new AdapterAnswerError(operationId, describeIssues(parsed.issues));
  return parsed.output as ResultOf<K>;
}

/**
 * A typed error as the contract carries it: its `fieldErrors` kept when they are text, and (R25) a
 * conflict's `current` record trimmed to the contract's fields. R29: any other `current` is left out
 * (a refusal carries no record), and so is one that is not the operation's record. Anything else
 * thrown is returned as it is, for `responseForThrown`.
 */
export function contractError(operationId: OperationId, thrown: unknown): unknown {
  if (!isUserManagementError(thrown) || (thrown.current === undefined && thrown.fieldErrors === undefined)) {
    return thrown;
  }
  const schema = thrown.code === "conflict" ? CURRENT_RECORD[operationId] : undefined;
  const current = schema && thrown.current !== undefined ? v.safeParse(schema, thrown.current) : undefined;
  const fieldErrors = thrown.fieldErrors
    ? Object.fromEntries(Object.entries(thrown.fieldErrors).filter(([, problem]) => typeof problem === "string"))
    : undefined;
  return new UserManagementError(thrown.code, thrown.message, {
    fieldErrors,
    current: current?.success ? current.output : undefined,
    cause: thrown,
  });
}
