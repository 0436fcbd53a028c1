import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerErrorCode } from "../../src/http/errorStatus";
import { OPERATIONS, type OperationId } from "../../src/http/operations";
import { createConformanceFixture } from "../../src/testing";
import { type DatabaseDump, dumpDatabase, dumpDifferences } from "./databaseDump";
import { BASE_PATH, type FullStack, startFullStack, VIEWER_HEADER } from "./fullStackHarness";
import { DATABASE_URL, lazyTestDatabase, PGLITE_START_TIMEOUT, type TestDatabase } from "./testDatabase";

/*
 * R31: the bad-input catalog. Every request here is the caller's fault (a hostile or broken client):
 * each must be refused with a clear 4xx — the contract's error body, the expected code, a sentence a
 * person can read, no stack trace or SQL — and must store nothing, mail nothing and log nobody out.
 * The fixture is loaded once per database: a refused request changes nothing, so the same data serves
 * the next case (the dump before and after each case proves it; a case that changes data reloads it).
 * Valid input that must pass (emoji, right-to-left text, boundary lengths) is in its own block at the end.
 */

type RawBody = string | Uint8Array<ArrayBuffer>;

interface Outcome {
  status: number;
  code: ServerErrorCode;
}

interface BadRequest extends Outcome {
  /** What is sent, for the test's name. */
  name: string;
  method: string;
  /** Relative to the base path, already encoded. */
  path: string;
  headers?: Record<string, string>;
  body?: RawBody;
  /** Who calls: `admin-1` (who may do everything) unless said; `null`: no session. */
  viewer?: string | null;
  /** A field error must name this field, or one of these (`changes.firstName` and `firstName` both name `firstName`). */
  field?: string | readonly string[];
  /** 405: the methods `Allow` must list. */
  allow?: readonly string[];
  /** Another answer that is as clear and as right (only where the contract leaves the choice). */
  or?: Outcome;
}

const JSON_TYPE = { "content-type": "application/json" };
const VALIDATION: Outcome = { status: 422, code: "validation" };
const UNSUPPORTED: Outcome = { status: 415, code: "validation" };
const TOO_LARGE: Outcome = { status: 413, code: "validation" };

/** `list[index]`, wrapping around: the generators spread their variants over the fields this way. */
function at<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error("at() on an empty list");
  return item;
}

// ---------------------------------------------------------------------------------------------------
// The operations with a body, each with a body that is accepted (checked at the end), from which
// every bad body below differs in one place.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface BodyOperation {
  operation: OperationId;
  path: string;
  valid: { [key: string]: Json };
  viewer?: string | null;
}

const UPDATE_USER: BodyOperation = {
  operation: "updateUser",
  path: "/users/user-2",
  valid: { version: 1, changes: { firstName: "Fay", lastName: "Renamed", email: "fay.renamed@example.org" } },
};
const UPDATE_GRANTS: BodyOperation = {
  operation: "updateUser",
  path: "/users/custom-1",
  valid: { version: 1, changes: { roleId: "custom", permissions: ["campaigns.create", "reports.view"] } },
};
const SUSPEND: BodyOperation = { operation: "suspendUser", path: "/users/user-2/suspend", valid: { version: 1 } };
const REACTIVATE: BodyOperation = {
  operation: "reactivateUser",
  path: "/users/suspended-1/reactivate",
  valid: { version: 1 },
};
const CHANGE_PASSWORD: BodyOperation = {
  operation: "changePassword",
  path: "/users/user-2/password",
  valid: { newPassword: "a brand new password", actorPassword: "password-admin-1" },
};
const INVITE: BodyOperation = {
  operation: "inviteUsers",
  path: "/invitations",
  valid: {
    invitees: [{ email: "new.person@example.com", firstName: "New", lastName: "Person" }],
    roleId: "custom",
    permissions: ["reports.view"],
  },
};
const REPLACE: BodyOperation = {
  operation: "replaceInvitation",
  path: "/invitations/invitation-pending/replace",
  valid: {
    invitee: { email: "someone.else@example.com", firstName: "Some", lastName: "One" },
    roleId: "custom",
    permissions: ["reports.view"],
  },
};
const ACCEPT: BodyOperation = {
  operation: "acceptInvitation",
  path: "/invitations/accept",
  valid: { token: "conformance-token-pending", firstName: "Grace", lastName: "Green" },
  viewer: null,
};
const UPDATE_EXTERNAL: BodyOperation = {
  operation: "updateExternalUser",
  path: "/external-users/external-1",
  valid: { version: 1, roleId: "custom", permissions: ["reports.view"] },
};

/** One of each operation with a body (UPDATE_GRANTS is the same operation as UPDATE_USER). */
const BODY_OPERATIONS = [UPDATE_USER, SUSPEND, REACTIVATE, CHANGE_PASSWORD, INVITE, REPLACE, ACCEPT, UPDATE_EXTERNAL];

const routeOf = (target: BodyOperation) => `${OPERATIONS[target.operation].method} ${target.path}`;

/** `valid` with the value at `place` (e.g. `["invitees", 0, "email"]`) set, or removed when `undefined`. */
function withValue(valid: Json, place: readonly (string | number)[], value: Json | undefined): Json {
  const copy = structuredClone(valid);
  let parent: Json = copy;
  for (const key of place.slice(0, -1)) {
    const next: Json | undefined = Array.isArray(parent)
      ? parent[key as number]
      : (parent as { [key: string]: Json })[key as string];
    if (next === undefined || next === null || typeof next !== "object") throw new Error(`No ${place.join(".")}`);
    parent = next;
  }
  const last = place[place.length - 1];
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(last as number, 1);
    else parent[last as number] = value;
  } else if (parent !== null && typeof parent === "object") {
    if (value === undefined) delete parent[last as string];
    else parent[last as string] = value;
  }
  return copy;
}

