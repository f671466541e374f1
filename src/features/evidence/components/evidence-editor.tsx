import { useState } from 'react'
import { View } from '@tarojs/components'
import { EVIDENCE_LAW, EVIDENCE_TYPES, evidenceTypeInfo } from '@/content/evidence-types'
import { TapButton } from '@/ui/tap-button'
import { FormField } from '@/ui/form-field'
import { TextInput } from '@/ui/text-input'
import { TextArea } from '@/ui/text-area'
import { Chip, ChipRow } from '@/ui/chip'
import { useStoredDraft } from '@/services/use-stored-draft'
import { DraftRestoredNotice } from '@/ui/draft-restored-notice'
import { useWriteBlock } from '@/services/use-write-block'
import { ReadOnlyNotice } from '@/ui/read-only-notice'
import { INDEX_KEY } from '../record'
import { DateTimeField } from '@/ui/date-time-field'
import { WhenChips } from './when-chips'
import { AMOUNT_INPUT_TYPE } from '@/platform/system'
import { showToast } from '@/platform/feedback'
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type DraftField, type EvidenceDraft } from '../model'
import { PhotoField } from './photo-field'
import { SaveFailure } from './save-failure'
import { useSaveEvidence } from './use-save-evidence'
import './evidence-editor.scss'

interface EvidenceEditorProps {
  initial: EvidenceDraft
  /** The stored draft's name, when it is not the default: a saved note's id, or 'new' for a new note. The quick editor keeps its own. */
  draftName?: string
  /** Quick add from the emergency screen: amount and account come first. */
  quick?: boolean
  onSaved: (id: string) => void
  /** Asks and deletes the note; resolves true once it is gone, so the editor forgets its draft. */
  onDelete?: () => Promise<boolean>
  onDeleted?: () => void
  onFreeSpace: () => void
}

interface FieldsProps {
  draft: EvidenceDraft
  errors: Partial<Record<DraftField, string>>
  update: (patch: Partial<EvidenceDraft>) => void
}

const AmountField = ({ draft, errors, update }: FieldsProps) => (
  <FormField label='金额（元）' error={errors.amount} hint='例如 1200 或 1,200.50，转账记录会计入损失合计'>
    <TextInput
      id='evidence-amount'
      type={AMOUNT_INPUT_TYPE}
      value={draft.amount}
      placeholder='例如 3000'
      label='金额（元）'
      onChange={(amount) => update({ amount })}
    />
  </FormField>
)

const PhoneField = ({ draft, errors, update }: FieldsProps) => (
  <FormField label='对方号码' error={errors.partyPhone} hint='骗子打来或让你打的号码，会写进报案材料'>
    <TextInput
      id='evidence-party-phone'
      value={draft.partyPhone}
      placeholder='例如 138…'
      label='对方号码'
      onChange={(partyPhone) => update({ partyPhone })}
    />
  </FormField>
)

const AccountField = ({ draft, errors, update }: FieldsProps) => (
  <FormField label='对方账号或卡号' error={errors.partyAccount} hint='卡号或支付宝账号。列表里只显示后 4 位，报案材料里是完整号码'>
    <TextInput
      id='evidence-account'
      value={draft.partyAccount}
      placeholder='例如 6222…'
      label='对方账号或卡号'
      onChange={(partyAccount) => update({ partyAccount })}
    />
  </FormField>
)

// The payee's name is its own field: an account field that took a name would reject it.
const NameField = ({ draft, errors, update }: FieldsProps) => (
  <FormField label='对方姓名或昵称' error={errors.partyName}>
    <TextInput
      id='evidence-party-name'
      value={draft.partyName}
      placeholder='收款人叫什么'
      label='对方姓名或昵称'
      limit={MAX_NAME_LENGTH}
      onChange={(partyName) => update({ partyName })}
    />
  </FormField>
)

/** What the quick editor asks first: how much, to whom, from which number, and when. */
function QuickFields({ moreOpen, onToggleMore, ...props }: FieldsProps & { moreOpen: boolean; onToggleMore: () => void }) {
  return (
    <>
      <AmountField {...props} />
      <AccountField {...props} />
      <NameField {...props} />
      <PhoneField {...props} />
      <FormField label='什么时候' error={props.errors.occurredAt}>
        <WhenChips value={props.draft.occurredAt} onChange={(occurredAt) => props.update({ occurredAt })} />
      </FormField>
      <View
        id='evidence-more'
        className='bj-editor__more'
        role='button'
        aria-label={moreOpen ? '收起' : '写更多：说明、照片'}
        aria-expanded={moreOpen ? 'true' : 'false'}
        onClick={onToggleMore}
      >
        {moreOpen ? '收起' : '写更多：说明、照片'}
      </View>
    </>
  )
}

