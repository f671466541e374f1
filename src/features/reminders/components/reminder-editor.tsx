import { useState } from 'react'
import { Picker, View } from '@tarojs/components'
import { DateTimeField } from '@/components/date-time-field'
import { REMINDER_TARGETS, type Repeat } from '@/content/reminder-targets'
import { HOTLINES } from '@/content/hotlines'
import { HOTLINE_GROUP_ORDER } from '@/content/hotline-details'
import { TapButton } from '@/components/tap-button'
import { Chip, ChipRow } from '@/components/chip'
import { FormField } from '@/components/form-field'
import { TextInput } from '@/components/text-input'
import { TextArea } from '@/components/text-area'
import { newId } from '@/lib/ids'
import { confirm, showToast } from '@/platform/feedback'
import { UNVERIFIED_NUMBER_LABEL, callableInGroups, displayNumber, verifiedHotlineFor, type CallableHotline } from '@/features/hotlines'
import { REPEAT_LABELS, defaultTitle, pendingReminders } from '../model'
import { MAX_NOTE_LENGTH, QUICK_TIMES, TARGET_HOTLINE_GROUPS, reminderFromDraft, type ReminderDraft, type ReminderField } from '../draft'
import { reminderActions, useReminders } from '../store'
import { saveFailedMessage } from '@/components/save-feedback'
import { useSingleFlight } from '@/components/use-single-flight'
import { useStoredDraft } from '@/components/use-stored-draft'
import { DraftRestoredNotice } from '@/components/draft-restored-notice'
import './reminder-editor.scss'

const REPEATS: Repeat[] = ['none', 'daily', 'weekly', 'monthly']
const DIRECTORY: CallableHotline[] = callableInGroups(HOTLINES, HOTLINE_GROUP_ORDER)

