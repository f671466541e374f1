import Taro from '@tarojs/taro'
import { COLORS } from '@/lib/colors'

/** A short message that disappears by itself. Text-only, so long Chinese sentences are not cut to 7 characters. */
export function showToast(title: string, kind: 'success' | 'none' = 'none'): void {
  Taro.showToast({ title, icon: kind, duration: 2500 }).catch(() => undefined)
}

export interface ConfirmOptions {
  title: string
  content: string
  confirmText?: string
  cancelText?: string
  showCancel?: boolean
  /** A destructive confirm (删除): its button is red. */
  danger?: boolean
}

/** A modal dialog. Resolves true when the user taps the confirm button. */
export async function confirm(options: ConfirmOptions): Promise<boolean> {
  try {
    const result = await Taro.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText ?? '确定',
      cancelText: options.cancelText ?? '取消',
      showCancel: options.showCancel ?? true,
      ...(options.danger ? { confirmColor: COLORS.danger } : {}),
    })
    return Boolean(result.confirm)
  } catch {
    return false
  }
}

/** Something the user has to read before going on: a modal with one 「知道了」 button, never a toast. */
export async function tell(title: string, content: string): Promise<void> {
  await confirm({ title, content, confirmText: '知道了', showCancel: false })
}

/** A list of choices from the bottom of the screen. Resolves to the chosen index, or null if dismissed. */
export async function chooseAction(items: string[]): Promise<number | null> {
  try {
    const result = await Taro.showActionSheet({ itemList: items })
    return result.tapIndex
  } catch {
    return null
  }
}
