import type { Messages } from "../types";
import { isolate, plural } from "./text";

export const editUser: Messages["editUser"] = {
  title: (name) => `تعديل ${isolate(name)}`,
  roleTitle: (name) => `تغيير دور ${isolate(name)}`,
  permissionsTitle: (name) => `صلاحيات ${isolate(name)}`,
  passwordTitle: (name) => `تغيير كلمة مرور ${isolate(name)}`,
  profileTitle: "ملفك الشخصي",
  description: "تسري التغييرات فورًا.",
  firstName: "الاسم الأول",
  lastName: "اسم العائلة",
  email: "البريد الإلكتروني",
  password: "تغيير كلمة المرور",
  newPassword: "كلمة المرور الجديدة",
  actorPassword: "كلمة مرورك الحالية",
  actorPasswordHint: "لتغيير كلمة مرور شخص آخر، يُرجى تأكيد هويتك.",
  ownPasswordHint: "أدخل كلمة مرورك الحالية لتعيين كلمة مرور جديدة.",
  saved: (name) => `تم حفظ ${isolate(name)}.`,
  passwordChanged: "تم تغيير كلمة المرور.",
  conflict:
    "غيّر شخص آخر هذا المستخدم أثناء تعديلك له. يعرض النموذج الآن قيمه بجانب قيمك؛ احفظ مرة أخرى للإبقاء على قيمك.",
  theirValue: (value) => `الآن: ${isolate(value)}`,
  cannotEdit: "يمكنك عرض هذا المستخدم فقط.",
  profileIsTheirs: "لا يمكن تغيير الاسم والبريد الإلكتروني إلا لصاحبهما.",
  emailFixed: "لا يمكن تغيير عنوان البريد الإلكتروني هنا.",
  profile: "الملف الشخصي",
  emailInvalid: "أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.com.",
  nameTooLong: (max) =>
    `يجب ألا يتجاوز الاسم ${plural(max, {
      zero: `${max} حرف`,
      one: "حرفًا واحدًا",
      two: "حرفين",
      few: `${max} أحرف`,
      many: `${max} حرفًا`,
      other: `${max} حرف`,
    })}.`,
  actorPasswordRequired: "أدخل كلمة مرورك الحالية للتأكيد.",
  newPasswordRequired: "أدخل كلمة مرور جديدة.",
  none: "لا شيء",
  loadFailed: "تعذّر تحميل ملفك الشخصي.",
};
