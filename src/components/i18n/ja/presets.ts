import type { Messages } from "../types";

export const presets: Messages["presets"] = {
  "administrator-user-custom": {
    roles: { administrator: "管理者", user: "ユーザー", custom: "カスタム" },
    permissions: {
      "users.manage": { label: "ユーザーの管理", description: "ユーザーを作成、変更、削除します。" },
      "api_tokens.create": { label: "API トークンの作成", description: "API 用のトークンを作成します。" },
      "dashboard.view": { label: "ダッシュボードの表示", description: "アカウントのダッシュボードを表示します。" },
      "profile.edit": { label: "自分のプロフィールの編集", description: "自分の名前とパスワードを変更します。" },
      "campaigns.create": { label: "キャンペーンの作成", description: "キャンペーンを作成、編集します。" },
      "campaigns.send": { label: "キャンペーンの配信", description: "キャンペーンを予約、配信します。" },
      "contacts.manage": { label: "連絡先の管理", description: "連絡先をインポート、編集、削除します。" },
      "contacts.export": { label: "連絡先のエクスポート", description: "連絡先リストをダウンロードします。" },
      "templates.manage": { label: "テンプレートの管理", description: "テンプレートを作成、共有します。" },
      "reports.view": { label: "レポートの表示", description: "キャンペーンの統計を表示します。" },
      "billing.manage": { label: "請求の管理", description: "請求書を表示し、支払い情報を変更します。" },
    },
    groups: {
      Administration: "管理",
      Basic: "基本",
      Campaigns: "キャンペーン",
      Contacts: "連絡先",
      Content: "コンテンツ",
      Reports: "レポート",
      Billing: "請求",
    },
  },
  "owner-manager": {
    roles: { owner: "オーナー", manager: "マネージャー" },
    permissions: {
      "users.manage": {
        label: "ユーザーの招待と編集",
        description: "ユーザーを招待し、ロールや状態を変更します。",
      },
      "services.manage": { label: "サービスの管理", description: "サービスを注文、設定します。" },
      "billing.manage": { label: "請求の管理", description: "請求書を支払い、料金プランを変更します。" },
      "support.tickets": { label: "サポートチケット", description: "サポートチケットを作成し、回答します。" },
    },
    groups: { Users: "ユーザー", Services: "サービス", Billing: "請求", Support: "サポート" },
  },
  "account-holder-member": {
    roles: { holder: "アカウント所有者", member: "メンバー" },
    permissions: {
      "users.manage": { label: "ユーザーの追加と削除", description: "ユーザーを招待し、削除します。" },
      "account.manage": {
        label: "アカウントの変更",
        description: "会社名やユーザー名を変更したり、アカウントを削除したりします。",
      },
      "projects.manage": { label: "プロジェクトの管理", description: "プロジェクトを作成、編集します。" },
      "reports.view": { label: "レポートの表示", description: "アカウントのレポートを表示します。" },
    },
    groups: { Account: "アカウント", Work: "業務" },
  },
};
