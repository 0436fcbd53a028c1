import type { Messages } from "../types";

export const invitations: Messages["invitations"] = {
  title: "保留中の招待",
  empty: "保留中の招待はありません。",
  loadError: "招待を読み込めませんでした。",
  columns: {
    role: "ロール",
    sentAt: "送信日時",
    invitedBy: "招待者",
  },
  expiresIn: (relative) => `有効期限: ${relative}`,
  resend: "再送信",
  resent: (email, days) => `${email} に新しい招待を送信しました。有効期間は ${days} 日間です。`,
  cancel: "招待をキャンセル",
  cancelled: (email) => `${email} への招待をキャンセルしました。`,
  change: "変更",
  changeTitle: (email) => `${email} への招待を変更`,
  changeDescription:
    "招待は編集できません。保存すると、この招待はキャンセルされ、以下の内容で新しい招待が送信されます。",
  changeSubmit: "キャンセルして再招待",
  changed: (email) => `招待を置き換え、${email} に新しい招待を送信しました。`,
  resendFailed: (email) => `${email} への招待を再送信できませんでした。`,
  notEmailed: (email) =>
    `${email} への招待は保存されましたが、メールを送信できませんでした。再送信してもう一度お試しください。`,
  changedNotEmailed: (email) =>
    `招待を置き換えましたが、${email} へのメールを送信できませんでした。再送信してもう一度お試しください。`,
};
