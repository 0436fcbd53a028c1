import { describe, expect, it } from "vitest";
import { en, type Messages } from "../../../src/components/i18n";
import { presetPermission, presetRoleLabel } from "../../../src/components/i18n/presetText";
import { rolePresets } from "../../../src/core";
import { ar } from "../../../src/locales/ar";
import { de } from "../../../src/locales/de";
import { es } from "../../../src/locales/es";
import { fr } from "../../../src/locales/fr";
import { ja } from "../../../src/locales/ja";
import { ptBR } from "../../../src/locales/pt-BR";
import { zhCN } from "../../../src/locales/zh-CN";

/** Every catalog that ships besides English, by the locale its entry is named after. */
const CATALOGS: [locale: string, catalog: Messages][] = [
  ["fr", fr],
  ["de", de],
  ["es", es],
  ["pt-BR", ptBR],
  ["ja", ja],
  ["zh-CN", zhCN],
  ["ar", ar],
];

type Leaf = string | ((...args: never[]) => string);

/** Every message of a catalog by its dotted path: texts and functions. */
function leaves(node: unknown, path = ""): [string, Leaf][] {
  if (typeof node === "string" || typeof node === "function") return [[path, node as Leaf]];
  return Object.entries(node as object).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

/** A function message's parameter names, as written: `(page, count) => …` gives ["page", "count"]. */
function parameterNames(fn: (...args: never[]) => string): string[] {
  const source = fn.toString();
  const list = /^\s*(?:function\b[^(]*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^\s*([\w$]+)\s*=>/.exec(source)?.[1] ?? "";
  return list
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Distinct numbers stand for each argument (numbers because some parameters are counts, and a
 * number prints the same inside a text): a message must show the same arguments as English.
 * They are large, so every language's plural rules pick a form that shows the count.
 */
const SAMPLES = [1_000_003, 1_000_005, 1_000_007];
function render(message: Leaf): string {
  return typeof message === "string" ? message : (message as (...args: number[]) => string)(...SAMPLES);
}
const shownArguments = (text: string) => SAMPLES.filter((sample) => text.includes(String(sample)));

/**
 * Texts that may equal English: words the language shares with English for this concept, or no
 * words at all. Anything else equal to English is a leftover.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  fr: ["2FA", "Actions", "Administration", "Contacts", "Notifications", "Services"],
  de: ["2FA", "Name", "Status", "Administrator", "Manager", "Support"],
  es: ["2FA"],
  "pt-BR": ["2FA"],
  ja: [],
  "zh-CN": [],
  ar: [],
};
/** English words that belong to no other catalog's language: one of them in a translation is a leftover. */
const ENGLISH_WORDS = /\b(the|your|you|and|with|cannot|could|please|seats|users|been|this|that|here|now)\b/i;

const english = new Map(leaves(en));

describe.each(CATALOGS)("the %s catalog", (locale, catalog) => {
  const translated = new Map(leaves(catalog));

  it("has every message of English, and no other", () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("keeps each message's kind and parameters: texts stay texts, functions take the same named arguments", () => {
    for (const [path, source] of english) {
      const message = translated.get(path);
      expect(typeof message, path).toBe(typeof source);
      if (typeof source === "function" && typeof message === "function") {
        expect(message.length, `${path} arity`).toBe(source.length);
        expect(parameterNames(message), `${path} parameters`).toEqual(parameterNames(source));
      }
    }
  });

  it("shows the same arguments as English in every function message", () => {
    for (const [path, source] of english) {
      const message = translated.get(path);
      if (typeof source !== "function" || !message) continue;
      expect(shownArguments(render(message)), path).toEqual(shownArguments(render(source)));
    }
  });

  it("has no empty message", () => {
    for (const [path, message] of translated) expect(render(message).trim(), path).not.toBe("");
  });

  it("leaves nothing in English", () => {
    const allowed = SAME_AS_ENGLISH[locale] ?? [];
    const leftovers = [...translated]
      .map(([path, message]): [string, string, string] => [path, render(message), render(english.get(path) ?? "")])
      .filter(
        ([, text, source]) =>
          (text === source && /[A-Za-z]{2}/.test(text) && !allowed.includes(text)) ||
          ENGLISH_WORDS.test(text.replace(/name@example\.com/g, "")),
      )
      .map(([path, text]) => `${path}: ${text}`);
    expect(leftovers).toEqual([]);
  });
});

describe("plurals through the locale's Intl.PluralRules", () => {
  it("Arabic has a form for each of its six categories (zero, one, two, few, many, other)", () => {
    expect(new Intl.PluralRules("ar").resolvedOptions().pluralCategories).toHaveLength(6);
    const forms = [0, 1, 2, 3, 11, 100].map((count) => ar.page.seatsUnlimited(count));
    expect(new Set(forms).size).toBe(6);
    expect(forms).toEqual([
      "لا توجد مقاعد مستخدمة",
      "مقعد واحد مستخدم",
      "مقعدان مستخدمان",
      "3 مقاعد مستخدمة",
      "11 مقعدًا مستخدمًا",
      "100 مقعد مستخدم",
    ]);
    expect(ar.invite.submit(2)).toBe("إرسال الدعوتين");
    expect(ar.invite.submit(5)).toBe("إرسال 5 دعوات");
  });

  it("German, Spanish and Brazilian Portuguese say one and several apart", () => {
    expect([de.invite.seatsLeft(1), de.invite.seatsLeft(2)]).toEqual(["1 Platz frei", "2 Plätze frei"]);
    expect([es.invite.seatsLeft(1), es.invite.seatsLeft(4)]).toEqual(["Queda 1 puesto", "Quedan 4 puestos"]);
    expect([ptBR.page.seatsUnlimited(1), ptBR.page.seatsUnlimited(12)]).toEqual([
      "1 vaga ocupada",
      "12 vagas ocupadas",
    ]);
  });

  it("Japanese and Chinese have one form, whatever the count", () => {
    for (const locale of ["ja", "zh-CN"]) {
      expect(new Intl.PluralRules(locale).resolvedOptions().pluralCategories).toEqual(["other"]);
    }
    expect([ja.invite.seatsLeft(1), ja.invite.seatsLeft(3)]).toEqual(["残り 1 シート", "残り 3 シート"]);
    expect([zhCN.invite.seatsLeft(1), zhCN.invite.seatsLeft(3)]).toEqual(["剩余 1 个席位", "剩余 3 个席位"]);
  });
});

describe("the presets' roles and permissions", () => {
  it("are, in English, the presets' own labels, descriptions and groups, word for word", () => {
    for (const [name, model] of Object.entries(rolePresets)) {
      const texts = en.presets[name as keyof Messages["presets"]];
      expect(Object.fromEntries(model.roles.map((role) => [role.id, role.label])), name).toEqual(texts.roles);
      expect(
        Object.fromEntries(model.permissions.map((p) => [p.id, { label: p.label, description: p.description }])),
        name,
      ).toEqual(texts.permissions);
      expect([...new Set(model.permissions.map((p) => p.group))].sort(), name).toEqual(
        Object.keys(texts.groups).sort(),
      );
    }
  });

  it("are named in the catalog's words while the role model keeps the preset's English text", () => {
    const [administrator] = rolePresets["administrator-user-custom"].roles;
    const holder = rolePresets["account-holder-member"].roles[0];
    if (!administrator || !holder) throw new Error("the presets have roles");
    expect(presetRoleLabel(administrator, de)).toBe("Administrator");
    expect(presetRoleLabel(administrator, ja)).toBe("管理者");
    expect(presetRoleLabel(holder, ar)).toBe("صاحب الحساب");
    // users.manage has a label of its own in each preset: each is matched to its preset.
    const manageUsers = rolePresets["owner-manager"].permissions[0];
    if (!manageUsers) throw new Error("owner-manager has permissions");
    expect(presetPermission(manageUsers, es)).toEqual({
      ...manageUsers,
      label: "Invitar y editar usuarios",
      description: "Invitar a usuarios y cambiar su rol o su estado.",
      group: "Usuarios",
    });
  });

  it("leave a host's own labels as they are, even on a preset's role id", () => {
    const [administrator] = rolePresets["administrator-user-custom"].roles;
    if (!administrator) throw new Error("the preset has roles");
    expect(presetRoleLabel({ ...administrator, label: "Admin" }, fr)).toBe("Admin");
    expect(presetRoleLabel({ ...administrator, id: "boss" }, fr)).toBe("Administrator");
    const permission = { id: "reports.view", label: "See reports", description: "Reports.", group: "Reports" };
    expect(presetPermission(permission, fr)).toBe(permission);
  });
});
