import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { navigate } from '@/components/navigate'
import { ROUTES } from '@/lib/routes'
import { confirm, showToast } from '@/platform/feedback'
import { goBack } from '@/platform/navigation'
import { draftFromNote, emptyDraft, emptyQuickDraft, type EvidenceDraft } from '../model'
import { deleteNote, loadEvidence, loadNotes, useEvidence } from '../store'
import { EvidenceEditor } from './evidence-editor'

interface EvidenceEditScreenProps {
  /** The note to edit; absent for a new one. */
  id?: string
  quick?: boolean
  /** A new note pre-filled by another screen (the message checker). */
  prefill?: EvidenceDraft
}

/** Opens a saved note for editing, or a new one with the time set to now. */
export function EvidenceEditScreen({ id, quick = false, prefill }: EvidenceEditScreenProps) {
  const note = useEvidence((state) => (id ? state.notes[id] : undefined))
  const [missing, setMissing] = useState(false)
  const [newDraft] = useState<EvidenceDraft>(() => prefill ?? (quick ? emptyQuickDraft() : emptyDraft(Date.now())))

  useEffect(() => {
    if (!id) return
    void loadEvidence()
      .then(() => loadNotes([id]))
      .then(() => setMissing(!useEvidence.getState().notes[id]))
  }, [id])

  const remove = async () => {
    if (!id) return
    const sure = await confirm({ title: '删除这条证据？', content: '删除后无法恢复，照片也会一起删除。', confirmText: '删除', cancelText: '不删了', danger: true })
    if (!sure) return
    const deleted = await deleteNote(id)
    if (!deleted.ok) return showToast('没能删除，请再试一次')
    showToast('已删除', 'success')
    await goBack(ROUTES.evidence)
  }

  if (id && missing) return <View className='bj-card'>找不到这条证据，可能已经删除了。</View>
  if (id && !note) return <View className='bj-card bj-muted'>正在读取…</View>
  return (
    <EvidenceEditor
      key={note?.updatedAt ?? 'new'}
      initial={note ? draftFromNote(note) : newDraft}
      draftName={quick && !note ? 'quick' : undefined}
      quick={quick}
      onSaved={() => void goBack(ROUTES.evidence)}
      onDelete={id ? () => void remove() : undefined}
      onFreeSpace={() => void navigate(ROUTES.settings)}
    />
  )
}
