// Who a reminder is with and how it repeats: what the 提醒 tab needs to show any reminder.

/** Who a follow-up is with. */
export type ReminderTarget = 'airline' | 'ticket-platform' | 'lending-platform' | 'bank' | 'police' | 'regulator' | 'other'

export const REMINDER_TARGETS: { target: ReminderTarget; label: string; defaultTitle: string }[] = [
  { target: 'bank', label: '银行', defaultTitle: '给银行回电，确认处理进度' },
  { target: 'police', label: '派出所/公安', defaultTitle: '问派出所案件进展' },
  { target: 'airline', label: '航空公司', defaultTitle: '联系航空公司，要求书面答复' },
  { target: 'ticket-platform', label: '购票平台', defaultTitle: '联系购票平台，要求书面答复' },
  { target: 'lending-platform', label: '网贷平台', defaultTitle: '联系网贷平台，要求说明并删除信息' },
  { target: 'regulator', label: '监管部门', defaultTitle: '查看投诉处理结果' },
  { target: 'other', label: '其他', defaultTitle: '跟进处理' },
]

export type Repeat = 'none' | 'daily' | 'weekly' | 'monthly'
