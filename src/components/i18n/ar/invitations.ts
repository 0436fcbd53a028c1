import type { Messages } from "../types";
import { days as forDays, isolate } from "./text";

export const invitations: Messages["invitations"] = {
  title: "الدعوات قيد الانتظار",
  empty: "لا توجد دعوات قيد الانتظار.",
  loadError: "تعذّر تحميل الدعوات.",
  columns: {
    role: "الدور",
    sentAt: "أُرسلت",
    invitedBy: "دعاه",
  },
  expiresIn: (relative) => `تنتهي صلاحيتها ${relative}`,
  resend: "إعادة الإرسال",
  resent: (email, days) => `أُرسلت دعوة جديدة إلى ${isolate(email)}. وهي صالحة لمدة ${forDays(days)}.`,
  cancel: "إلغاء الدعوة",
  cancelled: (email) => `أُلغيت الدعوة المرسلة إلى ${isolate(email)}.`,
  change: "تغيير",
  changeTitle: (email) => `تغيير الدعوة المرسلة إلى ${isolate(email)}`,
  changeDescription: "لا يمكن تعديل الدعوة: يؤدي الحفظ إلى إلغاء هذه الدعوة وإرسال دعوة جديدة بالبيانات أدناه.",
  changeSubmit: "الإلغاء وإعادة الدعوة",
  changed: (email) => `استُبدلت الدعوة؛ وأُرسلت دعوة جديدة إلى ${isolate(email)}.`,
  resendFailed: (email) => `تعذّرت إعادة إرسال الدعوة إلى ${isolate(email)}.`,
  notEmailed: (email) =>
    `حُفظت الدعوة المرسلة إلى ${isolate(email)}، لكن تعذّر إرسال رسالة البريد الإلكتروني. أعد إرسالها للمحاولة مرة أخرى.`,
  changedNotEmailed: (email) =>
    `استُبدلت الدعوة، لكن تعذّر إرسال رسالة البريد الإلكتروني إلى ${isolate(email)}. أعد إرسالها للمحاولة مرة أخرى.`,
};
