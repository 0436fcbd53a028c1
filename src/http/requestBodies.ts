import * as v from "valibot";
import { MAX_INVITEES, validateInviteeCount } from "../core/invitePlanning";
import {
  MAX_EMAIL_LENGTH,
  MAX_GRANTS,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  textProblem,
} from "../core/limits";
import type { OPERATIONS, OperationId } from "./operations";

/*
 * The request bodies of the HTTP contract, as Valibot schemas: the server validates bodies with them
 * and the OpenAPI document is generated from them. The operation table only marks which operations
 * take a body (`body: true`), so the REST adapter, which reads that table but never validates what it
 * sends, does not bundle these schemas nor core's limits.
 * R31: every string and list is bounded by core's limits (src/core/limits.ts) and refuses control
 * characters, in core's own words, so a value is refused the same way whether this outer guard or
 * core finds it; core still checks the domain rules (email shape, roles, grants).
 */

/** The `version` column is a PostgreSQL integer: a larger number is no version any record has. */
const MAX_VERSION = 2_147_483_647;
const version = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(MAX_VERSION, `A version is a whole number from 0 to ${MAX_VERSION}.`),
);
// No C0 control character nor DEL (core's `hasControlCharacter`), as a pattern so that the OpenAPI
// document states it too. One character class, no nested quantifier: linear on any input.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f]*$/;
/** A string of at most `max` characters without control characters; the message is core's. */
function bounded(max: number, what: string) {
  const message = (issue: v.BaseIssue<unknown>) => textProblem(String(issue.input), max, what) ?? `${what} is invalid.`;
  return v.pipe(v.string(), v.regex(PLAIN_TEXT, message), v.maxLength(max, message));
}
const name = bounded(MAX_NAME_LENGTH, "A name");
const email = bounded(MAX_EMAIL_LENGTH, "An email address");
const id = bounded(MAX_ID_LENGTH, "An id");
const password = bounded(MAX_PASSWORD_LENGTH, "A password");
/** Issued tokens are 43 characters; anything far longer cannot be one. */
const token = bounded(MAX_ID_LENGTH, "An invitation token");
const grants = v.pipe(v.array(id), v.maxLength(MAX_GRANTS, `Grant at most ${MAX_GRANTS} permissions.`));

/**
 * An object of named fields, and not an array: Valibot's `object` takes `[]` for `{}`, which would
 * make `changes: []` a no-op update. The OpenAPI document shows the object alone (its generator
 * converts a pipeline from its last schema, `typeMode: "output"`).
 */
const fieldsObject = <const Entries extends v.ObjectEntries>(entries: Entries, what: string) =>
  v.pipe(
    v.unknown(),
    v.check((input) => typeof input === "object" && input !== null && !Array.isArray(input), `Send ${what}.`),
    v.object(entries),
  );
const invitee = fieldsObject(
  { email, firstName: v.optional(name), lastName: v.optional(name) },
  'each invitee as an object, such as { "email": "ada@example.com" }',
);

export const updateUserBodySchema = v.object({
  version,
  changes: fieldsObject(
    {
      firstName: v.optional(name),
      lastName: v.optional(name),
      email: v.optional(email),
      roleId: v.optional(id),
      permissions: v.optional(grants),
    },
    'the changes as an object of fields, such as { "firstName": "Ada" }',
  ),
});
export const userStatusBodySchema = v.object({ version: v.optional(version) });
export const changePasswordBodySchema = v.object({ newPassword: password, actorPassword: password });
export const inviteUsersBodySchema = v.object({
  invitees: v.pipe(
    v.array(invitee),
    v.maxLength(
      MAX_INVITEES,
      (issue) => validateInviteeCount(Array.isArray(issue.input) ? issue.input.length : 0).invitees ?? "",
    ),
  ),
  roleId: id,
  permissions: v.optional(grants),
});
export const replaceInvitationBodySchema = v.object({
  invitee,
  roleId: id,
  permissions: v.optional(grants),
});
export const acceptInvitationBodySchema = v.object({ token, firstName: name, lastName: name });
export const updateExternalUserBodySchema = v.object({
  version,
  roleId: id,
  permissions: v.optional(grants),
});

/** The operations the table marks as taking a body (`body: true`). */
export type BodyOperationId = {
  [K in OperationId]: (typeof OPERATIONS)[K] extends { body: true } ? K : never;
}[OperationId];

/** The schema of each operation's request body: exactly the operations marked `body: true`. */
export const REQUEST_BODIES = {
  updateUser: updateUserBodySchema,
  suspendUser: userStatusBodySchema,
  reactivateUser: userStatusBodySchema,
  changePassword: changePasswordBodySchema,
  inviteUsers: inviteUsersBodySchema,
  replaceInvitation: replaceInvitationBodySchema,
  acceptInvitation: acceptInvitationBodySchema,
  updateExternalUser: updateExternalUserBodySchema,
} as const satisfies Record<BodyOperationId, v.GenericSchema>;

/** The schema of an operation's request body, or `undefined` for an operation without one. */
export function requestBodyOf(operationId: OperationId): v.GenericSchema | undefined {
  return (REQUEST_BODIES as Partial<Record<OperationId, v.GenericSchema>>)[operationId];
}

/** The validated request body of an operation, or `undefined` for operations without one. */
export type BodyOf<K extends OperationId> = K extends BodyOperationId
  ? v.InferOutput<(typeof REQUEST_BODIES)[K]>
  : undefined;
