import { useState } from 'react'
import { Image, View } from '@tarojs/components'
import { EVIDENCE_LAW, EVIDENCE_TYPES, evidenceTypeInfo } from '@/content/evidence-types'
import { TapButton } from '@/components/tap-button'
import { FormField } from '@/components/form-field'
import { TextInput } from '@/components/text-input'
import { TextArea } from '@/components/text-area'
import { Chip, ChipRow } from '@/components/chip'
import { useSingleFlight } from '@/components/use-single-flight'
import { useStoredDraft } from '@/components/use-stored-draft'
import { DraftRestoredNotice } from '@/components/draft-restored-notice'
import { useWriteBlock } from '@/components/use-write-block'
import { ReadOnlyNotice } from '@/components/read-only-notice'
import { INDEX_KEY } from '../record'
import { DateTimeField } from '@/components/date-time-field'
import { WhenChips } from './when-chips'
import { AMOUNT_INPUT_TYPE } from '@/platform/system'
import { choosePhotos, photoExists, photosSupported, previewPhotos } from '@/platform/files'
import { confirm, showToast } from '@/platform/feedback'
import { offerPermissionSettings } from '@/components/permission-prompt'
import { MAX_PHOTOS, MAX_TEXT_LENGTH, type DraftField, type EvidenceDraft } from '../model'
import { saveDraft, saveFailureMessage } from '../save-draft'
import './evidence-editor.scss'

interface EvidenceEditorProps {
  initial: EvidenceDraft
  /** The stored draft's name, when it is not the note's id: the quick editor keeps its own. */
  draftName?: string
  /** Quick add from the emergency screen: amount and account come first. */
  quick?: boolean
  onSaved: (id: string) => void
  onDelete?: () => void
  onFreeSpace: () => void
}

