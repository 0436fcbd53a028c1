import type { Messages } from "../types";

export const invitations: Messages["invitations"] = {
  title: "待接受的邀请",
  empty: "没有待接受的邀请。",
  loadError: "无法加载邀请。",
  columns: {
    role: "角色",
    sentAt: "发送时间",
    invitedBy: "邀请人",
  },
  expiresIn: (relative) => `${relative}过期`,
  resend: "重新发送",
  resent: (email, days) => `已向 ${email} 发送新的邀请，有效期为 ${days} 天。`,
  cancel: "取消邀请",
  cancelled: (email) => `已取消发送给 ${email} 的邀请。`,
  change: "更改",
  changeTitle: (email) => `更改发送给 ${email} 的邀请`,
  changeDescription: "邀请无法编辑：保存后将取消此邀请，并按以下信息发送新的邀请。",
  changeSubmit: "取消并重新邀请",
  changed: (email) => `邀请已替换；新的邀请已发送给 ${email}。`,
  resendFailed: (email) => `无法重新发送给 ${email} 的邀请。`,
  notEmailed: (email) => `发送给 ${email} 的邀请已保存，但电子邮件未能发出。请重新发送以重试。`,
  changedNotEmailed: (email) => `邀请已替换，但发送给 ${email} 的电子邮件未能发出。请重新发送以重试。`,
};
