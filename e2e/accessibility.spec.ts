import { expect, test } from "@playwright/test";
import { axeViolations, usersTable } from "./support";

test("the demo page, with the users, invitations and outbox loaded, has no axe violations", async ({ page }) => {
  await page.goto("/");
  await usersTable(page);
  await expect(page.getByRole("region", { name: "Pending invitations" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Sent invitations" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("the accept page has no axe violations", async ({ page }) => {
  await page.goto("/accept-invitation?token=not-a-real-token");
  await expect(page.getByRole("heading", { name: "Accept your invitation" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
