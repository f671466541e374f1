import { confirm } from '@/platform/feedback'
import { openPermissionSettings } from '@/platform/permissions'

/**
 * After the user refused a permission (calendar, album): says what it is needed for and offers
 * the settings screen. Resolves true once the user went there, so the caller can try again.
 */
export async function offerPermissionSettings(title: string, content: string): Promise<boolean> {
  const open = await confirm({ title, content, confirmText: '去设置', cancelText: '以后再说' })
  if (!open) return false
  await openPermissionSettings()
  return true
}