const RAW = "\u2063raw\u2063";
/** `valid` with a raw JSON literal (`1e400`, `9007199254740993`) at `place`: text JSON.stringify cannot write. */
const withRawLiteral = (valid: Json, place: readonly (string | number)[], literal: string) =>
  JSON.stringify(withValue(valid, place, RAW)).replace(JSON.stringify(RAW), literal);

/** A request with a JSON body to `target`, as its usual caller. */
function jsonCase(
  target: BodyOperation,
  name: string,
  body: RawBody,
  expected: Outcome,
  extra: Partial<BadRequest> = {},
): BadRequest {
  return {
    name: `${routeOf(target)} ${name}`,
    method: OPERATIONS[target.operation].method,
    path: target.path,
    headers: JSON_TYPE,
    body,
    viewer: target.viewer,
    ...expected,
    ...extra,
  };
}

const placeName = (place: readonly (string | number)[]) =>
  place.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}${text ? "." : ""}${key}`),
    "",
  );
const leafField = (place: readonly (string | number)[]) =>
  String([...place].reverse().find((key) => typeof key === "string"));

// ---------------------------------------------------------------------------------------------------
// The string fields of every body, by kind, and the values each kind refuses.

type TextKind = "name" | "email" | "id" | "permission" | "password" | "token";

interface TextField {
  target: BodyOperation;
  place: readonly (string | number)[];
  kind: TextKind;
}

const TEXT_FIELDS: TextField[] = [
  { target: UPDATE_USER, place: ["changes", "firstName"], kind: "name" },
  { target: UPDATE_USER, place: ["changes", "lastName"], kind: "name" },
  { target: UPDATE_USER, place: ["changes", "email"], kind: "email" },
  { target: UPDATE_GRANTS, place: ["changes", "roleId"], kind: "id" },
  { target: UPDATE_GRANTS, place: ["changes", "permissions", 1], kind: "permission" },
  { target: CHANGE_PASSWORD, place: ["newPassword"], kind: "password" },
  { target: CHANGE_PASSWORD, place: ["actorPassword"], kind: "password" },
  { target: INVITE, place: ["invitees", 0, "email"], kind: "email" },
  { target: INVITE, place: ["invitees", 0, "firstName"], kind: "name" },
  { target: INVITE, place: ["invitees", 0, "lastName"], kind: "name" },
  { target: INVITE, place: ["roleId"], kind: "id" },
  { target: INVITE, place: ["permissions", 0], kind: "permission" },
  { target: REPLACE, place: ["invitee", "email"], kind: "email" },
  { target: REPLACE, place: ["invitee", "firstName"], kind: "name" },
  { target: REPLACE, place: ["invitee", "lastName"], kind: "name" },
  { target: REPLACE, place: ["roleId"], kind: "id" },
  { target: REPLACE, place: ["permissions", 0], kind: "permission" },
  { target: ACCEPT, place: ["token"], kind: "token" },
  { target: ACCEPT, place: ["firstName"], kind: "name" },
  { target: ACCEPT, place: ["lastName"], kind: "name" },
  { target: UPDATE_EXTERNAL, place: ["roleId"], kind: "id" },
  { target: UPDATE_EXTERNAL, place: ["permissions", 0], kind: "permission" },
];

/** Control characters, named for the test's name: NUL for every field, and one of the others each. */
const CONTROL_CHARACTERS: readonly [string, string][] = [
  ["\u0007", "a bell (U+0007)"],
  ["\n", "a line feed (U+000A)"],
  ["\u001b", "an escape (U+001B)"],
  ["\u007f", "a delete (U+007F)"],
  ["\t", "a tab (U+0009)"],
  ["\r", "a carriage return (U+000D)"],
  ["\u0008", "a backspace (U+0008)"],
];

/** A value of the kind with `inside` in its middle, so that trimming cannot remove it. */
function textWith(kind: TextKind, inside: string): string {
  switch (kind) {
    case "name":
      return `Ad${inside}a`;
    case "email":
      return `ad${inside}a@example.com`;
    case "id":
      return `cus${inside}tom`;
    case "permission":
      return `reports${inside}.view`;
    case "password":
      return `a brand${inside} new password`;
    case "token":
      return `conformance-token${inside}-pending`;
  }
}

/** One character more than each kind's bound: names and ids 200, emails 254, passwords and tokens 1000. */
function overlong(kind: TextKind): [value: string, what: string] {
  switch (kind) {
    case "name":
      return ["N".repeat(201), "201 characters (the bound is 200)"];
    case "email":
      return [`${"a".repeat(243)}@example.com`, "255 characters (the bound is 254)"];
    case "id":
    case "permission":
      return ["r".repeat(201), "201 characters (ids are at most 200)"];
    case "password":
      return ["p".repeat(1001), "1,001 characters (the bound is 1,000)"];
    case "token":
      return ["t".repeat(1001), "1,001 characters"];
  }
}

/** A token the server cannot match is `invitation_invalid` as well as `validation`: both are clear. */
const tokenAlternative = (kind: TextKind): Partial<BadRequest> =>
  kind === "token" ? { or: { status: 404, code: "invitation_invalid" } } : {};

function textFieldCases(): BadRequest[] {
  const cases: BadRequest[] = [];
  TEXT_FIELDS.forEach((field, index) => {
    const { target, place, kind } = field;
    const where = placeName(place);
    const expect = { field: leafField(place), ...tokenAlternative(kind) };
    const other = at(CONTROL_CHARACTERS, index);
    for (const [character, what] of [["\u0000", "a NUL character (U+0000)"], other] as const) {
      const body = JSON.stringify(withValue(target.valid, place, textWith(kind, character)));
      cases.push(jsonCase(target, `with ${what} in ${where}`, body, VALIDATION, expect));
    }
    const [long, length] = overlong(kind);
    cases.push(
      jsonCase(target, `with ${where} of ${length}`, JSON.stringify(withValue(target.valid, place, long)), VALIDATION, {
        ...expect,
      }),
    );
    cases.push(
      jsonCase(
        target,
        `with ${where} as a number`,
        JSON.stringify(withValue(target.valid, place, 42)),
        VALIDATION,
        expect,
      ),
    );
  });
  return cases;
}

// ---------------------------------------------------------------------------------------------------
// Whole bodies: not JSON, JSON of the wrong type, sent as something other than JSON.

const MULTIPART = [
  "--catalog-boundary",
  'Content-Disposition: form-data; name="version"',
  "",
  "1",
  "--catalog-boundary--",
  "",
].join("\r\n");

function wholeBodyCases(): BadRequest[] {
  const cases: BadRequest[] = [];
  const malformed: readonly [string, string][] = [
    ['{"version":', "truncated JSON"],
    ["{'version': 1}", "single-quoted JSON"],
    ['{"version": 1,}', "JSON with a trailing comma"],
    ['{"version": NaN}', "NaN, which JSON does not have"],
    ["{} {}", "two JSON documents"],
    ["<xml/>", "XML"],
  ];
  const wrongTypes: readonly [string, string][] = [
    ["[]", "an array"],
    ['"a string"', "a string"],
    ["42", "a number"],
    ["null", "null"],
    ["true", "a boolean"],
  ];
  BODY_OPERATIONS.forEach((target, index) => {
    const valid = JSON.stringify(target.valid);
    for (const [body, what] of [at(malformed, index), at(malformed, index + 3)]) {
      cases.push(jsonCase(target, `with ${what} as the body`, body, VALIDATION));
    }
    for (const [body, what] of wrongTypes) {
      cases.push(jsonCase(target, `with ${what} as the JSON body`, body, VALIDATION, { field: "body" }));
    }
    const asType = (contentType: string, body: string, what: string) =>
      jsonCase(target, `with Content-Type ${what}`, body, UNSUPPORTED, {
        headers: { "content-type": contentType },
        field: "body",
      });
    cases.push(asType("text/plain", valid, "text/plain (a cross-site form) and a JSON body"));
    cases.push(asType("application/x-www-form-urlencoded", "version=1", "application/x-www-form-urlencoded"));
    cases.push(asType("multipart/form-data; boundary=catalog-boundary", MULTIPART, "multipart/form-data"));
  });
  // No Content-Type at all: bytes carry none (a string body would be sent as text/plain).
  for (const target of [SUSPEND, INVITE]) {
    cases.push(
      jsonCase(
        target,
        "with a JSON body and no Content-Type header",
        new TextEncoder().encode(JSON.stringify(target.valid)),
        UNSUPPORTED,
        { headers: {}, field: "body" },
      ),
    );
  }
  // Bytes that are not UTF-8 text.
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  cases.push(jsonCase(UPDATE_USER, "with PNG bytes labelled application/json", png, VALIDATION));
  const utf16 = new Uint8Array(
    [...new TextEncoder().encode(JSON.stringify(INVITE.valid))].flatMap((byte) => [byte, 0]),
  );
  cases.push(jsonCase(INVITE, "with a UTF-16 body labelled application/json", utf16, VALIDATION));
  // A document nested 5,000 levels deep: small, but not the contract's shape.
  cases.push(
    jsonCase(SUSPEND, "with arrays nested 5,000 levels deep", `${"[".repeat(5000)}${"]".repeat(5000)}`, VALIDATION),
  );
  return cases;
}

// Bodiless mutations carrying a body of another type: what a cross-site form sends (issue 7, item 5).
function bodilessMutationCases(): BadRequest[] {
  const targets: readonly [OperationId, string][] = [
    ["deleteUser", "/users/user-2"],
    ["resendInvitation", "/invitations/invitation-expired/resend"],
    ["cancelInvitation", "/invitations/invitation-pending"],
    ["removeExternalUser", "/external-users/external-1"],
  ];
  const bodies: readonly [string, string, string][] = [
    ["text/plain", "anything", "a text/plain body"],
    ["application/x-www-form-urlencoded", "confirm=yes", "a form-urlencoded body"],
  ];
  return targets.flatMap(([operation, path]) =>
    bodies.map(([contentType, body, what]) => ({
      name: `${OPERATIONS[operation].method} ${path} with ${what}`,
      method: OPERATIONS[operation].method,
      path,
      headers: { "content-type": contentType },
      body,
      ...UNSUPPORTED,
      field: "body",
    })),
  );
}

// ---------------------------------------------------------------------------------------------------
// Fields: missing, wrong types, extra nesting, numbers out of range, lists out of bounds, unknown roles.

function fieldCases(): BadRequest[] {
  const cases: BadRequest[] = [];
  const set = (
    target: BodyOperation,
    name: string,
    place: (string | number)[],
    value: Json | undefined,
    field: string | readonly string[],
  ) => cases.push(jsonCase(target, name, JSON.stringify(withValue(target.valid, place, value)), VALIDATION, { field }));
  const raw = (target: BodyOperation, name: string, place: (string | number)[], literal: string, field: string) =>
    cases.push(jsonCase(target, name, withRawLiteral(target.valid, place, literal), VALIDATION, { field }));

  // Missing fields.
  set(UPDATE_USER, "without version", ["version"], undefined, "version");
  set(UPDATE_USER, "without changes", ["changes"], undefined, "changes");
  set(CHANGE_PASSWORD, "without newPassword", ["newPassword"], undefined, "newPassword");
  set(CHANGE_PASSWORD, "without actorPassword", ["actorPassword"], undefined, "actorPassword");
  set(INVITE, "without invitees", ["invitees"], undefined, "invitees");
  set(INVITE, "without roleId", ["roleId"], undefined, "roleId");
  set(INVITE, "with an invitee without email", ["invitees", 0, "email"], undefined, "email");
  set(REPLACE, "without invitee", ["invitee"], undefined, "invitee");
  set(REPLACE, "without roleId", ["roleId"], undefined, "roleId");
  set(REPLACE, "with an invitee without email", ["invitee", "email"], undefined, "email");
  set(ACCEPT, "without token", ["token"], undefined, "token");
  set(ACCEPT, "without firstName", ["firstName"], undefined, "firstName");
  set(ACCEPT, "without lastName", ["lastName"], undefined, "lastName");
  set(UPDATE_EXTERNAL, "without version", ["version"], undefined, "version");
  set(UPDATE_EXTERNAL, "without roleId", ["roleId"], undefined, "roleId");
  cases.push(jsonCase(UPDATE_USER, "with an empty body", "", VALIDATION));
  cases.push(jsonCase(INVITE, "with an empty body", "", VALIDATION));
  cases.push(jsonCase(ACCEPT, "with an empty body", "", VALIDATION));

  // Wrong container types and extra nesting.
  set(UPDATE_USER, "with changes: [] (an array)", ["changes"], [], "changes");
  set(UPDATE_USER, "with changes as a string", ["changes"], "lastName=Renamed", "changes");
  set(UPDATE_USER, "with changes: null", ["changes"], null, "changes");
  set(UPDATE_USER, "with version nested in an object", ["version"], { value: 1 }, "version");
  set(UPDATE_USER, "with changes.lastName nested in an object", ["changes", "lastName"], { text: "X" }, "lastName");
  set(UPDATE_GRANTS, "with changes.permissions as a string", ["changes", "permissions"], "reports.view", "permissions");
  set(
    UPDATE_GRANTS,
    "with changes.permissions nested in arrays",
    ["changes", "permissions"],
    [["reports.view"]],
    "permissions",
  );
  set(UPDATE_GRANTS, "with changes.roleId: null", ["changes", "roleId"], null, "roleId");
  set(INVITE, "with invitees as an object", ["invitees"], { email: "x@example.com" }, "invitees");
  set(INVITE, "with invitees nested in arrays", ["invitees"], [[{ email: "x@example.com" }]], ["invitees", "email"]);
  set(INVITE, "with an invitee that is a string", ["invitees", 0], "x@example.com", "invitees");
  set(INVITE, "with permissions as a string", ["permissions"], "reports.view", "permissions");
  set(REPLACE, "with invitee as an array", ["invitee"], [{ email: "x@example.com" }], ["invitee", "email"]);
  set(REPLACE, "with invitee nested in an invitee", ["invitee"], { invitee: { email: "x@example.com" } }, [
    "invitee",
    "email",
  ]);
  set(ACCEPT, "with token nested in an object", ["token"], { token: "conformance-token-pending" }, "token");
  set(UPDATE_EXTERNAL, "with roleId nested in an object", ["roleId"], { id: "custom" }, "roleId");
  set(UPDATE_EXTERNAL, "with permissions nested in arrays", ["permissions"], [["reports.view"]], "permissions");
  set(CHANGE_PASSWORD, "with newPassword as an array", ["newPassword"], ["a brand new password"], "newPassword");

  // Numbers: versions that are not whole, not positive, not numbers, not representable.
  for (const target of [UPDATE_USER, SUSPEND, REACTIVATE, UPDATE_EXTERNAL]) {
    set(target, "with version -1", ["version"], -1, "version");
    set(target, "with version 1.5", ["version"], 1.5, "version");
    set(target, 'with version "1" (a string)', ["version"], "1", "version");
    set(target, "with version true", ["version"], true, "version");
    raw(target, "with version 1e400 (Infinity once parsed)", ["version"], "1e400", "version");
    raw(target, "with version 9007199254740993 (beyond exact integers)", ["version"], "9007199254740993", "version");
    raw(target, "with version 1e20", ["version"], "1e20", "version");
  }
  raw(UPDATE_USER, "with version -0.0000001", ["version"], "-1e-7", "version");

  // Lists out of bounds: invitees, grants.
  const invitees = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ email: `person-${index}@example.com` }));
  set(INVITE, "with 101 invitees (the bound is 100)", ["invitees"], invitees(101), "invitees");
  set(INVITE, "with 1,000 invitees", ["invitees"], invitees(1000), "invitees");
  set(INVITE, "with no invitees", ["invitees"], [], "invitees");
  set(
    INVITE,
    "with a NUL character in the second invitee's email",
    ["invitees"],
    [{ email: "ok.person@example.com" }, { email: "bad\u0000person@example.com" }],
    "email",
  );
  const grants = (count: number) => Array.from({ length: count }, (_, index) => `permission.${index}`);
  const grantTargets: readonly [BodyOperation, (string | number)[]][] = [
    [UPDATE_GRANTS, ["changes", "permissions"]],
    [INVITE, ["permissions"]],
    [REPLACE, ["permissions"]],
    [UPDATE_EXTERNAL, ["permissions"]],
  ];
  for (const [target, place] of grantTargets) {
    set(target, "granting 101 permissions (the bound is 100)", place, grants(101), "permissions");
    set(target, "granting reports.view twice", place, ["reports.view", "reports.view"], "permissions");
    set(target, "granting a permission the role cannot have (users.manage)", place, ["users.manage"], "permissions");
    set(target, "granting a permission that does not exist", place, ["no.such.permission"], "permissions");
  }
  set(
    UPDATE_USER,
    "granting permissions with a standard role",
    ["changes", "permissions"],
    ["reports.view"],
    "permissions",
  );

  // Unknown or empty roles.
  const roleTargets: readonly [BodyOperation, (string | number)[]][] = [
    [UPDATE_GRANTS, ["changes", "roleId"]],
    [INVITE, ["roleId"]],
    [REPLACE, ["roleId"]],
    [UPDATE_EXTERNAL, ["roleId"]],
  ];
  for (const [target, place] of roleTargets) {
    const body = (roleId: string) =>
      withValue(withValue(target.valid, place, roleId), [...place.slice(0, -1), "permissions"], undefined);
    cases.push(
      jsonCase(target, "with an unknown role (superuser)", JSON.stringify(body("superuser")), VALIDATION, {
        field: "roleId",
      }),
    );
    cases.push(jsonCase(target, "with an empty roleId", JSON.stringify(body("")), VALIDATION, { field: "roleId" }));
  }

  // Emails and passwords that break the domain's rules (not the bounds).
  set(UPDATE_USER, "with changes.email not an address", ["changes", "email"], "not-an-address", "email");
  set(UPDATE_USER, "with changes.email empty", ["changes", "email"], "", "email");
  set(REPLACE, "with invitee.email not an address", ["invitee", "email"], "not-an-address", "email");
  set(CHANGE_PASSWORD, "with a 7-character newPassword", ["newPassword"], "short12", "newPassword");
  return cases;
}

// ---------------------------------------------------------------------------------------------------
// Sizes: over the 64 KB default limit.

/** `valid` padded with an unknown field to about `bytes` long: the shape is right, only the size is not. */
const padded = (target: BodyOperation, bytes: number) =>
  JSON.stringify({ ...target.valid, padding: "p".repeat(bytes) });

function sizeCases(): BadRequest[] {
  const tenMegabytes = 10 * 1024 * 1024;
  return [
    jsonCase(
      UPDATE_USER,
      "with a 70 KB body (the limit is 64 KB), otherwise valid",
      padded(UPDATE_USER, 70_000),
      TOO_LARGE,
    ),
    jsonCase(UPDATE_USER, "with a 10 MB body", padded(UPDATE_USER, tenMegabytes), TOO_LARGE),
    jsonCase(INVITE, "with a 10 MB body", padded(INVITE, tenMegabytes), TOO_LARGE),
    jsonCase(ACCEPT, "with a 10 MB body, no session needed", padded(ACCEPT, tenMegabytes), TOO_LARGE),
    jsonCase(SUSPEND, "with a 70 KB body", padded(SUSPEND, 70_000), TOO_LARGE),
    jsonCase(
      UPDATE_GRANTS,
      "granting reports.view 200,000 times (3 MB)",
      JSON.stringify(withValue(UPDATE_GRANTS.valid, ["changes", "permissions"], Array(200_000).fill("reports.view"))),
      TOO_LARGE,
    ),
    jsonCase(
      INVITE,
      "with 10,000 invitees (about 300 KB)",
      JSON.stringify(
        withValue(
          INVITE.valid,
          ["invitees"],
          Array.from({ length: 10_000 }, (_, index) => ({ email: `p${index}@example.com` })),
        ),
      ),
      TOO_LARGE,
    ),
    jsonCase(
      ACCEPT,
      "with a 70 KB firstName",
      JSON.stringify(withValue(ACCEPT.valid, ["firstName"], "N".repeat(70_000))),
      TOO_LARGE,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Path ids and query strings.

/** Every operation with an id in its path, with a body that is valid apart from the id. */
const ID_OPERATIONS: readonly [OperationId, (id: string) => string, BodyOperation | undefined][] = [
  ["getUser", (id) => `/users/${id}`, undefined],
  ["updateUser", (id) => `/users/${id}`, UPDATE_USER],
  ["deleteUser", (id) => `/users/${id}`, undefined],
  ["suspendUser", (id) => `/users/${id}/suspend`, SUSPEND],
  ["reactivateUser", (id) => `/users/${id}/reactivate`, REACTIVATE],
  ["changePassword", (id) => `/users/${id}/password`, CHANGE_PASSWORD],
  ["resendInvitation", (id) => `/invitations/${id}/resend`, undefined],
  ["cancelInvitation", (id) => `/invitations/${id}`, undefined],
  ["replaceInvitation", (id) => `/invitations/${id}/replace`, REPLACE],
  ["updateExternalUser", (id) => `/external-users/${id}`, UPDATE_EXTERNAL],
  ["removeExternalUser", (id) => `/external-users/${id}`, undefined],
];

function pathIdCases(): BadRequest[] {
  const cases: BadRequest[] = [];
  ID_OPERATIONS.forEach(([operation, pathOf, withBody], index) => {
    const [character, what] = at(CONTROL_CHARACTERS, index);
    const ids: readonly [string, string][] = [
      ["user-2\u0000", "user-2%00 (ending in a NUL character)"],
      [`user${character}2`, `${encodeURIComponent(`user${character}2`)} (with ${what})`],
      ["x".repeat(201), "of 201 characters (ids are at most 200)"],
    ];
    for (const [id, what] of ids) {
      const method = OPERATIONS[operation].method;
      cases.push({
        name: `${method} ${pathOf("{id}")} with {id} ${what}`,
        method,
        path: pathOf(encodeURIComponent(id)),
        ...(withBody ? { headers: JSON_TYPE, body: JSON.stringify(withBody.valid) } : {}),
        ...VALIDATION,
      });
    }
  });
  cases.push({
    name: "GET /users/%E0%A4%A (malformed percent-encoding)",
    method: "GET",
    path: "/users/%E0%A4%A",
    status: 404,
    code: "not_found",
    or: VALIDATION,
  });
  return cases;
}

function queryCases(): BadRequest[] {
  const cases: BadRequest[] = [];
  const get = (path: string, query: string, what: string, field: string) =>
    cases.push({ name: `GET ${path}?${what}`, method: "GET", path: `${path}?${query}`, ...VALIDATION, field });
  for (const path of ["/users", "/invitations", "/external-users"]) {
    get(path, "page=0", "page=0", "page");
    get(path, "page=-1", "page=-1", "page");
    get(path, "page=1.5", "page=1.5", "page");
    get(path, "page=two", "page=two", "page");
    get(path, "page=", "page= (empty)", "page");
    get(path, "page=NaN", "page=NaN", "page");
    get(path, "page=Infinity", "page=Infinity", "page");
    get(path, "page=1000001", "page=1000001 (the bound is 1,000,000)", "page");
    get(path, "page=1000000000000000000", "page=1000000000000000000", "page");
    get(path, "page=1e400", "page=1e400", "page");
    get(path, "page=%00", "page=%00 (NUL)", "page");
    get(path, "pageSize=0", "pageSize=0", "pageSize");
    get(path, "pageSize=201", "pageSize=201 (the bound is 200)", "pageSize");
    get(path, "pageSize=-5", "pageSize=-5", "pageSize");
    get(path, "pageSize=2.5", "pageSize=2.5", "pageSize");
    get(path, "pageSize=1000000000000000000", "pageSize=1000000000000000000", "pageSize");
  }
  get("/users", "search=%00", "search=%00 (NUL)", "search");
  get("/users", "search=ada%00abbott", "search=ada%00abbott (NUL inside)", "search");
  get("/users", "search=ada%1Babbott", "search=ada%1Babbott (escape)", "search");
  get("/users", "search=ada%0Aabbott", "search=ada%0Aabbott (line feed)", "search");
  get("/users", `search=${"s".repeat(201)}`, "search of 201 characters (the bound is 200)", "search");
  get("/users", `search=${"s".repeat(5000)}`, "search of 5,000 characters", "search");
  get("/users", "sort=age", "sort=age (not a column)", "sort");
  get("/users", "sort=name%3BDROP%20TABLE%20users", "sort=name;DROP TABLE users", "sort");
  get("/users", "sort=name%00", "sort=name%00", "sort");
  get("/users", "sort=name&direction=sideways", "direction=sideways", "direction");
  get("/users", "sort=name&direction=asc%00", "direction=asc%00", "direction");
  get("/users", "status=deleted", "status=deleted", "status");
  get("/users", "status=active&status=bogus", "status=active&status=bogus", "status");
  get("/users", "status=active%00", "status=active%00", "status");
  get("/users", "roleId=user%00", "roleId=user%00 (NUL)", "roleId");
  get("/users", "roleId=us%07er", "roleId=us%07er (bell)", "roleId");
  get("/users", `roleId=${"r".repeat(201)}`, "roleId of 201 characters (ids are at most 200)", "roleId");
  return cases;
}

// ---------------------------------------------------------------------------------------------------
// Methods, routes and sessions.

function routeCases(): BadRequest[] {
  const wrongMethods: readonly [string, string, readonly string[]][] = [
    ["PUT", "/users/user-2", ["GET", "PATCH", "DELETE"]],
    ["POST", "/users/user-2", ["GET", "PATCH", "DELETE"]],
    ["POST", "/session", ["GET"]],
    ["DELETE", "/role-model", ["GET"]],
    ["PATCH", "/users", ["GET"]],
    ["PUT", "/invitations", ["GET", "POST"]],
    ["GET", "/users/user-2/suspend", ["POST"]],
    ["DELETE", "/users/user-2/password", ["POST"]],
    ["GET", "/invitations/invitation-pending/resend", ["POST"]],
    ["PATCH", "/invitations/invitation-pending/replace", ["POST"]],
    ["PUT", "/external-users/external-1", ["PATCH", "DELETE"]],
    ["POST", "/external-users", ["GET"]],
  ];
  const cases: BadRequest[] = wrongMethods.map(([method, path, allow]) => ({
    name: `${method} ${path} (the path takes ${allow.join(", ")})`,
    method,
    path,
    ...(method === "GET" ? {} : { headers: JSON_TYPE, body: JSON.stringify({ version: 1 }) }),
    status: 405,
    code: "not_found",
    allow,
  }));
  cases.push(
    { name: "GET /no-such-route", method: "GET", path: "/no-such-route", status: 404, code: "not_found" },
    { name: "GET /users/user-2/unknown", method: "GET", path: "/users/user-2/unknown", status: 404, code: "not_found" },
  );
  const anonymous: readonly [OperationId, string, BodyOperation | undefined][] = [
    ["listUsers", "/users", undefined],
    ["updateUser", "/users/user-2", UPDATE_USER],
    ["deleteUser", "/users/user-2", undefined],
    ["inviteUsers", "/invitations", INVITE],
    ["suspendUser", "/users/user-2/suspend", SUSPEND],
  ];
  for (const [operation, path, withBody] of anonymous) {
    const method = OPERATIONS[operation].method;
    cases.push({
      name: `${method} ${path} with a valid request and no session`,
      method,
      path,
      ...(withBody ? { headers: JSON_TYPE, body: JSON.stringify(withBody.valid) } : {}),
      viewer: null,
      status: 401,
      code: "access_revoked",
    });
  }
  cases.push({
    name: "PATCH /users/user-2 with an empty x-test-viewer header (no session)",
    method: "PATCH",
    path: "/users/user-2",
    headers: { ...JSON_TYPE, [VIEWER_HEADER]: "" },
    body: JSON.stringify(UPDATE_USER.valid),
    viewer: null,
    status: 401,
    code: "access_revoked",
  });
  return cases;
}

const CASES: BadRequest[] = [
  ...wholeBodyCases(),
  ...bodilessMutationCases(),
  ...textFieldCases(),
  ...fieldCases(),
  ...sizeCases(),
  ...pathIdCases(),
  ...queryCases(),
  ...routeCases(),
].map((item) => ({ ...item, name: `R31: ${item.name} → ${item.status} ${item.code}` }));

// ---------------------------------------------------------------------------------------------------
// Running one case.

/** Stack frames, source positions and SQL: none may reach a caller. */
const LEAKS: readonly RegExp[] = [
  /\bat [\w.<>$]+ \(/,
  /\.[cm]?[jt]sx?:\d+/,
  /\b(SELECT|INSERT|UPDATE) /,
  /syntax error/i,
  /relation "/i,
  /violates/i,
  /\bpg_/i,
  /ERROR:/,
  /SQLSTATE/i,
  /node_modules/,
];

function requestOf(item: BadRequest): Request {
  const headers = new Headers(item.headers ?? {});
  const viewer = item.viewer === undefined ? "admin-1" : item.viewer;
  if (viewer !== null) headers.set(VIEWER_HEADER, viewer);
  return new Request(`http://backend.test${BASE_PATH}${item.path}`, {
    method: item.method,
    headers,
    body: item.body,
  });
}

