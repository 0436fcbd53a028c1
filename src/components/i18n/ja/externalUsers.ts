import type { Messages } from "../types";

export const externalUsers: Messages["externalUsers"] = {
  title: "外部ユーザー",
  description: "マルチアカウントログインでこのアカウントにアクセスする、他のアカウントのユーザーです。",
  empty: "外部ユーザーはいません。",
  loadError: "外部ユーザーを読み込めませんでした。",
  columns: {
    name: "名前",
    email: "メールアドレス",
    homeAccount: "所属アカウント",
    role: "このアカウントでのロール",
    actions: "操作",
  },
  edit: "ロールを編集",
  editTitle: (name) => `このアカウントでの ${name} のロール`,
  editDescription: (home) =>
    `変わるのはこのアカウントでのアクセスだけです。本人のアカウント（${home}）には影響しません。`,
  permissions: "このアカウントでの権限",
  current: (role) => `このアカウントでの現在のロールは ${role} です。`,
  remove: "アクセスを削除",
  updated: (name) => `このアカウントでの ${name} のロールを変更しました。`,
  removed: (name) => `${name} はこのアカウントにアクセスできなくなりました。`,
};
