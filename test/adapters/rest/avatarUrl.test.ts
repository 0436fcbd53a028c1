import { describe, expect, it } from "vitest";
import { createRestAdapter } from "../../../src/adapters/rest";
import { createOpenApiDocument } from "../../../src/openapi/createOpenApiDocument";
import { failure, fakeFetch, user } from "./restTestSupport";

// Issue 9 (avatars): a backend may send a person's picture as `avatarUrl`; it is optional.
const BASE = "https://app.example.com/api/user-management/";
const json = (body: unknown) => Response.json(body);
const PICTURE = "https://cdn.example.com/cleo.png";

describe("avatarUrl", () => {
  it("is kept on a user when the server sends it, and absent when it does not", async () => {
    const { fetch } = fakeFetch(() =>
      json({
        users: [
          { ...user, avatarUrl: PICTURE },
          { ...user, id: "user-2" },
        ],
        total: 2,
      }),
    );
    const { users } = await createRestAdapter({ baseUrl: BASE, fetch }).listUsers({ page: 1, pageSize: 10 });
    expect(users[0]?.avatarUrl).toBe(PICTURE);
    expect(users[1]).not.toHaveProperty("avatarUrl");
  });

  it("is kept on an external user", async () => {
    // A user's fields (createdAt is extra here, which the contract allows) and a home account.
    const body = { ...user, id: "external-1", homeAccount: { id: "acct-2", name: "Partner Ltd" }, avatarUrl: PICTURE };
    const { fetch } = fakeFetch(() => json({ externalUsers: [body], total: 1 }));
    const { externalUsers } = await createRestAdapter({ baseUrl: BASE, fetch }).listExternalUsers({
      page: 1,
      pageSize: 10,
    });
    expect(externalUsers[0]?.avatarUrl).toBe(PICTURE);
  });

  it("that is not a string fails with malformed_response naming the field", async () => {
    const { fetch } = fakeFetch(() => json({ user: { ...user, avatarUrl: 42 } }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1" }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("user.avatarUrl");
  });

  it("is documented in the OpenAPI document as an optional string of User and ExternalUser", () => {
    const { components } = createOpenApiDocument("0.0.0-test") as {
      components: { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> };
    };
    for (const name of ["User", "ExternalUser"]) {
      const schema = components.schemas[name];
      expect(schema?.properties.avatarUrl, name).toEqual({ type: "string" });
      expect(schema?.required, name).not.toContain("avatarUrl");
    }
  });
});