/** The evidence editor. The draft lives here until a save succeeds; a failed save never clears it. */
export function EvidenceEditor({ initial, draftName, quick = false, onSaved, onDelete, onFreeSpace }: EvidenceEditorProps) {
  const stored = useStoredDraft(`evidence.${draftName ?? initial.id ?? 'new'}`, initial)
  const [moreOpen, setMoreOpen] = useState(!quick)
  const draft = stored.value
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({})
  const [failure, setFailure] = useState<{ message: string; quota: boolean } | null>(null)
  const [saving, setSaving] = useState(false)
  const update = stored.update
  const typeInfo = evidenceTypeInfo(draft.type)
  const readOnly = useWriteBlock(INDEX_KEY)

  const save = useSingleFlight(async () => {
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

  const addPhotos = async () => {
    const room = MAX_PHOTOS - draft.photos.length
    if (room <= 0) return showToast(`最多 ${MAX_PHOTOS} 张照片`)
    const chosen = await choosePhotos(room)
    if (chosen.ok) {
      const now = Date.now()
      update({ photos: [...draft.photos, ...chosen.value.map((path, index) => ({ path, addedAt: now + index }))] })
    } else if (chosen.reason === 'denied') {
      const retry = await offerPermissionSettings('没有相册或相机权限', '要添加照片，需要允许使用相册或相机。可以在设置里打开后再试一次。')
      if (retry) await addPhotos()
    } else if (chosen.reason !== 'cancelled') {
      showToast('没能选择照片，请再试一次')
    }
  }

  const amountField = (
    <FormField key='amount' label='金额（元）' error={errors.amount} hint='例如 1200 或 1,200.50，转账记录会计入损失合计'>
      <TextInput id='evidence-amount' type={AMOUNT_INPUT_TYPE} value={draft.amount} placeholder='转出多少钱' label='金额（元）' onChange={(amount) => update({ amount })} />
    </FormField>
  )
  const phoneField = (
    <FormField key='phone' label='对方号码' error={errors.partyPhone} hint='骗子打来或让你打的号码，会写进报案材料'>
      <TextInput id='evidence-party-phone' value={draft.partyPhone} placeholder='可以带 +86、空格或横线' label='对方号码' onChange={(partyPhone) => update({ partyPhone })} />
    </FormField>
  )
  const accountField = (
    <FormField key='account' label='对方账号或收款方' error={errors.partyAccount} hint='在列表里只显示后 4 位，报案材料里显示完整号码'>
      <TextInput id='evidence-account' value={draft.partyAccount} placeholder='收款账号、银行卡号或支付宝账号' label='对方账号或卡号' onChange={(partyAccount) => update({ partyAccount })} />
    </FormField>
  )

  return (
    <View className='bj-editor'>
      <ReadOnlyNotice reason={readOnly} />
      {stored.restored ? <DraftRestoredNotice onDiscard={() => void stored.discard()} /> : null}
      {failure ? (
        <View className='bj-editor__failure' role='alert'>
          <View>{failure.message}</View>
          {failure.quota ? (
            <TapButton tone='plain' className='bj-editor__free-space' onTap={onFreeSpace}>
              去清理存储空间
            </TapButton>
          ) : null}
        </View>
      ) : null}
      {errors.note ? (
        <View className='bj-editor__failure' role='alert'>
          {errors.note}
        </View>
      ) : null}

      {quick ? (
        <>
          {amountField}
          {accountField}
          {phoneField}
          <FormField label='什么时候' error={errors.occurredAt}>
            <WhenChips value={draft.occurredAt} onChange={(occurredAt) => update({ occurredAt })} />
          </FormField>
          <View id='evidence-more' className='bj-editor__more' role='button' aria-label={moreOpen ? '收起' : '写更多：说明、照片、对方姓名'} aria-expanded={moreOpen ? 'true' : 'false'} onClick={() => setMoreOpen(!moreOpen)}>
            {moreOpen ? '收起' : '写更多（说明、照片、对方姓名，可不填）'}
          </View>
        </>
      ) : null}

      {moreOpen ? (
        <>
          <FormField label='证据类型' error={errors.type}>
            <ChipRow label='证据类型' role='radiogroup'>
              {EVIDENCE_TYPES.map((info) => (
                <Chip key={info.type} id={`evidence-type-${info.type}`} selected={info.type === draft.type} onTap={() => update({ type: info.type })}>
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
              <DateTimeField idPrefix='evidence' value={draft.occurredAt} maxDate={Date.now()} onChange={(occurredAt) => update({ occurredAt })} />
            </FormField>
          )}

          <FormField label='说明' error={errors.text}>
            <TextArea id='evidence-text' value={draft.text} placeholder='发生了什么？对方怎么说的？' label='说明' limit={MAX_TEXT_LENGTH} onChange={(text) => update({ text })} />
          </FormField>

          {quick ? null : amountField}

          <View className='bj-section-title bj-editor__group'>对方信息（知道多少填多少）</View>
          <FormField label='对方姓名或昵称' error={errors.partyName}>
            <TextInput id='evidence-party-name' value={draft.partyName} label='对方姓名或昵称' onChange={(partyName) => update({ partyName })} />
          </FormField>
          {quick ? null : phoneField}
          {quick ? null : accountField}
          <FormField label='银行或平台' error={errors.partyInstitution}>
            <TextInput id='evidence-party-institution' value={draft.partyInstitution} placeholder='例如 工商银行、支付宝、某某 App' label='银行或平台' onChange={(partyInstitution) => update({ partyInstitution })} />
          </FormField>

          <FormField label={`照片（${draft.photos.length}/${MAX_PHOTOS}）`} error={errors.photos}>
            {photosSupported ? (
              <View className='bj-editor__photos'>
                {draft.photos.map((photo, index) =>
                  photoExists(photo.path) ? (
                    <View className='bj-editor__photo' key={photo.path}>
                      <Image
                        className='bj-editor__photo-image'
                        src={photo.path}
                        mode='aspectFill'
                        role='button'
                        aria-label={`查看照片 ${index + 1}`}
                        onClick={() => previewPhotos(draft.photos.map((item) => item.path), photo.path)}
                      />
                      <View
                        className='bj-editor__photo-remove'
                        role='button'
                        aria-label={`删除照片 ${index + 1}`}
                        onClick={() => update({ photos: draft.photos.filter((item) => item !== photo) })}
                      >
                        删除
                      </View>
                    </View>
                  ) : (
                    <View className='bj-editor__photo bj-editor__photo--missing' key={photo.path}>
                      <View>照片文件已不在手机上</View>
                      <View
                        className='bj-editor__photo-remove'
                        role='button'
                        aria-label={`移除丢失的照片 ${index + 1}`}
                        onClick={() => update({ photos: draft.photos.filter((item) => item !== photo) })}
                      >
                        移除
                      </View>
                    </View>
                  ),
                )}
                {draft.photos.length < MAX_PHOTOS ? (
                  <TapButton id='evidence-add-photos' tone='plain' className='bj-editor__photo-add' onTap={() => void addPhotos()}>
                    添加照片
                  </TapButton>
                ) : null}
              </View>
            ) : (
              <View className='bj-field__hint'>照片只在微信小程序里保存。网页版请另外保留截图原件，并在说明里写下截图的内容。</View>
            )}
          </FormField>
        </>
      ) : null}

      <View className='bj-editor__actions'>
        <TapButton id='evidence-save' tone='primary' disabled={saving || Boolean(readOnly)} label={readOnly} onTap={() => void save()}>
          {saving ? '正在保存…' : '保存'}
        </TapButton>
        {onDelete ? (
          <TapButton id='evidence-delete' tone='plain' className='bj-editor__delete' onTap={onDelete}>
            删除这条证据
          </TapButton>
        ) : null}
      </View>
    </View>
  )
}
