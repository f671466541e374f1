import { HOTLINES } from '@/content/hotlines'
import { ROUTES } from '@/lib/routes'
import { addToPhoneCalendar } from '@/platform/calendar'
import { chooseAction, showToast, tell } from '@/platform/feedback'
import { openPage } from '@/platform/navigation'
import { displayNumber, verifiedHotlineFor } from '@/features/hotlines'
import { dial } from '@/features/calls'
import { saveCalendarFile } from '@/platform/calendar-file'
import { calendarFileEvent, phoneCalendarRequest } from './calendar'
import { SNOOZE_OPTIONS, type Reminder } from './model'
import { reminderActions } from './store'
import { saveFailedMessage } from '@/services/save-feedback'
import { offerPermissionSettings } from '@/services/permission-prompt'

/**
 * Puts a reminder in the phone's calendar with an alarm, so it rings with the app closed.
 * In the browser there is no calendar API: an .ics file is downloaded for the calendar app instead.
 */
export async function addReminderToCalendar(reminder: Reminder, now: number = Date.now()): Promise<void> {
  const added = await addToPhoneCalendar(phoneCalendarRequest(reminder))
  if (added.ok) {
    await reminderActions.markCalendar(reminder.id, now)
    showToast('已加入手机日历', 'success')
    return
  }
  if (added.reason === 'unsupported') {
    const downloaded = saveCalendarFile(calendarFileEvent(reminder), now)
    if (downloaded.ok) {
      await reminderActions.markCalendar(reminder.id, now)
      await tell('已下载日历文件', '用手机的日历 App 打开这个文件，就能把提醒导入日历。')
    } else {
      showToast('这里没法添加日历，请在微信里使用小程序')
    }
    return
  }
  if (added.reason === 'cancelled') return
  if (added.reason === 'denied') {
    const retry = await offerPermissionSettings(
      '没有日历权限',
      '要让提醒在小程序关闭时也响铃，需要允许“添加日历”。可以在设置里打开后再试一次。',
    )
    if (retry) {
      await addReminderToCalendar(reminder, now)
    }
    return
  }
  showToast('没能添加到日历，请再试一次。提醒仍会在小程序打开时出现。')
}

/** 「稍后」: one of SNOOZE_OPTIONS, or a time the user picks in the editor (the last choice). */
export async function snoozeWithChoice(reminder: Reminder, now: number = Date.now()): Promise<void> {
  const choice = await chooseAction([...SNOOZE_OPTIONS.map((option) => option.label), '选个时间'])
  if (choice === null) return
  if (choice >= SNOOZE_OPTIONS.length) {
    await openPage(ROUTES.reminderEdit, { id: reminder.id })
    return
  }
  const saved = await reminderActions.snooze(reminder.id, SNOOZE_OPTIONS[choice].kind, now)
  if (!saved.ok) showToast(saveFailedMessage(saved))
}

/**
 * 「去处理」 on home's banner: the reminder's own action. A verified number is dialled at once;
 * anything else opens the reminder, where the user sees what to do and the number they typed.
 */
export async function openReminderAction(reminder: Reminder): Promise<void> {
  const number = reminder.contact?.number
  const verified = number ? verifiedHotlineFor(HOTLINES, number) : undefined
  if (verified && number) return dial({ number, label: verified.name, display: displayNumber(verified) })
  await openPage(ROUTES.reminderEdit, { id: reminder.id })
}
