import { createRequire } from "node:module";
import { type APIRequestContext, type BrowserContext, expect, type Page } from "@playwright/test";
import { DEMO_API_PATH, type DemoPeople, type DemoPerson, VIEWER_COOKIE } from "../demo/shared";

/*
 * The demo is seeded with generateDataset({ size: 20 }) and seed 1, so its people are known; the
 * tests each use different ones, so that they pass in any order on the one database.
 */
export const SEEDED = {
  /** The default viewer: an active administrator (owner). */
  owner: "user-1",
  /** Active users of the "User" role (standard, no user management). */
  roleChanged: "user-5",
  plainUser: "user-14",
  /** An active custom user. */
  deleted: "user-8",
} as const;

/** Who is who in the demo now, from its switcher's endpoint. */
export async function person(request: APIRequestContext, id: string): Promise<DemoPerson> {
  const response = await request.get(`${DEMO_API_PATH}/people`);
  expect(response.ok()).toBe(true);
  const { people } = (await response.json()) as DemoPeople;
  const found = people.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`The demo has no ${id}: was its seed changed?`);
  return found;
}

/** Signs the browser context in as `id` the way the switcher does: the demo's identity cookie. */
export async function signInAs(context: BrowserContext, baseURL: string | undefined, id: string): Promise<void> {
  await context.addCookies([{ name: VIEWER_COOKIE, value: id, url: baseURL ?? "" }]);
}

/** The users table, once its first page has loaded. */
export async function usersTable(page: Page) {
  const table = page.getByRole("table", { name: "Users" });
  // A row header is a user's name: the rows are in, not the "Loading…" placeholder.
  await expect(table.getByRole("rowheader").first()).toBeVisible();
  return table;
}

/** The row of the users table whose name cell is `name`. */
export function rowOf(page: Page, name: string) {
  return page
    .getByRole("table", { name: "Users" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name }) });
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Runs axe-core (injected from node_modules) on the page; returns its violations, described. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")})`,
    );
  });
}
