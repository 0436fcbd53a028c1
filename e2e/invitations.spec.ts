import { expect, test } from "@playwright/test";
import { usersTable } from "./support";

test("R11, R15: an invitation's link from the outbox lets the invitee join, and they appear in the list", async ({
  page,
}) => {
  const email = "nova.hire@example.com";
  await page.goto("/");
  await usersTable(page);

  await page.getByRole("button", { name: "Invite", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Invite people" });
  await dialog.getByLabel("Email addresses").fill(email);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  // Every address sent: the dialog closes and says so in a toast (issue 9).
  await expect(page.getByRole("region", { name: "Notifications" })).toContainText("Invitation sent.");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("region", { name: "Pending invitations" })).toContainText(email);

  const outbox = page.getByRole("complementary", { name: "Development outbox" });
  const link = outbox.getByRole("link", { name: `Open the accept link sent to ${email}` });
  await link.click();

  await expect(page.getByRole("heading", { name: "Accept your invitation" })).toBeVisible();
  const acceptUrl = page.url();
  await page.getByLabel("First name").fill("Nova");
  await page.getByLabel("Last name").fill("Hire");
  await page.getByRole("button", { name: "Join the account" }).click();
  await expect(page.getByRole("status")).toHaveText(`Nova Hire joined the account as ${email}.`);

  await page.getByRole("link", { name: "Back to the demo" }).click();
  await usersTable(page);
  await page.getByLabel("Search users").fill("Nova");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Nova Hire" }) });
  await expect(row).toContainText(email);
  await expect(row).toContainText("Active");
  await expect(page.getByRole("region", { name: "Pending invitations" })).not.toContainText(email);

  // R15: the link works once.
  await page.goto(acceptUrl);
  await page.getByLabel("First name").fill("Nova");
  await page.getByRole("button", { name: "Join the account" }).click();
  await expect(page.getByRole("alert")).toContainText("This invitation link is no longer valid.");
});
