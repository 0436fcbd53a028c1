import { QueryClient } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateDataset } from "../../../src/adapters/memory";
import { en, type Messages } from "../../../src/components/i18n";
import { UserManagementPage } from "../../../src/components/page";
import { createManualClock } from "../../../src/core";
import { ar } from "../../../src/locales/ar";
import { de } from "../../../src/locales/de";
import { es } from "../../../src/locales/es";
import { ja } from "../../../src/locales/ja";
import { ptBR } from "../../../src/locales/pt-BR";
import { zhCN } from "../../../src/locales/zh-CN";
import { TEST_NOW } from "../renderWithAdapter";

// A 10-user account (viewer user-1, an administrator), 2 pending and 1 expired invitation, 2
// external users: 12 seats used, on the administrator / user / custom preset.
function renderPage(locale: string, messages: Messages) {
  const adapter = createMemoryAdapter({
    dataset: generateDataset({ size: 10, now: TEST_NOW }),
    clock: createManualClock(TEST_NOW),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <UserManagementPage
      adapter={adapter}
      queryClient={queryClient}
      now={new Date(TEST_NOW)}
      locale={locale}
      messages={messages}
    />,
  );
}

const LANGUAGES: [locale: string, messages: Messages, seats: string, dir: "ltr" | "rtl"][] = [
  ["de", de, "12 Plätze belegt", "ltr"],
  ["es", es, "12 puestos ocupados", "ltr"],
  ["pt-BR", ptBR, "12 vagas ocupadas", "ltr"],
  ["ja", ja, "12 シート使用", "ltr"],
  ["zh-CN", zhCN, "已使用 12 个席位", "ltr"],
  ["ar", ar, "12 مقعدًا مستخدمًا", "rtl"],
];

describe.each(LANGUAGES)("UserManagementPage in %s", (locale, messages, seats, dir) => {
  it(`speaks the language ${dir === "rtl" ? "right to left" : "left to right"}: header, a user row, invitations`, async () => {
    const { container } = renderPage(locale, messages);
    // The page header: its title and the seats used, in the language's plural.
    const title = await screen.findByRole("heading", { level: 1, name: messages.page.title });
    expect(title).toBeInTheDocument();
    expect(await screen.findByText(seats)).toBeInTheDocument();
    expect(container.querySelector("[data-slot=page]")).toHaveAttribute("dir", dir);
    expect(await screen.findByRole("button", { name: messages.invite.trigger })).toBeInTheDocument();

    // A user row: its columns' headers, its status and its actions, named in the language.
    const table = await screen.findByRole("table", { name: messages.userTable.caption });
    for (const column of ["name", "email", "status"] as const) {
      expect(
        within(table).getByRole("columnheader", { name: new RegExp(messages.userTable.columns[column]) }),
      ).toBeInTheDocument();
    }
    const rows = await within(table).findAllByRole("row");
    const row = rows.find((each) => within(each).queryAllByText(messages.common.status.active).length > 0);
    if (!row) throw new Error(`no active user row in ${locale}`);
    const [before = "", after = ""] = messages.userTable.rowActions("\0").split("\0");
    const menu = within(row)
      .getAllByRole("button")
      .find((button) => {
        const label = button.getAttribute("aria-label") ?? "";
        return label.startsWith(before) && label.endsWith(after) && label.length > before.length + after.length;
      });
    expect(menu, "the row's actions are named in the language").toBeDefined();

    // The users' roles and the role filter: the presets' role names in the catalog's words.
    const administrator = messages.presets["administrator-user-custom"].roles.administrator;
    expect(within(table).getAllByText(administrator).length).toBeGreaterThan(0);
    const filter = screen.getByRole("combobox", { name: messages.userTable.roleFilter });
    expect(within(filter).getByRole("option", { name: administrator })).toBeInTheDocument();
    if (administrator !== "Administrator") {
      expect(within(table).queryByText("Administrator")).not.toBeInTheDocument();
    }

    // Pending invitations: the heading, and the invited role in the catalog's words (a preset role).
    const heading = await screen.findByRole("heading", { name: messages.invitations.title });
    const invitations = within(heading.closest("section") ?? document.body);
    const roles = Object.entries(messages.presets["administrator-user-custom"].roles);
    await invitations.findAllByText(new RegExp(roles.map(([, name]) => name).join("|")));
    const englishRoles = en.presets["administrator-user-custom"].roles;
    for (const [id, name] of roles) {
      const englishName = englishRoles[id as keyof typeof englishRoles];
      if (englishName !== name) expect(invitations.queryByText(englishName)).not.toBeInTheDocument();
    }
    for (const english of ["Pending invitations", "Users", "12 seats used", "Invite"]) {
      expect(screen.queryByText(english)).not.toBeInTheDocument();
    }
  });
});
