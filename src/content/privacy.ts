/** What the app keeps on the phone, for the privacy statement. Each entry names the storage key it lives in. */
export interface StoredItem {
  key: string
  what: string
  why: string
}

export const STORED_ITEMS: StoredItem[] = [
  {
    key: 'bj.emergency',
    what: '紧急处置的开始时间，和你勾选完成的步骤',
    why: '重新打开小程序时，接着上次的进度',
  },
  {
    key: 'bj.evidence.*',
    what: '你记下的证据：类型、时间、说明、金额、对方信息；照片存在小程序自己的文件夹里',
    why: '整理成报案材料，交给警方和银行',
  },
  {
    key: 'bj.reminders',
    what: '你设的跟进提醒：跟进谁、什么时间、要打的电话和备注',
    why: '按时提醒你给银行、派出所、航空公司或平台回电',
  },
  {
    key: 'bj.plan',
    what: '处置计划的回答和勾选的步骤，以及你填写的写信信息（姓名、电话、卡号等）',
    why: '重新打开时接着上次的计划，写信时不用重复填写',
  },
  {
    key: 'bj.calls',
    what: '从小程序里拨出的电话：时间、号码、打给谁',
    why: '以后整理报案材料时，可以列出你联系过谁、什么时候联系的',
  },
]

export const PRIVACY_PROMISES: string[] = [
  '没有服务器，不联网，不做任何统计。',
  '你的记录只存在这部手机上，不会上传给任何人，包括我们。',
  '只有你自己点“分享”或“复制”时，内容才会离开这部手机。',
  '删除小程序，或在微信里清除它的数据，记录就一起删除。',
]
