import type { Messages } from "../types";

export const confirm: Messages["confirm"] = {
  deleteTitle: (name) => `删除 ${name}？`,
  deleteBody: (name) => `${name} 将立即失去访问权限并被退出登录。此操作立即生效，且无法撤消。`,
  deleteAction: "删除用户",
  suspendTitle: (name) => `停用 ${name}？`,
  suspendBody: (name) => `${name} 将被退出登录，在重新启用之前无法登录。`,
  suspendAction: "停用用户",
  removeExternalTitle: (name) => `移除 ${name} 的访问权限？`,
  removeExternalBody: (name, home) => `${name} 将立即退出此账户。其本人的账户（${home}）不受影响。此操作无法撤消。`,
  removeExternalAction: "移除访问权限",
  cancelInvitationTitle: (email) => `取消发送给 ${email} 的邀请？`,
  cancelInvitationBody: "邀请链接将立即失效。",
  cancelInvitationAction: "取消邀请",
  keep: "保留",
};
