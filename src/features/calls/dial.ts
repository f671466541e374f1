import { makePhoneCall } from '@/platform/phone'
import { copyText } from '@/platform/clipboard'
import { confirm, tell } from '@/platform/feedback'
import { askOutcome, logCall } from './store'

export interface DialTarget {
  /** Digits to dial. */
  number: string
  /** Who it is, e.g. 「反诈专线」. */
  label: string
  /** How the number is written for people; defaults to the digits. */
  display?: string
}

/** Offers the number on the clipboard, and says plainly what to do if even that is refused. */
export async function copyNumber(target: DialTarget): Promise<void> {
  const shown = target.display ?? target.number
  const copied = await copyText(target.number)
  if (copied.ok) await tell('号码已复制', `${shown} 已复制。打开手机的拨号盘，长按粘贴后拨出。`)
  else await tell('请记下这个号码', `没能复制。请在拨号盘手动拨打 ${shown}。`)
}

/** Set while a dial is under way: a second tap in that time (a double tap) neither dials nor logs again. */
let dialling = false

/**
 * Dials a number and writes the attempt to the call log. If the phone does not dial,
 * the user is told so and can copy the number instead.
 */
export async function dial(
  target: DialTarget,
  now: () => number = Date.now,
  options: { askOutcome: boolean } = { askOutcome: true },
): Promise<void> {
  if (dialling) return
  dialling = true
  try {
    await dialOnce(target, now, options)
  } finally {
    dialling = false
  }
}

async function dialOnce(target: DialTarget, now: () => number, options: { askOutcome: boolean }): Promise<void> {
  const at = now()
  const result = await makePhoneCall(target.number)
  const outcome = result.ok ? 'dialled' : result.reason === 'cancelled' ? 'cancelled' : 'failed'
  // The call itself happened either way; a log that cannot be saved is shown by the storage banner.
  const logged = await logCall({ at, number: target.number, label: target.label, outcome })
  if (result.ok) {
    // The sheet asks 「刚才的电话打通了吗？」 when the user comes back from the call.
    if (logged.ok && options.askOutcome) askOutcome(logged.value)
    return
  }
  const shown = target.display ?? target.number
  const wantsCopy = await confirm({
    title: outcome === 'cancelled' ? '没有拨出' : '没能打开拨号',
    content: `${target.label} ${shown}。可以复制号码，到手机拨号盘里拨打。`,
    confirmText: '复制号码',
    cancelText: '关闭',
  })
  if (wantsCopy) await copyNumber(target)
}
