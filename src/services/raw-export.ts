import { copyText } from '@/platform/clipboard'
import { showToast } from '@/platform/feedback'
import { readAllRaw } from '@/platform/storage'
import { toIsoUtc } from '@/lib/time'

/**
 * 「导出原始数据」: every key the app wrote, exactly as stored, copied as JSON. It needs no store to
 * load, so it works when a damaged record keeps a screen from showing.
 */
export async function exportRawData(now: number = Date.now()): Promise<void> {
  const raw = await readAllRaw('bj.')
  const copied = await copyText(JSON.stringify({ app: '被骗急救', kind: '原始数据', exportedAt: toIsoUtc(now), keys: raw }, null, 2))
  if (copied.ok) showToast('已复制原始数据', 'success')
  else showToast('没能复制。请打开剪贴板权限后再试。')
}
