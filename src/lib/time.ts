import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'
import 'dayjs/locale/zh-cn'

dayjs.extend(relativeTime)
dayjs.locale('zh-cn')

/** dayjs set up once for the whole app: Chinese locale and relative times. Times are epoch ms everywhere else. */
export { dayjs }

/** 「11月22日 14:05」, the way people read a time on a phone. */
export function formatDateTime(at: number): string {
  return dayjs(at).format('M月D日 HH:mm')
}
