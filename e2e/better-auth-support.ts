import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { AUTH_BASE_PATH, type Outbox, type SeededPerson } from "../demo/better-auth/shared";
import { API_BASE_PATH, DEMO_API_PATH } from "../demo/shared";
import { usersTable } from "./support";

/** Signs in through the demo's form (Better Auth's email sign-in) and waits for the users table. */
export async function signInAs(page: Page, person: SeededPerson) {
  await page.goto("/");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  return usersTable(page);
}

/** The accept link of the newest mail the development outbox holds for `email`. */
export async function acceptLinkFor(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.get(`${DEMO_API_PATH}/outbox`);
  expect(response.ok()).toBe(true);
  const { messages } = (await response.json()) as Outbox;
  const mail = messages.find((message) => message.to === email);
  if (!mail) throw new Error(`The outbox holds no mail to ${email}.`);
  return mail.link;
}

interface BetterAuthMember {
  id: string;
  role: string;
  user: { email: string };
}

/**
 * Better Auth's own organization endpoints, called as the signed-in page's person (the request
 * context shares its cookies), bypassing the library: what Better Auth itself says to an action.
 */
export function betterAuthAs(page: Page, baseURL: string) {
  const request = page.request;
  const organizationId = async () => {
    const response = await request.get(`${API_BASE_PATH}/session`);
    return ((await response.json()) as { account: { id: string } }).account.id;
  };
  return {
    async memberId(email: string): Promise<string> {
      const response = await request.get(`${AUTH_BASE_PATH}/organization/list-members`, {
        params: { organizationId: await organizationId() },
      });
      const { members } = (await response.json()) as { members: BetterAuthMember[] };
      const member = members.find((candidate) => candidate.user.email === email);
      if (!member) throw new Error(`Better Auth lists no member ${email}.`);
      return member.id;
    },
    /** POSTs to an organization endpoint; returns Better Auth's error code, or undefined when it accepted. */
    async post(path: string, body: Record<string, unknown>): Promise<string | undefined> {
      const response = await request.post(`${AUTH_BASE_PATH}/organization/${path}`, {
        data: { ...body, organizationId: await organizationId() },
        // As the page would send it: Better Auth checks the origin of cookie-carrying requests.
        headers: { origin: baseURL },
      });
      if (response.ok()) return undefined;
      return ((await response.json()) as { code?: string }).code ?? `HTTP ${response.status()}`;
    },
  };
}
