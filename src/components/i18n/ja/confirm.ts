import type { Messages } from "../types";

export const confirm: Messages["confirm"] = {
  deleteTitle: (name) => `${name} を削除しますか？`,
  deleteBody: (name) =>
    `${name} はすぐにアクセスできなくなり、ログアウトされます。この操作は即時に反映され、元に戻せません。`,
  deleteAction: "ユーザーを削除",
  suspendTitle: (name) => `${name} を一時停止しますか？`,
  suspendBody: (name) => `${name} はログアウトされ、再有効化されるまでログインできません。`,
  suspendAction: "ユーザーを一時停止",
  removeExternalTitle: (name) => `${name} のアクセスを削除しますか？`,
  removeExternalBody: (name, home) =>
    `${name} はこのアカウントからすぐにログアウトされます。本人のアカウント（${home}）には影響しません。この操作は元に戻せません。`,
  removeExternalAction: "アクセスを削除",
  cancelInvitationTitle: (email) => `${email} への招待をキャンセルしますか？`,
  cancelInvitationBody: "招待リンクはすぐに使えなくなります。",
  cancelInvitationAction: "招待をキャンセル",
  keep: "残す",
};
