import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { navigate } from '@/services/navigate'
import { ROUTES } from '@/lib/routes'
import { newId } from '@/lib/ids'
import { confirm, showToast } from '@/platform/feedback'
import { goBack } from '@/platform/navigation'
import { draftFromNote, emptyDraft, emptyQuickDraft, MAX_TEXT_LENGTH, type EvidenceDraft } from '../model'
import { loadEvidence, loadNotes, useEvidence } from '../store'
import { deleteNote } from '../note-writes'
import { EvidenceEditor } from './evidence-editor'

interface EvidenceEditScreenProps {
  /** The note to edit; absent for a new one. */
  id?: string
  quick?: boolean
  /** A new note pre-filled by another screen (the message checker). */
  prefill?: EvidenceDraft
  /** The pre-filled text was longer than a note holds and only its start was kept. */
  prefillCut?: boolean
}

/** Opens a saved note for editing, or a new one with the time set to now. */
export function EvidenceEditScreen({ id, quick = false, prefill, prefillCut = false }: EvidenceEditScreenProps) {
  const note = useEvidence((state) => (id ? state.notes[id] : undefined))
  const [missing, setMissing] = useState(false)
  // A new note has its id from the start, kept in its draft: saving a restored draft again updates the note.
  const [newDraft] = useState<EvidenceDraft>(() => ({
    ...(prefill ?? (quick ? emptyQuickDraft() : emptyDraft(Date.now()))),
    id: prefill?.id ?? newId(Date.now()),
  }))

  useEffect(() => {
    if (!id) return
    void loadEvidence()
      .then(() => loadNotes([id]))
      .then(() => setMissing(!useEvidence.getState().notes[id]))
  }, [id])

  const remove = async (): Promise<boolean> => {
    if (!id) return false
    const sure = await confirm({
      title: '删除这条证据？',
      content: '删除后无法恢复，照片也会一起删除。',
      confirmText: '删除',
      cancelText: '不删了',
      danger: true,
    })
    if (!sure) return false
    const deleted = await deleteNote(id)
    showToast(deleted.ok ? '已删除' : '没能删除，这条证据还在。请再试一次', deleted.ok ? 'success' : 'none')
    return deleted.ok
  }

  if (id && missing) return <View className='bj-card'>找不到这条证据，可能已经删除了。</View>
  if (id && !note) return <View className='bj-card bj-muted'>正在读取…</View>
  return (
    <>
      {prefillCut && !note ? (
        <View id='evidence-prefill-cut' className='bj-card' role='alert'>
          消息很长，这里只放进了前 {MAX_TEXT_LENGTH} 个字。需要全文的话，请截图后作为照片添加。
        </View>
      ) : null}
      <EvidenceEditor
        key={note?.updatedAt ?? 'new'}
        initial={note ? draftFromNote(note) : newDraft}
        // A pre-filled note keeps its own draft, so an old unsaved 「新证据」 draft never replaces the message.
        draftName={quick && !note ? 'quick' : prefill && !note ? `prefill.${prefill.occurredAt}` : undefined}
        quick={quick}
        onSaved={() => void goBack(ROUTES.evidence)}
        onDelete={id ? remove : undefined}
        onDeleted={() => void goBack(ROUTES.evidence)}
        onFreeSpace={() => void navigate(ROUTES.settings)}
      />
    </>
  )
}
