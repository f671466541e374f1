/**
 * The words on home's first screen. The H5 page's static first screen (config/first-screen.ts) is
 * built from these and from the hotline data, so the two can never say different things.
 */
export const HOME_ENTRY = {
  intro: '遇到诈骗或信息泄露，先别慌。',
  scammed: { title: '我被骗了', caption: '一步一步告诉你怎么做' },
  leaked: { title: '我的信息泄露了', caption: '还没有损失钱，先做好防范' },
  /** The two numbers home offers first, by hotline id: 110 to report, 96110 to ask. */
  callIds: ['police-110', 'anti-fraud-96110'],
} as const