interface ErrorShape {
  error?: { code?: unknown; message?: unknown; fieldErrors?: unknown; current?: unknown };
}

/** What is wrong with the answer to `item`; empty when it is the refusal the catalog expects. */
function problemsOf(item: BadRequest, response: Response, text: string): string[] {
  const problems: string[] = [];
  const outcomes = [item, ...(item.or ? [item.or] : [])];
  let body: ErrorShape | undefined;
  try {
    body = JSON.parse(text) as ErrorShape;
  } catch {
    problems.push(`the body is not JSON: ${text.slice(0, 200)}`);
  }
  const error = body?.error;
  const matched = outcomes.some((outcome) => outcome.status === response.status && outcome.code === error?.code);
  if (!matched) {
    const expected = outcomes.map((outcome) => `${outcome.status} ${outcome.code}`).join(" or ");
    problems.push(`expected ${expected}, got ${response.status} ${String(error?.code)}: ${text.slice(0, 300)}`);
  }
  const message = typeof error?.message === "string" ? error.message.trim() : "";
  if (message.split(/\s+/).length < 3 || message === error?.code) {
    problems.push(`the message is not a sentence: ${JSON.stringify(error?.message)}`);
  }
  for (const leak of LEAKS)
    if (leak.test(text)) problems.push(`the body shows internals (${leak}): ${text.slice(0, 300)}`);
  if (error?.current !== undefined) problems.push("a refusal carries a record in `current`");
  const fieldErrors = (error?.fieldErrors ?? {}) as Record<string, unknown>;
  // `invitees[0].email` names invitees and email: a field error names every field on its path.
  const keys = Object.keys(fieldErrors).map((key) => key.replace(/\[\d+\]/g, "").split("."));
  if (response.status === 422 && error?.code === "validation") {
    if (keys.length === 0) problems.push("a 422 without a field error");
    if (
      item.field &&
      item.status === 422 &&
      !keys.some((path) => path.some((segment) => [item.field ?? []].flat().includes(segment)))
    ) {
      problems.push(`no field error for ${[item.field].flat().join(" or ")}: ${JSON.stringify(fieldErrors)}`);
    }
  }
  if (item.status === 415 && response.status === 415 && !("body" in fieldErrors)) {
    problems.push(`a 415 without fieldErrors.body: ${JSON.stringify(fieldErrors)}`);
  }
  if (item.allow) {
    const allow = (response.headers.get("allow") ?? "").split(",").map((method) => method.trim().toUpperCase());
    const missing = item.allow.filter((method) => !allow.includes(method));
    if (missing.length > 0 || allow.includes(item.method)) {
      problems.push(`Allow should list ${item.allow.join(", ")}, got “${response.headers.get("allow") ?? ""}”`);
    }
  }
  return problems;
}

