import { toJsonSchemaDefs } from "@valibot/to-json-schema";
import type * as v from "valibot";
import { ERROR_STATUS, type ServerErrorCode } from "../http/errorStatus";
import { COMMON_ERRORS, OPERATION_DOCS, type OperationDoc } from "../http/operationDocs";
import { OPERATIONS, type Operation, type OperationId } from "../http/operations";
import * as bodies from "../http/requestBodies";
import * as schemas from "../http/schemas";

/*
 * Generates the OpenAPI 3.1 document of the HTTP contract from the very Valibot schemas and operation
 * table the REST adapter and the server use (answers in schemas.ts, request bodies in
 * requestBodies.ts, texts in operationDocs.ts): one source of truth. Build-time only (`npm run build`
 * writes dist/openapi.json, exported as react-user-management/openapi.json); no entry imports it.
 */

/** Named schemas of `components.schemas`; a schema used inside another becomes a `$ref` to its name. */
const NAMED_SCHEMAS = {
  Plan: schemas.planSchema,
  Account: schemas.accountSchema,
  Viewer: schemas.viewerSchema,
  User: schemas.userSchema,
  Invitation: schemas.invitationSchema,
  ExternalUser: schemas.externalUserSchema,
  RoleDefinition: schemas.roleDefinitionSchema,
  CapabilitiesResult: schemas.capabilitiesResultSchema,
  SessionResult: schemas.sessionResultSchema,
  RoleModelResult: schemas.roleModelResultSchema,
  ListUsersResult: schemas.listUsersResultSchema,
  UserResult: schemas.userResultSchema,
  ListInvitationsResult: schemas.listInvitationsResultSchema,
  InviteUsersResult: schemas.inviteUsersResultSchema,
  InvitationResult: schemas.invitationResultSchema,
  ListExternalUsersResult: schemas.listExternalUsersResultSchema,
  ExternalUserResult: schemas.externalUserResultSchema,
  UpdateUserBody: bodies.updateUserBodySchema,
  UserStatusBody: bodies.userStatusBodySchema,
  ChangePasswordBody: bodies.changePasswordBodySchema,
  InviteUsersBody: bodies.inviteUsersBodySchema,
  ReplaceInvitationBody: bodies.replaceInvitationBodySchema,
  AcceptInvitationBody: bodies.acceptInvitationBodySchema,
  UpdateExternalUserBody: bodies.updateExternalUserBodySchema,
  ErrorBody: schemas.errorBodySchema,
} satisfies Record<string, v.GenericSchema>;

type JsonObject = Record<string, unknown>;

const ERROR_MEANINGS: Record<ServerErrorCode, string> = {
  forbidden:
    "the caller's role does not allow this (R5–R9, R16), or the request came from a page the server does not trust (a cross-site mutation, an Origin outside `trustedOrigins`)",
  not_found: "no record with this id (or no longer)",
  conflict: "the record changed since the version sent (R25; `current` holds it now), or the state forbids it",
  validation: "the body or a field is invalid; `fieldErrors` says which and why",
  last_owner: "the account would be left without an active owner (R19)",
  self_action: "nobody may delete, suspend or remove themselves (R18)",
  seat_limit: "every seat of the plan is used (R1)",
  plan_required: "the plan does not include multi-user access (R23)",
  invitation_expired: "the invitation link expired (R12, R15)",
  invitation_invalid: "the invitation link was cancelled, replaced, used or never issued (R13, R15)",
  reauthentication_failed: "the caller's own password is wrong (R17)",
  access_revoked:
    "the caller was deleted or revoked (403), or the request has no session (401): the UI says their access was revoked (R10, R20)",
  access_suspended:
    "the caller was suspended by an administrator (403): the UI says their access is suspended until reactivated (R10)",
  unavailable:
    "the server failed or is overloaded; try again later (after `Retry-After` seconds when the answer has it: the server was at its limit of concurrent requests and did nothing)",
  not_implemented: "the server does not offer this operation",
};

function schemaName(schema: v.GenericSchema): string {
  const entry = Object.entries(NAMED_SCHEMAS).find(([, named]) => named === schema);
  if (!entry) throw new Error("Every body and response schema of the operations must be named in NAMED_SCHEMAS.");
  return entry[0];
}

const ref = (schema: v.GenericSchema) => ({ $ref: `#/components/schemas/${schemaName(schema)}` });

/** R9, R31: what the handler refuses before any operation runs, for every mutation. */
const GUARD_RESPONSES = {
  "413":
    "The body is larger than the handler's `maxBodyBytes` (64 KB unless configured): `validation`, with `fieldErrors.body`.",
  "415":
    "The body is not `application/json` (a form, text, or no Content-Type), or an operation without a body received one of another type: `validation`, with `fieldErrors.body`.",
} as const;

