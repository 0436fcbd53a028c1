import type { Messages } from "../types";

// Japanese has one plural category (`Intl.PluralRules("ja")` → "other"): every count takes one form.
export const common: Messages["common"] = {
  loading: "読み込み中…",
  retry: "再試行",
  cancel: "キャンセル",
  close: "閉じる",
  save: "保存",
  saving: "保存中…",
  you: "あなた",
  role: "ロール",
  permissions: "権限",
  never: "なし",
  enabled: "有効",
  disabled: "無効",
  previousPage: "前のページ",
  nextPage: "次のページ",
  pageOf: (page, count) => `${page} / ${count} ページ`,
  status: { active: "アクティブ", suspended: "一時停止中", revoked: "取り消し済み" },
  invitationStatus: { pending: "保留中", expired: "期限切れ" },
  seatLimitReached:
    "シートがすべて使用されています。さらに招待するには、誰かを削除するかプランをアップグレードしてください。",
  planRequired: (plan) =>
    `複数ユーザーでのアクセスでは、チームの各メンバーが自分のパスワードと権限でログインできます。ご利用の ${plan} プランには含まれていません。招待するにはプランをアップグレードしてください。`,
  roleLimits: {
    ownRole: "自分のロールや権限は変更できません。",
    ownerOnly: (role) => `${role} ロールの付与や保持者の変更は、${role} ロールを持つ人だけが行えます。`,
    aboveYours: "このユーザーはあなたが持っていない権限を持っているため、ロールや権限を変更できません。",
    permissionNotHeld: "あなたはこの権限を持っていないため、付与できません。",
  },
  denied: {
    not_permitted: "この操作を行う権限がありません。",
    inactive_viewer: "このアカウントへのあなたのアクセスは有効ではなくなりました。",
    self_action: "自分自身に対してこの操作は行えません。",
    last_owner: "アカウントには有効なオーナーが少なくとも 1 人必要です。",
    plan_required: "ご利用のプランにはこの機能が含まれていません。",
    seat_limit: "シートがすべて使用されています。",
    invalid_state: "このユーザーの現在の状態ではこの操作を行えません。",
  },
  errors: {
    forbidden: "この操作を行う権限がありません。",
    not_found: "この項目はもう存在しません。他の人が削除した可能性があります。一覧を更新してください。",
    conflict: "この間に他の人が変更しました。現在の値を確認して、もう一度保存してください。",
    validation: "入力内容を確認してください。",
    last_owner: "アカウントには有効なオーナーが少なくとも 1 人必要です。先に他の人にこのロールを付与してください。",
    self_action: "ログイン中のユーザーに対してこの操作は行えません。",
    seat_limit: "シートがすべて使用されています。誰かを削除するかプランをアップグレードしてください。",
    plan_required:
      "ご利用のプランには複数ユーザーでのアクセスが含まれていません。招待するにはプランをアップグレードしてください。",
    invitation_expired: "この招待は期限切れです。新しい招待を依頼してください。",
    invitation_invalid: "この招待リンクは無効になりました。新しい招待を依頼してください。",
    reauthentication_failed: "あなたのパスワードが正しくありません。",
    access_revoked: "このアカウントへのあなたのアクセスは取り消されました。",
    access_suspended:
      "このアカウントへのあなたのアクセスは一時停止されています。アカウントの管理者に再有効化を依頼してください。",
    network: "サーバーに接続できませんでした。接続を確認して、もう一度お試しください。",
    timeout: "サーバーの応答に時間がかかりすぎました。しばらくしてからもう一度お試しください。",
    unavailable: "現在サービスを利用できません。しばらくしてからもう一度お試しください。",
    not_implemented: "この操作はサーバーでサポートされていません。",
    malformed_response: "サーバーから読み取れない応答が返されました。後でもう一度お試しください。",
  },
};
