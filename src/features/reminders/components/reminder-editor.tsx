import { useState } from 'react'
import { Input, Picker, Textarea, View } from '@tarojs/components'
import { DateTimeField } from '@/components/date-time-field'
import { REMINDER_TARGETS, type Repeat } from '@/content/follow-ups'
import { HOTLINES, HOTLINE_GROUP_ORDER } from '@/content/hotlines'
import { TapButton } from '@/components/tap-button'
import { newId } from '@/lib/ids'
import { confirm, showToast } from '@/platform/feedback'
import { UNVERIFIED_NUMBER_LABEL, callableInGroups, displayNumber, verifiedHotlineFor, type CallableHotline } from '@/features/hotlines'
import { QUICK_TIMES, REPEAT_LABELS, TARGET_HOTLINE_GROUPS, defaultTitle, pendingReminders, reminderFromDraft, type ReminderDraft, type ReminderField } from '../model'
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
      <View className='bj-reminder-editor__field'>
        <View className='bj-reminder-editor__label'>跟进谁</View>
        <View className='bj-reminder-editor__chips' role='radiogroup' aria-label='跟进谁'>
          {REMINDER_TARGETS.map((entry) => (
            <View
              key={entry.target}
              id={`reminder-target-${entry.target}`}
              className={`bj-reminder-editor__chip${draft.target === entry.target ? ' bj-reminder-editor__chip--on' : ''}`}
              role='radio'
              aria-checked={draft.target === entry.target ? 'true' : 'false'}
              onClick={() => update({ target: entry.target })}
            >
              {entry.label}
            </View>
          ))}
        </View>
        {errors.target ? <View className='bj-reminder-editor__error'>{errors.target}</View> : null}
      </View>

      <View className='bj-reminder-editor__field'>
        <View className='bj-reminder-editor__label'>提醒内容</View>
        <Input
          id='reminder-title'
          className='bj-reminder-editor__input'
          value={draft.title}
          placeholder={draft.target ? defaultTitle(draft.target) : '不填会按对象自动起名'}
          aria-label='提醒内容'
          maxlength={-1}
          onInput={(event) => update({ title: event.detail.value })}
        />
        {errors.title ? <View className='bj-reminder-editor__error'>{errors.title}</View> : null}
      </View>

      <View className='bj-reminder-editor__field'>
        <View className='bj-reminder-editor__label'>什么时候</View>
        <View className='bj-reminder-editor__chips bj-reminder-editor__quick'>
          {QUICK_TIMES.map((quick) => (
            <View key={quick.id} id={`reminder-quick-${quick.id}`} className='bj-reminder-editor__chip' role='button' onClick={() => update({ dueAt: quick.from(Date.now()) })}>
              {quick.label}
            </View>
          ))}
        </View>
        <DateTimeField idPrefix='reminder' value={draft.dueAt} onChange={(dueAt) => update({ dueAt })} />
        {errors.dueAt ? <View className='bj-reminder-editor__error'>{errors.dueAt}</View> : null}
      </View>

      <View className='bj-reminder-editor__field'>
        <View className='bj-reminder-editor__label'>重复</View>
        <View className='bj-reminder-editor__chips' role='radiogroup' aria-label='重复'>
          {REPEATS.map((repeat) => (
            <View
              key={repeat}
              id={`reminder-repeat-${repeat}`}
              className={`bj-reminder-editor__chip${draft.repeat === repeat ? ' bj-reminder-editor__chip--on' : ''}`}
              role='radio'
              aria-checked={draft.repeat === repeat ? 'true' : 'false'}
              onClick={() => update({ repeat })}
            >
              {REPEAT_LABELS[repeat]}
            </View>
          ))}
        </View>
      </View>

      <View className='bj-reminder-editor__field'>
        <View className='bj-reminder-editor__label'>要打的电话（可不填）</View>
        {suggested.length > 0 ? (
          <View className='bj-reminder-editor__chips' aria-label='官方电话'>
            {suggested.map((hotline) => (
              <View
                key={hotline.id}
                id={`reminder-official-${hotline.id}`}
                className={`bj-reminder-editor__chip${draft.contactNumber === hotline.dial ? ' bj-reminder-editor__chip--on' : ''}`}
                role='radio'
                aria-checked={draft.contactNumber === hotline.dial ? 'true' : 'false'}
                onClick={() => update({ contactNumber: hotline.dial, contactLabel: hotline.name })}
              >
                {hotline.name} {displayNumber(hotline)}
              </View>
            ))}
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
        <Input
          id='reminder-contact'
          className='bj-reminder-editor__input'
          type='text'
          value={draft.contactNumber}
          placeholder='或者输入号码，例如派出所的电话'
          aria-label='要打的电话'
          onInput={(event) => update({ contactNumber: event.detail.value, contactLabel: '' })}
        />
        {typedVerified ? <View className='bj-muted'>官方电话：{typedVerified.name}</View> : null}
        {draft.contactNumber.trim() && !typedVerified ? (
          <View id='reminder-contact-unverified' className='bj-reminder-editor__caution'>
            会标为“{UNVERIFIED_NUMBER_LABEL}”。不要填对方给你的号码。
          </View>
        ) : null}
        {errors.contactNumber ? <View className='bj-reminder-editor__error'>{errors.contactNumber}</View> : null}
      </View>

      <View className='bj-reminder-editor__field'>
        <View className='bj-reminder-editor__label'>备注</View>
        <Textarea
          id='reminder-note'
          className='bj-reminder-editor__textarea'
          value={draft.note}
          maxlength={-1}
          placeholder='例如：要问清楚受案回执编号'
          aria-label='备注'
          onInput={(event) => update({ note: event.detail.value })}
        />
        {errors.note ? <View className='bj-reminder-editor__error'>{errors.note}</View> : null}
      </View>

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
