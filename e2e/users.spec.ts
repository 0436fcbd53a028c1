import { expect, test } from "@playwright/test";
import { person, rowOf, SEEDED, signInAs, usersTable } from "./support";

test("R16, R25: a changed role is stored: it is still changed after a reload", async ({ page, request }) => {
  const { name } = await person(request, SEEDED.roleChanged);
  await page.goto("/");
  await usersTable(page);
  await expect(
    rowOf(page, name)
      .getByRole("cell")
      .filter({ hasText: /^User$/ }),
  ).toBeVisible();

  await rowOf(page, name)
    .getByRole("button", { name: `Actions for ${name}` })
    .click();
  await page.getByRole("menuitem", { name: "Change role" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Role" }).selectOption({ label: "Custom" });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    rowOf(page, name)
      .getByRole("cell")
      .filter({ hasText: /^Custom$/ }),
  ).toBeVisible();

  await page.reload();
  await usersTable(page);
  await expect(
    rowOf(page, name)
      .getByRole("cell")
      .filter({ hasText: /^Custom$/ }),
  ).toBeVisible();
});

test("R10, R20: a deleted user's next action shows that their access was revoked", async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const { name } = await person(request, SEEDED.deleted);
  // The user to delete has the demo open in a browser of their own.
  const theirContext = await browser.newContext();
  await signInAs(theirContext, baseURL, SEEDED.deleted);
  const theirPage = await theirContext.newPage();
  await theirPage.goto("/");
  await expect(theirPage.getByLabel("Signed in as")).toHaveValue(SEEDED.deleted);
  // A custom user does not manage users: their page is their own profile (R8).
  await expect(theirPage.getByRole("heading", { name: "Your profile" })).toBeVisible();

  await page.goto("/");
  await usersTable(page);
  await rowOf(page, name)
    .getByRole("button", { name: `Actions for ${name}` })
    .click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete user" }).click();
  await expect(rowOf(page, name)).toHaveCount(0);

  // Their next request is refused: the page says why instead of failing.
  await theirPage.reload();
  await expect(theirPage.getByText("Your access to this account was revoked")).toBeVisible();
  await theirContext.close();

  // The same through the switcher, which keeps deleted people for this.
  await page.getByLabel("Signed in as").selectOption(SEEDED.deleted);
  await expect(page.getByText("Your access to this account was revoked")).toBeVisible();
  await expect(page.getByRole("table", { name: "Users" })).toHaveCount(0);
});

test("R8: a user who does not manage users sees only their own profile", async ({ page, request }) => {
  const { name, email, group } = await person(request, SEEDED.plainUser);
  expect(group).toBe("standard");
  await page.goto("/");
  await usersTable(page);

  await page.getByLabel("Signed in as").selectOption(SEEDED.plainUser);
  await expect(page.getByRole("heading", { name: "Your profile", level: 1 })).toBeVisible();
  // R8: one page title, not "Users" above "Your profile".
  await expect(page.getByRole("heading", { name: "Users" })).toHaveCount(0);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("First name")).toHaveValue(name.split(" ")[0] ?? "");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Invite", exact: true })).toHaveCount(0);

  // R9: the server refuses them the list as well, whatever the page shows.
  const response = await page.request.get("/api/user-management/users?page=1&pageSize=25");
  expect(response.status()).toBe(403);
});
