import type { Messages } from "../types";

export const page: Messages["page"] = {
  title: "ユーザー",
  description: "このアカウントに自分のログインを持つすべてのユーザーです。",
  seats: (used, limit) => `${limit} シート中 ${used} シート使用`,
  seatsUnlimited: (used) => `${used} シート使用`,
  upgradeTitle: "このアカウントをチームで使う",
  upgradeAction: (plan) => `${plan} にアップグレード`,
  upgradeActionGeneric: "プランをアップグレード",
  sessionError: "このページを読み込めませんでした。",
  revoked:
    "このアカウントへのあなたのアクセスは取り消されました。誤りだと思われる場合は、アカウントの管理者にお問い合わせください。",
  suspended:
    "このアカウントへのあなたのアクセスは一時停止されています。アカウントの管理者に再有効化を依頼してください。",
};
