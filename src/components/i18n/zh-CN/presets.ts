import type { Messages } from "../types";

export const presets: Messages["presets"] = {
  "administrator-user-custom": {
    roles: { administrator: "管理员", user: "用户", custom: "自定义" },
    permissions: {
      "users.manage": { label: "管理用户", description: "创建、修改和删除用户。" },
      "api_tokens.create": { label: "创建 API 令牌", description: "为 API 创建令牌。" },
      "dashboard.view": { label: "查看仪表板", description: "查看账户的仪表板。" },
      "profile.edit": { label: "编辑自己的个人资料", description: "更改自己的姓名和密码。" },
      "campaigns.create": { label: "创建营销活动", description: "撰写和编辑营销活动。" },
      "campaigns.send": { label: "发送营销活动", description: "安排和发送营销活动。" },
      "contacts.manage": { label: "管理联系人", description: "导入、编辑和删除联系人。" },
      "contacts.export": { label: "导出联系人", description: "下载联系人列表。" },
      "templates.manage": { label: "管理模板", description: "创建和共享模板。" },
      "reports.view": { label: "查看报告", description: "查看营销活动的统计数据。" },
      "billing.manage": { label: "管理账单", description: "查看发票并更改付款信息。" },
    },
    groups: {
      Administration: "管理",
      Basic: "基本",
      Campaigns: "营销活动",
      Contacts: "联系人",
      Content: "内容",
      Reports: "报告",
      Billing: "账单",
    },
  },
  "owner-manager": {
    roles: { owner: "所有者", manager: "经理" },
    permissions: {
      "users.manage": { label: "邀请和编辑用户", description: "邀请用户并更改其角色或状态。" },
      "services.manage": { label: "管理服务", description: "订购和配置服务。" },
      "billing.manage": { label: "管理账单", description: "支付发票并更改资费。" },
      "support.tickets": { label: "支持工单", description: "创建和回复支持工单。" },
    },
    groups: { Users: "用户", Services: "服务", Billing: "账单", Support: "支持" },
  },
  "account-holder-member": {
    roles: { holder: "账户持有人", member: "成员" },
    permissions: {
      "users.manage": { label: "添加和移除用户", description: "邀请他人并将其移除。" },
      "account.manage": { label: "更改账户", description: "更改公司名称或用户名，或删除账户。" },
      "projects.manage": { label: "管理项目", description: "创建和编辑项目。" },
      "reports.view": { label: "查看报告", description: "查看账户的报告。" },
    },
    groups: { Account: "账户", Work: "工作" },
  },
};
