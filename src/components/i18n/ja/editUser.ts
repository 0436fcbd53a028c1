import type { Messages } from "../types";

export const editUser: Messages["editUser"] = {
  title: (name) => `${name} を編集`,
  profileTitle: "プロフィール",
  description: "変更はすぐに反映されます。",
  firstName: "名",
  lastName: "姓",
  email: "メールアドレス",
  password: "パスワードを変更",
  newPassword: "新しいパスワード",
  actorPassword: "現在のパスワード",
  actorPasswordHint: "他の人のパスワードを変更するには、本人確認のためにあなたのパスワードを入力してください。",
  ownPasswordHint: "新しいパスワードを設定するには、現在のパスワードを入力してください。",
  saved: (name) => `${name} を保存しました。`,
  passwordChanged: "パスワードを変更しました。",
  conflict:
    "編集中に他の人がこのユーザーを変更しました。フォームには相手の値があなたの値の横に表示されています。あなたの値を残すには、もう一度保存してください。",
  theirValue: (value) => `現在の値: ${value}`,
  cannotEdit: "このユーザーは閲覧のみできます。",
  profileIsTheirs: "名前とメールアドレスは本人だけが変更できます。",
  emailFixed: "メールアドレスはここでは変更できません。",
  profile: "プロフィール",
  emailInvalid: "name@example.com のような有効なメールアドレスを入力してください。",
  nameTooLong: (max) => `名前は ${max} 文字以内で入力してください。`,
  actorPasswordRequired: "確認のため、現在のパスワードを入力してください。",
  none: "なし",
  loadFailed: "プロフィールを読み込めませんでした。",
};
