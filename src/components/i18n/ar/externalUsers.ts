import type { Messages } from "../types";
import { isolate } from "./text";

export const externalUsers: Messages["externalUsers"] = {
  title: "المستخدمون الخارجيون",
  description: "أشخاص من حسابات أخرى يصلون إلى هذا الحساب عبر تسجيل دخول متعدد الحسابات.",
  empty: "لا يوجد مستخدمون خارجيون.",
  loadError: "تعذّر تحميل المستخدمين الخارجيين.",
  columns: {
    name: "الاسم",
    email: "البريد الإلكتروني",
    homeAccount: "الحساب الأصلي",
    role: "الدور هنا",
    actions: "الإجراءات",
  },
  edit: "تعديل الدور",
  editTitle: (name) => `دور ${isolate(name)} في هذا الحساب`,
  editDescription: (home) => `يتغير وصوله هنا فقط؛ ولن يتأثر حسابه الخاص ${isolate(home)}.`,
  permissions: "الصلاحيات هنا",
  current: (role) => `دوره هنا الآن ${isolate(role)}.`,
  remove: "إزالة الوصول",
  updated: (name) => `تم تغيير دور ${isolate(name)} هنا.`,
  removed: (name) => `لم يعد لدى ${isolate(name)} وصول إلى هذا الحساب.`,
};
