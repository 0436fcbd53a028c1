import { expect, test } from "@playwright/test";
import { usersTable } from "./support";

test("R24: a malformed list of users shows a clear error with a retry, never a blank page", async ({ page }) => {
  // The backend answers the list with something that is not JSON, then recovers.
  await page.route("**/api/user-management/users?*", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"users": [' }),
  );
  await page.goto("/");
  // The page reads the list for its owner count too (R19), so the whole page says it, not only the table.
  const alert = page.getByRole("alert").filter({ hasText: "The server sent an answer we could not read." });
  await expect(alert).toBeVisible();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();

  await page.unroute("**/api/user-management/users?*");
  await alert.getByRole("button", { name: "Try again" }).click();
  await usersTable(page);
  await expect(alert).toHaveCount(0);
});

test("R24: a session answer that breaks the contract shows a clear error with a retry", async ({ page }) => {
  // Valid JSON, wrong shape: the REST adapter's validation turns it into an error, not a crash.
  await page.route("**/api/user-management/session", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"viewer": 42}' }),
  );
  await page.goto("/");
  const alert = page.getByRole("alert").filter({ hasText: "This page could not be loaded." });
  await expect(alert).toContainText("The server sent an answer we could not read.");

  await page.unroute("**/api/user-management/session");
  await alert.getByRole("button", { name: "Try again" }).click();
  await usersTable(page);
});
