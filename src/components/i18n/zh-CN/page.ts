import type { Messages } from "../types";

export const page: Messages["page"] = {
  title: "用户",
  description: "拥有此账户独立登录身份的所有人。",
  seats: (used, limit) => `已使用 ${used} 个席位，共 ${limit} 个`,
  seatsUnlimited: (used) => `已使用 ${used} 个席位`,
  upgradeTitle: "在此账户中协同工作",
  upgradeAction: (plan) => `升级到 ${plan}`,
  upgradeActionGeneric: "升级套餐",
  sessionError: "无法加载此页面。",
  revoked: "你对此账户的访问已被撤销。如果你认为这是误操作，请联系账户管理员。",
  suspended: "你对此账户的访问已被停用。请联系账户管理员重新启用。",
};
