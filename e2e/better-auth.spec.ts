import { expect, type Page, test } from "@playwright/test";
import { SEEDED_PEOPLE } from "../demo/better-auth/shared";
import { acceptLinkFor, betterAuthAs, signInAs } from "./better-auth-support";
import { axeViolations, rowOf, usersTable } from "./support";

/*
 * UserManagementPage → createRestAdapter → createAdapterHandler → createBetterAuthAdapter → Better
 * Auth (organization plugin), signed in through Better Auth's own routes. The demo seeds one
 * organization afresh at every start; each test uses its own people.
 */
const { admin, owner, member } = SEEDED_PEOPLE;

/** Opens a row's "⋯" menu; returns the menu. */
async function openRowMenu(page: Page, name: string) {
  await rowOf(page, name)
    .getByRole("button", { name: `Actions for ${name}` })
    .click();
  return page.getByRole("menu");
}

const roleCell = (page: Page, name: string, role: string) =>
  rowOf(page, name)
    .getByRole("cell")
    .filter({ hasText: new RegExp(`^${role}$`) });

test("an admin invites, the invitee signs up and accepts, the admin changes their role and removes them", async ({
  page,
  browser,
}) => {
  const email = "nia.newcomer@example.com";
  const name = "Nia Newcomer";
  await signInAs(page, admin);

  await page.getByRole("button", { name: "Invite", exact: true }).click();
  const invite = page.getByRole("dialog", { name: "Invite people" });
  await invite.getByLabel("Email addresses").fill(email);
  await invite.getByRole("button", { name: "Send invitation" }).click();
  // Every address sent: the dialog closes and says so in a toast (issue 9).
  await expect(page.getByRole("region", { name: "Notifications" })).toContainText("Invitation sent.");
  await expect(invite).toBeHidden();
  const pending = page.getByRole("region", { name: "Pending invitations" });
  await expect(pending).toContainText(email);

  // The invitee, in a browser of their own, opens the mailed link, creates their login and joins.
  const link = await acceptLinkFor(page.request, email);
  const theirContext = await browser.newContext();
  const theirPage = await theirContext.newPage();
  await theirPage.goto(link);
  await expect(theirPage.getByRole("heading", { name: "Accept your invitation" })).toBeVisible();
  await expect(theirPage.getByLabel("Email")).toHaveValue(email);
  await theirPage.getByLabel("First name").fill("Nia");
  await theirPage.getByLabel("Last name").fill("Newcomer");
  await theirPage.getByLabel("Password").fill("newcomer-password-1");
  await theirPage.getByRole("button", { name: "Join the organization" }).click();
  await expect(theirPage.getByRole("status")).toHaveText(`${name} joined the organization as ${email}.`);
  await theirPage.getByRole("link", { name: "Go to the organization" }).click();
  // A member manages no one: their page is their own profile.
  await expect(theirPage.getByRole("heading", { name: "Your profile", level: 1 })).toBeVisible();

  await page.reload();
  await usersTable(page);
  await expect(rowOf(page, name)).toContainText(email);
  await expect(roleCell(page, name, "Member")).toBeVisible();
  await expect(pending).not.toContainText(email);

  // The role only: Better Auth lets only the person change their own name and email.
  const menu = await openRowMenu(page, name);
  await expect(menu.getByRole("menuitem", { name: /Edit profile/ })).toHaveAttribute("aria-disabled", "true");
  await expect(menu.getByText("Only this person can change their name and email.")).toBeVisible();
  await menu.getByRole("menuitem", { name: "Change role" }).click();
  const edit = page.getByRole("dialog", { name });
  const role = edit.getByRole("combobox", { name: "Role" });
  await expect(role.locator("option")).toHaveText(["Admin", "Member"]);
  await role.selectOption({ label: "Admin" });
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(roleCell(page, name, "Admin")).toBeVisible();

  // Stored in Better Auth: the new admin's own page now lists the users.
  await theirPage.reload();
  await usersTable(theirPage);

  await (await openRowMenu(page, name)).getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete user" }).click();
  await expect(rowOf(page, name)).toHaveCount(0);

  // Removed from the organization in Better Auth: their next request says so.
  await theirPage.reload();
  await expect(theirPage.getByText("Your access to this account was revoked")).toBeVisible();
  await theirContext.close();
});

test("an admin is never offered what Better Auth refuses: the owner's row, owner roles, suspension, passwords", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, admin);
  // The whole page loaded (users, invitations, outbox) before axe looks at it.
  await expect(page.getByRole("region", { name: "Pending invitations" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Development outbox" }).getByRole("status")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // The owner: every action disabled (Better Auth lets only owners change or remove an owner), and
  // nothing Better Auth lacks (suspension, passwords) is even listed.
  const ownerMenu = await openRowMenu(page, owner.name);
  const items = ownerMenu.getByRole("menuitem");
  await expect(items.locator('[data-slot="menu-item-label"]')).toHaveText(["Edit profile", "Change role", "Delete"]);
  for (const item of await items.all()) await expect(item).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("Escape");
  await expect(ownerMenu).toBeHidden();

  // A member: their role only, among the roles an admin may give (never Owner); no suspension or password.
  const memberMenu = await openRowMenu(page, member.name);
  await expect(memberMenu.getByRole("menuitem").locator('[data-slot="menu-item-label"]')).toHaveText([
    "Edit profile",
    "Change role",
    "Delete",
  ]);
  await expect(memberMenu.getByRole("menuitem", { name: /Edit profile/ })).toHaveAttribute("aria-disabled", "true");
  await memberMenu.getByRole("menuitem", { name: "Change role" }).click();
  const edit = page.getByRole("dialog", { name: member.name });
  await expect(edit.getByRole("combobox", { name: "Role" }).locator("option")).toHaveText(["Admin", "Member"]);
  await expect(edit.getByLabel("New password")).toHaveCount(0);
  await edit.getByRole("button", { name: "Cancel" }).click();

  // Invitations: no Owner either; and no external users, which Better Auth does not have.
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  const invite = page.getByRole("dialog", { name: "Invite people" });
  await expect(invite.getByRole("combobox", { name: "Role" }).locator("option")).toHaveText(["Admin", "Member"]);
  await page.keyboard.press("Escape");
  await expect(invite).toBeHidden();
  await expect(page.getByRole("region", { name: "External users" })).toHaveCount(0);

  // What the page withholds, Better Auth itself refuses this admin.
  const betterAuth = betterAuthAs(page, baseURL ?? "");
  const ownerMember = await betterAuth.memberId(owner.email);
  const memberMember = await betterAuth.memberId(member.email);
  expect(await betterAuth.post("update-member-role", { memberId: ownerMember, role: "member" })).toBe(
    "YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER",
  );
  expect(await betterAuth.post("update-member-role", { memberId: memberMember, role: "owner" })).toBe(
    "YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER",
  );
  // Better Auth's code when someone who is not an owner removes an owner.
  expect(await betterAuth.post("remove-member", { memberIdOrEmail: owner.email })).toBe(
    "YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER",
  );
  await page.reload();
  await expect(roleCell(page, owner.name, "Owner")).toBeVisible();
  await expect(roleCell(page, member.name, "Member")).toBeVisible();
});
