import type { Messages } from "../types";

export const externalUsers: Messages["externalUsers"] = {
  title: "外部用户",
  description: "通过多账户登录访问此账户的其他账户的用户。",
  empty: "没有外部用户。",
  loadError: "无法加载外部用户。",
  columns: { name: "姓名", email: "电子邮件", homeAccount: "所属账户", role: "在此账户的角色", actions: "操作" },
  edit: "编辑角色",
  editTitle: (name) => `${name} 在此账户中的角色`,
  editDescription: (home) => `只会更改其在此账户中的访问权限；其本人的账户（${home}）不受影响。`,
  permissions: "在此账户的权限",
  current: (role) => `其在此账户中的角色现为 ${role}。`,
  remove: "移除访问权限",
  updated: (name) => `已更改 ${name} 在此账户中的角色。`,
  removed: (name) => `${name} 已无法访问此账户。`,
};
