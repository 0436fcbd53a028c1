import type { Messages } from "../types";
import { isolate } from "./text";

export const confirm: Messages["confirm"] = {
  deleteTitle: (name) => `هل تريد حذف ${isolate(name)}؟`,
  deleteBody: (name) => `سيفقد ${isolate(name)} الوصول فورًا وسيُسجَّل خروجه. هذا الإجراء فوري ولا يمكن التراجع عنه.`,
  deleteAction: "حذف المستخدم",
  suspendTitle: (name) => `هل تريد تعليق ${isolate(name)}؟`,
  suspendBody: (name) => `سيُسجَّل خروج ${isolate(name)} ولن يتمكن من تسجيل الدخول حتى يُعاد تفعيله.`,
  suspendAction: "تعليق المستخدم",
  removeExternalTitle: (name) => `هل تريد إزالة وصول ${isolate(name)}؟`,
  removeExternalBody: (name, home) =>
    `سيُسجَّل خروج ${isolate(name)} من هذا الحساب فورًا. لن يتأثر حسابه الخاص ${isolate(home)}. لا يمكن التراجع عن هذا الإجراء.`,
  removeExternalAction: "إزالة الوصول",
  cancelInvitationTitle: (email) => `هل تريد إلغاء الدعوة المرسلة إلى ${isolate(email)}؟`,
  cancelInvitationBody: "سيتوقف رابط الدعوة عن العمل فورًا.",
  cancelInvitationAction: "إلغاء الدعوة",
  keep: "الإبقاء",
};
