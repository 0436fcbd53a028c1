import type { Messages } from "../types";

export const presets: Messages["presets"] = {
  "administrator-user-custom": {
    roles: { administrator: "مسؤول", user: "مستخدم", custom: "مخصص" },
    permissions: {
      "users.manage": { label: "إدارة المستخدمين", description: "إنشاء المستخدمين وتعديلهم وحذفهم." },
      "api_tokens.create": { label: "إنشاء رموز API", description: "إنشاء رموز للوصول إلى API." },
      "dashboard.view": { label: "عرض لوحة المعلومات", description: "عرض لوحة معلومات الحساب." },
      "profile.edit": { label: "تعديل الملف الشخصي", description: "تغيير الاسم وكلمة المرور الخاصين به." },
      "campaigns.create": { label: "إنشاء الحملات", description: "كتابة الحملات وتعديلها." },
      "campaigns.send": { label: "إرسال الحملات", description: "جدولة الحملات وإرسالها." },
      "contacts.manage": { label: "إدارة جهات الاتصال", description: "استيراد جهات الاتصال وتعديلها وحذفها." },
      "contacts.export": { label: "تصدير جهات الاتصال", description: "تنزيل قوائم جهات الاتصال." },
      "templates.manage": { label: "إدارة القوالب", description: "إنشاء القوالب ومشاركتها." },
      "reports.view": { label: "عرض التقارير", description: "عرض إحصاءات الحملات." },
      "billing.manage": { label: "إدارة الفوترة", description: "عرض الفواتير وتغيير بيانات الدفع." },
    },
    groups: {
      Administration: "الإدارة",
      Basic: "أساسي",
      Campaigns: "الحملات",
      Contacts: "جهات الاتصال",
      Content: "المحتوى",
      Reports: "التقارير",
      Billing: "الفوترة",
    },
  },
  "owner-manager": {
    roles: { owner: "مالك", manager: "مدير" },
    permissions: {
      "users.manage": { label: "دعوة المستخدمين وتعديلهم", description: "دعوة المستخدمين وتغيير أدوارهم أو حالتهم." },
      "services.manage": { label: "إدارة الخدمات", description: "طلب الخدمات وضبط إعداداتها." },
      "billing.manage": { label: "إدارة الفوترة", description: "دفع الفواتير وتغيير التعرفة." },
      "support.tickets": { label: "تذاكر الدعم", description: "فتح تذاكر الدعم والرد عليها." },
    },
    groups: { Users: "المستخدمون", Services: "الخدمات", Billing: "الفوترة", Support: "الدعم" },
  },
  "account-holder-member": {
    roles: { holder: "صاحب الحساب", member: "عضو" },
    permissions: {
      "users.manage": { label: "إضافة المستخدمين وإزالتهم", description: "دعوة الأشخاص وإزالتهم." },
      "account.manage": { label: "تغيير الحساب", description: "تغيير اسم الشركة أو أسماء المستخدمين، أو حذف الحساب." },
      "projects.manage": { label: "إدارة المشاريع", description: "إنشاء المشاريع وتعديلها." },
      "reports.view": { label: "عرض التقارير", description: "عرض تقارير الحساب." },
    },
    groups: { Account: "الحساب", Work: "العمل" },
  },
};