/** The reminder editor: who, what, when, how often, and whom to call. The draft stays until saved. */
export function ReminderEditor({ initial, onSaved }: { initial: ReminderDraft; onSaved: () => void }) {
  const stored = useStoredDraft(`reminder.${initial.id ?? 'new'}`, initial)
  const draft = stored.value
  const [errors, setErrors] = useState<Partial<Record<ReminderField, string>>>({})
  const update = stored.update

  /** Saves and leaves; returns whether it did, so the tap guard stays locked once the page is leaving. */
  const save = async (allowed: { allowPast?: boolean; allowFar?: boolean } = {}): Promise<boolean> => {
    const now = Date.now()
    const pendingCount = pendingReminders(useReminders.getState().reminders).length
    const checked = reminderFromDraft(draft, { id: newId(now), now, pendingCount, ...allowed })
    if (checked.ok) {
      const saved = await reminderActions.upsert(checked.reminder)
      if (!saved.ok) {
        setErrors({ limit: saveFailedMessage(saved) })
        return false
      }
      await stored.clear()
      showToast('已保存', 'success')
      onSaved()
      return true
    }
    if (checked.confirm === 'past') {
      const sure = await confirm({
        title: '这个时间已经过去了',
        content: '保存后它会马上显示为“已逾期”。要保存吗？也可以改成以后的时间。',
        confirmText: '仍然保存',
        cancelText: '改时间',
      })
      if (sure) return save({ ...allowed, allowPast: true })
    }
    if (checked.confirm === 'far') {
      const sure = await confirm({ title: '请确认时间', content: '这个提醒在两年以后，确定没有选错年份吗？', confirmText: '没选错', cancelText: '改时间' })
      if (sure) return save({ ...allowed, allowFar: true })
    }
    setErrors(checked.errors)
    return false
  }
  const saveOnce = useSingleFlight(() => save())

  const suggested = draft.target ? callableInGroups(HOTLINES, TARGET_HOTLINE_GROUPS[draft.target]) : []
  const typedVerified = verifiedHotlineFor(HOTLINES, draft.contactNumber)
  return (
    <View className='bj-reminder-editor'>
      {stored.restored ? <DraftRestoredNotice onDiscard={() => void stored.discard()} /> : null}
      <FormField label='跟进谁' error={errors.target}>
        <ChipRow label='跟进谁' role='radiogroup'>
          {REMINDER_TARGETS.map((entry) => (
            <Chip key={entry.target} id={`reminder-target-${entry.target}`} selected={draft.target === entry.target} onTap={() => update({ target: entry.target })}>
              {entry.label}
            </Chip>
          ))}
        </ChipRow>
      </FormField>

      <FormField label='提醒内容' error={errors.title}>
        <TextInput
          id='reminder-title'
          value={draft.title}
          placeholder={draft.target ? defaultTitle(draft.target) : '不填会按对象自动起名'}
          label='提醒内容'
          onChange={(title) => update({ title })}
        />
      </FormField>

      <FormField label='什么时候' error={errors.dueAt}>
        <View className='bj-reminder-editor__quick'>
          <ChipRow label='常用时间'>
            {QUICK_TIMES.map((quick) => (
              <Chip key={quick.id} id={`reminder-quick-${quick.id}`} role='button' onTap={() => update({ dueAt: quick.from(Date.now()) })}>
                {quick.label}
              </Chip>
            ))}
          </ChipRow>
        </View>
        <DateTimeField idPrefix='reminder' value={draft.dueAt} onChange={(dueAt) => update({ dueAt })} />
      </FormField>

      <FormField label='重复'>
        <ChipRow label='重复' role='radiogroup'>
          {REPEATS.map((repeat) => (
            <Chip key={repeat} id={`reminder-repeat-${repeat}`} selected={draft.repeat === repeat} onTap={() => update({ repeat })}>
              {REPEAT_LABELS[repeat]}
            </Chip>
          ))}
        </ChipRow>
      </FormField>

      <FormField
        label='要打的电话（可不填）'
        error={errors.contactNumber}
        hint={typedVerified ? `官方电话：${typedVerified.name}` : undefined}
        caution={draft.contactNumber.trim() && !typedVerified ? `会标为“${UNVERIFIED_NUMBER_LABEL}”。不要填对方给你的号码。` : undefined}
        cautionId='reminder-contact-unverified'
      >
        {suggested.length > 0 ? (
          <View className='bj-reminder-editor__official'>
            <ChipRow label='官方电话' role='radiogroup'>
              {suggested.map((hotline) => (
                <Chip
                  key={hotline.id}
                  id={`reminder-official-${hotline.id}`}
                  selected={draft.contactNumber === hotline.dial}
                  onTap={() => update({ contactNumber: hotline.dial, contactLabel: hotline.name })}
                >
                  {hotline.name} {displayNumber(hotline)}
                </Chip>
              ))}
            </ChipRow>
          </View>
        ) : null}
        <Picker
          mode='selector'
          range={DIRECTORY.map((hotline) => `${hotline.name} ${displayNumber(hotline)}`)}
          onChange={(event) => {
            const hotline = DIRECTORY[Number(event.detail.value)]
            if (hotline) update({ contactNumber: hotline.dial, contactLabel: hotline.name })
          }}
        >
          <View id='reminder-pick-hotline' className='bj-reminder-editor__pick' role='button'>
            从全部官方电话里选
          </View>
        </Picker>
        <TextInput
          id='reminder-contact'
          value={draft.contactNumber}
          placeholder='或者输入号码，例如派出所的电话'
          label='要打的电话'
          onChange={(contactNumber) => update({ contactNumber, contactLabel: '' })}
        />
      </FormField>

      <FormField label='备注' error={errors.note}>
        <TextArea id='reminder-note' size='short' value={draft.note} placeholder='例如：要问清楚受案回执编号' label='备注' limit={MAX_NOTE_LENGTH} onChange={(note) => update({ note })} />
      </FormField>

      <View className='bj-reminder-editor__save'>
        {/* Beside the button the user just tapped, so a refused save is seen at once. */}
        {errors.limit ? (
          <View className='bj-reminder-editor__error-box' role='alert'>
            {errors.limit}
          </View>
        ) : null}
        <TapButton id='reminder-save' tone='primary' onTap={() => void saveOnce()}>
          保存提醒
        </TapButton>
      </View>
    </View>
  )
}