function describeCatalog(kind: "pglite" | "postgres") {
  // A schema of this process's own on PostgreSQL: another run of this file (another engineer, CI) may share the server.
  const database = lazyTestDatabase(kind, `bad_input_catalog_${process.pid}`);
  let db: TestDatabase;
  let stack: FullStack;
  let snapshot: DatabaseDump;
  const load = async () => {
    stack = await startFullStack(db, createConformanceFixture());
    snapshot = await dumpDatabase(db);
  };

  beforeAll(async () => {
    db = await database();
    await load();
  }, PGLITE_START_TIMEOUT);
  afterAll(async () => (await database()).close());

  it("R31: the catalog holds at least 150 named cases, each once", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CASES.map((item) => item.name)).size).toBe(CASES.length);
  });

  for (const item of CASES) {
    it(item.name, async () => {
      const mailed = JSON.stringify([...stack.tokens]);
      const loggedOut = stack.revoked.length;
      const response = await stack.handler(requestOf(item));
      const text = await response.text();
      const problems = problemsOf(item, response, text);
      const differences = dumpDifferences(snapshot, await dumpDatabase(db));
      if (differences.length > 0) problems.push(`stored data changed: ${differences.join("; ").slice(0, 600)}`);
      const mailedNow = JSON.stringify([...stack.tokens]) !== mailed;
      if (mailedNow) problems.push("an invitation was mailed");
      if (stack.revoked.length !== loggedOut) problems.push(`logged out: ${stack.revoked.slice(loggedOut).join(", ")}`);
      // A refusal must leave the account as it was; one that did not is reloaded for the next case.
      if (differences.length > 0 || mailedNow || stack.revoked.length !== loggedOut) await load();
      expect(problems).toEqual([]);
    });
  }

  // Valid input at the edges: accepted, and stored as sent. Each reloads the account afterwards.
  describe("R31, R26: valid input the catalog's refusals differ from is accepted", () => {
    const accepted = (
      name: string,
      request: () => Request,
      check: (body: Record<string, unknown>, status: number) => void = () => undefined,
    ) =>
      it(name, async () => {
        try {
          const response = await stack.handler(request());
          const text = await response.text();
          expect(response.status, text.slice(0, 300)).toBeLessThan(300);
          check(text === "" ? {} : (JSON.parse(text) as Record<string, unknown>), response.status);
        } finally {
          await load();
        }
      });
    const send =
      (target: BodyOperation, body: Json, contentType = "application/json") =>
      () =>
        requestOf({
          name: "",
          method: OPERATIONS[target.operation].method,
          path: target.path,
          headers: { "content-type": contentType },
          body: JSON.stringify(body),
          viewer: target.viewer,
          ...VALIDATION,
        });

    for (const target of [...BODY_OPERATIONS, UPDATE_GRANTS]) {
      accepted(`${routeOf(target)} with the catalog's valid body is accepted`, send(target, target.valid));
    }
    accepted(
      "PATCH /users/user-2 with Content-Type application/json; charset=utf-8 is accepted",
      send(UPDATE_USER, UPDATE_USER.valid, "application/json; charset=utf-8"),
    );
    const user = (body: Record<string, unknown>) => body.user as Record<string, unknown>;
    accepted(
      "PATCH /users/user-2 with emoji and right-to-left names stores them as sent",
      send(UPDATE_USER, { version: 1, changes: { firstName: "Zoë 🦄👩🏽‍💻", lastName: "עִברִית العربية" } }),
      (body) => expect(user(body)).toMatchObject({ firstName: "Zoë 🦄👩🏽‍💻", lastName: "עִברִית العربية", version: 2 }),
    );
    accepted(
      "PATCH /users/user-2 with names of exactly 200 characters is accepted",
      send(UPDATE_USER, { version: 1, changes: { firstName: "F".repeat(200), lastName: "L".repeat(200) } }),
      (body) => expect(user(body).firstName).toBe("F".repeat(200)),
    );
    accepted(
      "PATCH /users/user-2 with an email of exactly 254 characters is accepted",
      send(UPDATE_USER, { version: 1, changes: { email: `${"a".repeat(242)}@example.com` } }),
    );
    accepted(
      "POST /invitations with emoji and right-to-left invitee names sends the invitation",
      send(INVITE, {
        invitees: [{ email: "rtl.person@example.com", firstName: "محمد", lastName: "🌸 Ōkubo" }],
        roleId: "user",
      }),
      (body) => expect(body).toMatchObject({ results: [{ outcome: "sent" }] }),
    );
    accepted(
      "POST /invitations with 100 invitees (the bound) is accepted",
      send(INVITE, {
        invitees: Array.from({ length: 100 }, (_, index) => ({ email: `bound-${index}@example.com` })),
        roleId: "user",
      }),
      (body) => expect((body.results as unknown[]).length).toBe(100),
    );
    accepted(
      "POST /invitations/accept with right-to-left names creates the user with them",
      send(ACCEPT, { token: "conformance-token-pending", firstName: "שרה", lastName: "李 🌸" }),
      (body) => expect(user(body)).toMatchObject({ firstName: "שרה", lastName: "李 🌸" }),
    );
    accepted(
      "GET /users?search=🦄 (emoji search) is accepted",
      () => requestOf({ name: "", method: "GET", path: `/users?search=${encodeURIComponent("🦄")}`, ...VALIDATION }),
      (body) => expect(body.total).toBe(0),
    );
    accepted(
      "GET /users?page=1000000&pageSize=200 (the bounds) is an empty page",
      () => requestOf({ name: "", method: "GET", path: "/users?page=1000000&pageSize=200", ...VALIDATION }),
      (body) => expect(body.users).toEqual([]),
    );
  });
}

describe("R31: bad-input catalog on PGlite", () => describeCatalog("pglite"));
describe.skipIf(!DATABASE_URL)("R31: bad-input catalog on PostgreSQL", () => describeCatalog("postgres"));