/** R31: the header of a 503 the handler answers when it is at its limit of concurrent requests. */
const RETRY_AFTER_HEADER = {
  description:
    "Sent when the server is at its limit of concurrent and waiting requests (`maxConcurrentRequests`, `maxQueuedRequests`): nothing of the request ran; seconds to wait before sending it again.",
  required: false,
  schema: { type: "integer", minimum: 1 },
} as const;

function errorResponses(operation: Operation, doc: OperationDoc): JsonObject {
  const common: readonly ServerErrorCode[] = operation.anonymous ? ["unavailable"] : COMMON_ERRORS;
  // R9: a mutation from a page outside `trustedOrigins` (or any cross-site one) is 403 `forbidden`.
  const guarded: readonly ServerErrorCode[] = operation.method === "GET" ? [] : ["forbidden"];
  const codes = [...new Set<ServerErrorCode>([...doc.errors, ...common, ...guarded])];
  const byStatus = new Map<number, ServerErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  if (!operation.anonymous) byStatus.set(401, ["access_revoked"]);
  const responses: JsonObject = {};
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: statusCodes.map((code) => `\`${code}\`: ${ERROR_MEANINGS[code]}`).join("; "),
      content: { "application/json": { schema: ref(schemas.errorBodySchema) } },
      "x-error-codes": statusCodes,
      ...(status === ERROR_STATUS.unavailable ? { headers: { "Retry-After": RETRY_AFTER_HEADER } } : {}),
    };
  }
  if (operation.method !== "GET") {
    for (const [status, description] of Object.entries(GUARD_RESPONSES)) {
      responses[status] = { description, content: { "application/json": { schema: ref(schemas.errorBodySchema) } } };
    }
  }
  return responses;
}

function operationObject(operationId: OperationId, operation: Operation): JsonObject {
  const doc: OperationDoc = OPERATION_DOCS[operationId];
  const parameters: JsonObject[] = [];
  if (operation.path.includes("{id}")) {
    parameters.push({ name: "id", in: "path", required: true, schema: { type: "string" } });
  }
  for (const query of doc.query ?? []) {
    const item = { type: query.type, ...(query.values ? { enum: [...query.values] } : {}) };
    parameters.push({
      name: query.name,
      in: "query",
      required: false,
      description: query.description,
      ...(query.repeated ? { schema: { type: "array", items: item }, style: "form", explode: true } : { schema: item }),
    });
  }
  const body = bodies.requestBodyOf(operationId);
  const success = operation.response
    ? { "200": { description: "OK", content: { "application/json": { schema: ref(operation.response) } } } }
    : { "204": { description: "Done; no content." } };
  return {
    operationId,
    summary: doc.summary,
    description: `Enforces ${doc.rules} of the domain. The adapter method is \`${operationId}\`.${
      operation.anonymous ? " Needs no session: the invitation token is the credential." : ""
    }${doc.notes ? ` ${doc.notes}` : ""}`,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: ref(body) } } } } : {}),
    responses: { ...success, ...errorResponses(operation, doc) },
  };
}

/** The OpenAPI 3.1 document of the contract, as a plain JSON object. */
export function createOpenApiDocument(version: string): JsonObject {
  const componentSchemas = toJsonSchemaDefs(NAMED_SCHEMAS, {
    target: "draft-2020-12",
    // A request's nested objects are `pipe(unknown, check(not an array), object)`: documented as the object.
    typeMode: "output",
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  });
  const paths: Record<string, JsonObject> = {};
  for (const [operationId, operation] of Object.entries(OPERATIONS) as [OperationId, Operation][]) {
    paths[operation.path] ??= {};
    (paths[operation.path] as JsonObject)[operation.method.toLowerCase()] = operationObject(operationId, operation);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "react-user-management HTTP contract",
      version,
      description: [
        "What `createRestAdapter` calls and `createUserManagementHandler` serves: one operation per method of",
        "`UserManagementAdapter`. Paths are relative to where the handler is mounted.",
        "Every error answers a status and `{ error: { code, message, fieldErrors?, current? } }`; clients read `code`.",
        "Optimistic concurrency (R25): changes carry the `version` they were made from; an older one is `409 conflict`",
        "with the record as it is now in `error.current`. Authentication is the host app's (cookie, bearer token…):",
        "the handler asks `getViewer(request)` who is calling, and in which account (R28: every id is scoped to the",
        "caller's account; another account's ids answer as missing ones). Mutations take JSON bodies only (415 otherwise), of at most",
        "64 KB unless configured (413), and are refused from untrusted pages (403); a known path asked with another method is",
        "405 with `Allow`. A server at its limit of concurrent and waiting requests answers at once 503 `unavailable` with",
        "`Retry-After` (seconds), having done nothing: send the request again after that.",
      ].join(" "),
    },
    servers: [{ url: "/api/user-management", description: "Wherever the handler is mounted (its basePath)." }],
    paths,
    components: { schemas: componentSchemas },
  };
}
