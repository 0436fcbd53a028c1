import type { Messages } from "../types";
import { isolate, plural } from "./text";

export const page: Messages["page"] = {
  title: "المستخدمون",
  description: "كل من لديه تسجيل دخول خاص به إلى هذا الحساب.",
  seats: (used, limit) => `المقاعد المستخدمة: ${used} من ${limit}`,
  seatsUnlimited: (used) =>
    plural(used, {
      zero: "لا توجد مقاعد مستخدمة",
      one: "مقعد واحد مستخدم",
      two: "مقعدان مستخدمان",
      few: `${used} مقاعد مستخدمة`,
      many: `${used} مقعدًا مستخدمًا`,
      other: `${used} مقعد مستخدم`,
    }),
  upgradeTitle: "اعملوا معًا على هذا الحساب",
  upgradeAction: (plan) => `الترقية إلى ${isolate(plan)}`,
  upgradeActionGeneric: "ترقية خطتك",
  sessionError: "تعذّر تحميل هذه الصفحة.",
  revoked: "أُلغي وصولك إلى هذا الحساب. تواصل مع مسؤول الحساب إذا كنت تعتقد أن هذا خطأ.",
  suspended: "وصولك إلى هذا الحساب معلّق. يُرجى أن تطلب من مسؤول الحساب إعادة تفعيلك.",
};