/** The full form: type, time, text, amount and the other party; the quick editor has asked some of these already. */
function DetailFields({ quick, ...props }: FieldsProps & { quick: boolean }) {
  const { draft, errors, update } = props
  const typeInfo = evidenceTypeInfo(draft.type)
  return (
    <>
      <FormField label='证据类型' error={errors.type}>
        <ChipRow label='证据类型' role='radiogroup'>
          {EVIDENCE_TYPES.map((info) => (
            <Chip
              key={info.type}
              id={`evidence-type-${info.type}`}
              selected={info.type === draft.type}
              onTap={() => update({ type: info.type })}
            >
              {info.label}
            </Chip>
          ))}
        </ChipRow>
        <View className='bj-field__hint'>
          法律类别：{typeInfo.legalCategory}（{EVIDENCE_LAW.citation}）。{typeInfo.hint}
        </View>
      </FormField>
      {quick ? null : (
        <FormField label='发生时间' error={errors.occurredAt}>
          <DateTimeField
            idPrefix='evidence'
            value={draft.occurredAt}
            maxDate={Date.now()}
            onChange={(occurredAt) => update({ occurredAt })}
          />
        </FormField>
      )}
      <FormField label='说明' error={errors.text}>
        <TextArea
          id='evidence-text'
          value={draft.text}
          placeholder='对方怎么说的？'
          label='说明'
          limit={MAX_TEXT_LENGTH}
          onChange={(text) => update({ text })}
        />
      </FormField>
      {quick ? null : <AmountField {...props} />}
      <View className='bj-section-title bj-editor__group'>对方信息（知道多少填多少）</View>
      {quick ? null : <NameField {...props} />}
      {quick ? null : <PhoneField {...props} />}
      {quick ? null : <AccountField {...props} />}
      <FormField label='银行或平台' error={errors.partyInstitution}>
        <TextInput
          id='evidence-party-institution'
          value={draft.partyInstitution}
          placeholder='例如 工商银行'
          label='银行或平台'
          limit={MAX_NAME_LENGTH}
          onChange={(partyInstitution) => update({ partyInstitution })}
        />
      </FormField>
      <PhotoField photos={draft.photos} error={errors.photos} onChange={(photos) => update({ photos })} />
    </>
  )
}

/** The evidence editor. The draft lives here until a save succeeds; a failed save never clears it. */
export function EvidenceEditor({ initial, draftName, quick = false, onSaved, onDelete, onDeleted, onFreeSpace }: EvidenceEditorProps) {
  // A new note has an id from the start (kept in its draft), but its draft is found as 'new' until it is saved.
  const stored = useStoredDraft(`evidence.${draftName ?? (initial.createdAt !== undefined && initial.id ? initial.id : 'new')}`, initial)
  const [moreOpen, setMoreOpen] = useState(!quick)
  const { save, saving, errors, failure } = useSaveEvidence(stored, onSaved)
  const readOnly = useWriteBlock(INDEX_KEY)
  const fields = { draft: stored.value, errors, update: stored.update }

  const remove = async () => {
    if (!onDelete || !(await onDelete())) return
    const forgotten = await stored.clear()
    if (!forgotten.ok) showToast('已删除，但草稿没能清掉，下次打开时会再试')
    onDeleted?.()
  }

  return (
    <View className='bj-editor'>
      <ReadOnlyNotice reason={readOnly} />
      {stored.restored ? <DraftRestoredNotice onDiscard={() => void stored.discard()} /> : null}
      <SaveFailure failure={failure} onFreeSpace={onFreeSpace} />
      {errors.note ? (
        <View className='bj-editor__failure' role='alert'>
          {errors.note}
        </View>
      ) : null}
      {quick ? <QuickFields {...fields} moreOpen={moreOpen} onToggleMore={() => setMoreOpen(!moreOpen)} /> : null}
      {moreOpen ? <DetailFields {...fields} quick={quick} /> : null}
      <View className='bj-editor__actions'>
        <TapButton id='evidence-save' tone='primary' disabled={saving || Boolean(readOnly)} label={readOnly} onTap={save}>
          {saving ? '正在保存…' : '保存'}
        </TapButton>
        {onDelete ? (
          <TapButton id='evidence-delete' tone='plain' className='bj-editor__delete' onTap={remove}>
            删除这条证据
          </TapButton>
        ) : null}
      </View>
    </View>
  )
}
