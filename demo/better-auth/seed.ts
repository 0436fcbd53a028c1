// The adapter tests' helper: a sign-up's Set-Cookie as request headers for the next calls made as that person.
import { cookieHeaders } from "../../test/adapters/better-auth/betterAuthTestSupport";
import type { DemoAuth } from "./auth";
import { ORGANIZATION, SEEDED_PEOPLE } from "./shared";

/**
 * Seeds through Better Auth's public API only, as an app's own sign-up pages would: the owner signs
 * up and creates the organization (becoming its `owner`); the others sign up and are added with
 * their role (`addMember`, a server-only endpoint). Returns the organization's id.
 */
export async function seed(auth: DemoAuth): Promise<string> {
  const { owner, ...others } = SEEDED_PEOPLE;
  const { headers } = await auth.api.signUpEmail({
    body: { name: owner.name, email: owner.email, password: owner.password },
    returnHeaders: true,
  });
  const organization = await auth.api.createOrganization({ headers: cookieHeaders(headers), body: ORGANIZATION });
  if (!organization) throw new Error("Better Auth created no organization.");
  for (const person of Object.values(others)) {
    const { user } = await auth.api.signUpEmail({
      body: { name: person.name, email: person.email, password: person.password },
    });
    await auth.api.addMember({ body: { userId: user.id, role: person.role, organizationId: organization.id } });
  }
  return organization.id;
}
