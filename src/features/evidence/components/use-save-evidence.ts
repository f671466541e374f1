import { useState } from 'react'
import { useSingleFlight } from '@/ui/use-single-flight'
import type { StoredDraft } from '@/services/use-stored-draft'
import { confirm, showToast } from '@/platform/feedback'
import type { DraftField, EvidenceDraft } from '../model'
import { saveDraft, saveFailureMessage } from '../save-draft'
import type { SaveFailureState } from './save-failure'

/**
 * Saving the editor's draft: asks about an unusual date, shows each problem against its field or
 * as a failure, and forgets the draft only once the note is on the phone. A double tap saves once.
 */
export function useSaveEvidence(stored: StoredDraft<EvidenceDraft>, onSaved: (id: string) => void) {
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({})
  const [failure, setFailure] = useState<SaveFailureState | null>(null)
  const [saving, setSaving] = useState(false)

  const save = useSingleFlight(async () => {
    const draft = stored.value
    setSaving(true)
    let outcome = await saveDraft(draft)
    if (outcome.kind === 'confirm-date') {
      const sure = await confirm({ title: '请确认时间', content: outcome.question, confirmText: '没选错', cancelText: '改时间' })
      outcome = sure ? await saveDraft(draft, Date.now(), true) : { kind: 'invalid', errors: { occurredAt: outcome.question } }
    }
    setSaving(false)
    if (outcome.kind === 'saved') {
      setFailure(null)
      await stored.clear()
      showToast('已保存', 'success')
      onSaved(outcome.id)
      return true
    }
    if (outcome.kind === 'invalid') {
      setErrors(outcome.errors)
      setFailure(null)
    } else if (outcome.kind === 'failed') {
      setErrors({})
      setFailure({ message: saveFailureMessage(outcome.reason, outcome.message), quota: outcome.reason === 'quota' })
    }
    return false
  })
  return { save, saving, errors, failure }
}
