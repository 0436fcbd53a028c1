import type { Messages } from "../types";
import { days as forDays, isolate, plural } from "./text";

const seatsLeft = (left: number) =>
  plural(left, {
    zero: "لم يتبقَّ أي مقعد",
    one: "تبقّى مقعد واحد",
    two: "تبقّى مقعدان",
    few: `تبقّت ${left} مقاعد`,
    many: `تبقّى ${left} مقعدًا`,
    other: `تبقّى ${left} مقعد`,
  });

export const invite: Messages["invite"] = {
  trigger: "دعوة",
  title: "دعوة أشخاص",
  description: (days) =>
    `سيتلقى المدعوون رسالة بريد إلكتروني تتضمن رابطًا للانضمام إلى هذا الحساب. الرابط صالح لمدة ${forDays(days)}.`,
  emails: "عناوين البريد الإلكتروني",
  email: "عنوان البريد الإلكتروني",
  emailsHint: "افصل بين العناوين بفواصل أو مسافات أو أسطر جديدة. يمكنك أيضًا لصق قائمة.",
  firstName: "الاسم الأول (اختياري)",
  lastName: "اسم العائلة (اختياري)",
  permissionsHint: "الصلاحيات الأساسية مضمّنة دائمًا؛ اختر ما يمكن لهذا الشخص فعله إضافةً إليها.",
  submit: (count) =>
    plural(count, {
      zero: "إرسال الدعوات",
      one: "إرسال الدعوة",
      two: "إرسال الدعوتين",
      few: `إرسال ${count} دعوات`,
      many: `إرسال ${count} دعوة`,
      other: `إرسال ${count} دعوة`,
    }),
  sending: "جارٍ الإرسال…",
  noEmails: "أدخل عنوان بريد إلكتروني واحدًا على الأقل.",
  invalidEmails: (list) => `غير صالحة: ${isolate(list)}`,
  repeated: "مُدرج بالفعل",
  remove: (email) => `إزالة ${isolate(email)}`,
  addressCount: (count, max) =>
    `${plural(count, {
      zero: "لا توجد عناوين",
      one: "عنوان واحد",
      two: "عنوانان",
      few: `${count} عناوين`,
      many: `${count} عنوانًا`,
      other: `${count} عنوان`,
    })} (بحد أقصى ${max} في المرة الواحدة)`,
  seatsAfter: (left) =>
    `${plural(left, {
      zero: "لن يتبقى أي مقعد",
      one: "سيتبقى مقعد واحد",
      two: "سيتبقى مقعدان",
      few: `ستتبقى ${left} مقاعد`,
      many: `سيتبقى ${left} مقعدًا`,
      other: `سيتبقى ${left} مقعد`,
    })} بعد هذه الدعوات`,
  invitationsSent: (count) =>
    plural(count, {
      zero: "لم تُرسل أي دعوة.",
      one: "أُرسلت الدعوة.",
      two: "أُرسلت دعوتان.",
      few: `أُرسلت ${count} دعوات.`,
      many: `أُرسلت ${count} دعوة.`,
      other: `أُرسلت ${count} دعوة.`,
    }),
  tooManyAddresses: (count, max) =>
    `عدد العناوين ${count}، والحد الأقصى للدعوات في المرة الواحدة ${max}. يُرجى تقسيم القائمة وإرسالها على دفعات.`,
  seats: (used, limit) => `المقاعد المستخدمة: ${used} من ${limit}`,
  seatsLeft,
  tooManyForSeats: (left) =>
    `${plural(left, {
      zero: "لم يتبقَّ أي مقعد",
      one: "لم يتبقَّ سوى مقعد واحد",
      two: "لم يتبقَّ سوى مقعدين",
      few: `لم يتبقَّ سوى ${left} مقاعد`,
      many: `لم يتبقَّ سوى ${left} مقعدًا`,
      other: `لم يتبقَّ سوى ${left} مقعد`,
    })}: يُرجى دعوة عدد أقل من الأشخاص أو ترقية خطتك.`,
  results: "النتائج",
  outcome: {
    sent: "أُرسلت",
    already_member: "عضو بالفعل",
    already_invited: "مدعو بالفعل",
    invalid: "عنوان غير صالح",
    seat_limit: "لا يوجد مقعد متاح",
    refused: "لم تُرسل الدعوة",
  },
  refusedBecause: (reason) => `لم تُرسل الدعوة: ${isolate(reason)}`,
  sentSummary: (sent, total) => `الدعوات المرسلة: ${sent} من ${total}.`,
  notEmailed: "أُرسلت الدعوة، لكن لم تُرسل رسالة البريد الإلكتروني",
  stillNotEmailed: "أُرسلت الدعوة، لكن ما زال إرسال رسالة البريد الإلكتروني متعذرًا. يُرجى المحاولة لاحقًا.",
  emailed: "أُرسلت رسالة البريد الإلكتروني",
  resend: "إعادة الإرسال",
  resending: "جارٍ إعادة الإرسال…",
  notEmailedSummary: (count) =>
    plural(count, {
      zero: `دُعي ${count} شخص دون أن تصلهم رسالة البريد الإلكتروني: أعد إرسال دعواتهم.`,
      one: "دُعي شخص واحد دون أن تصله رسالة البريد الإلكتروني: أعد إرسال دعوته.",
      two: "دُعي شخصان دون أن تصلهما رسالة البريد الإلكتروني: أعد إرسال دعوتيهما.",
      few: `دُعي ${count} أشخاص دون أن تصلهم رسالة البريد الإلكتروني: أعد إرسال دعواتهم.`,
      many: `دُعي ${count} شخصًا دون أن تصلهم رسالة البريد الإلكتروني: أعد إرسال دعواتهم.`,
      other: `دُعي ${count} شخص دون أن تصلهم رسالة البريد الإلكتروني: أعد إرسال دعواتهم.`,
    }),
  resent: (email) => `أُرسلت رسالة الدعوة إلى ${isolate(email)}.`,
  resendNotEmailed: (email) => `ما زال إرسال رسالة البريد الإلكتروني إلى ${isolate(email)} متعذرًا. الدعوة محفوظة.`,
  inviteMore: "دعوة المزيد من الأشخاص",
  done: "تم",
};
