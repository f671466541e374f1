import { newId } from '@/lib/ids'
import { keepPhoto } from '@/platform/files'
import type { FailureReason } from '@/platform/result'
import { noteFromDraft, type DraftField, type EvidenceDraft } from './model'
import { saveNote } from './note-writes'

export type SaveOutcome =
  | { kind: 'saved'; id: string }
  | { kind: 'invalid'; errors: Partial<Record<DraftField, string>> }
  /** The date is real but unusual: ask, then save again with `dateConfirmed`. */
  | { kind: 'confirm-date'; question: string }
  | { kind: 'failed'; reason: FailureReason; message: string }

/**
 * Checks the draft, copies any newly chosen photos into the app's folder, and saves the note.
 * On any failure the draft is untouched, so the editor can keep showing it.
 */
export async function saveDraft(draft: EvidenceDraft, now: number = Date.now(), dateConfirmed = false): Promise<SaveOutcome> {
  const id = draft.id ?? newId(now)
  const checked = noteFromDraft(draft, id, now, dateConfirmed)
  if (!checked.ok)
    return checked.confirmDate ? { kind: 'confirm-date', question: checked.confirmDate } : { kind: 'invalid', errors: checked.errors }
  const photos = []
  for (const [index, photo] of checked.note.photos.entries()) {
    const kept = await keepPhoto(photo.path, `${id}-${photo.addedAt}-${index}`)
    if (!kept.ok) return { kind: 'failed', reason: kept.reason, message: kept.message }
    photos.push({ ...photo, path: kept.value })
  }
  const saved = await saveNote({ ...checked.note, photos })
  return saved.ok ? { kind: 'saved', id } : { kind: 'failed', reason: saved.reason, message: saved.message }
}

/** What to tell the user when a save did not go through; the draft is still on screen. */
export function saveFailureMessage(reason: FailureReason, message = ''): string {
  if (reason === 'blocked') return `没能保存：${message.replace(/。$/, '')}。你写的内容还在，没有丢。`
  if (reason === 'quota') {
    return '没能保存：手机上的小程序存储空间满了。你写的内容还在，没有丢。可以到“设置与数据”导出后清理旧记录，再点保存。'
  }
  if (reason === 'denied') return '没能保存照片：没有得到相册或文件权限。你写的内容还在，可以去掉照片后再保存。'
  return '没能保存，请再点一次“保存”。你写的内容还在，没有丢。'
}
