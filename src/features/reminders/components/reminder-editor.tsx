import { View } from '@tarojs/components'
import { DateTimeField } from '@/ui/date-time-field'
import { REMINDER_TARGETS, type Repeat } from '@/content/reminder-targets'
import { TapButton } from '@/ui/tap-button'
import { Chip, ChipRow } from '@/ui/chip'
import { FormField } from '@/ui/form-field'
import { TextInput } from '@/ui/text-input'
import { TextArea } from '@/ui/text-area'
import { REPEAT_LABELS, defaultTitle } from '../model'
import { MAX_NOTE_LENGTH, QUICK_TIMES, type ReminderDraft } from '../draft'
import { useStoredDraft } from '@/services/use-stored-draft'
import { DraftRestoredNotice } from '@/ui/draft-restored-notice'
import { ReminderContactField } from './reminder-contact-field'
import { useSaveReminder } from './use-save-reminder'
import './reminder-editor.scss'

const REPEATS: Repeat[] = ['none', 'daily', 'weekly', 'monthly']

interface WhenFieldsProps {
  draft: ReminderDraft
  error?: string
  update: (patch: Partial<ReminderDraft>) => void
}

/** When it is due (a quick time or the pickers) and whether it repeats. */
function WhenFields({ draft, error, update }: WhenFieldsProps) {
  return (
    <>
      <FormField label='什么时候' error={error}>
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
    </>
  )
}

/** The reminder editor: who, what, when, how often, and whom to call. The draft stays until saved. */
export function ReminderEditor({ initial, onSaved }: { initial: ReminderDraft; onSaved: () => void }) {
  const stored = useStoredDraft(`reminder.${initial.id ?? 'new'}`, initial)
  const draft = stored.value
  const update = stored.update
  const { errors, saveOnce } = useSaveReminder(draft, stored.clear, onSaved)
  return (
    <View className='bj-reminder-editor'>
      {stored.restored ? <DraftRestoredNotice onDiscard={() => void stored.discard()} /> : null}
      <FormField label='跟进谁' error={errors.target}>
        <ChipRow label='跟进谁' role='radiogroup'>
          {REMINDER_TARGETS.map((entry) => (
            <Chip
              key={entry.target}
              id={`reminder-target-${entry.target}`}
              selected={draft.target === entry.target}
              onTap={() => update({ target: entry.target })}
            >
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

      <WhenFields draft={draft} error={errors.dueAt} update={update} />

      <ReminderContactField draft={draft} error={errors.contactNumber} update={update} />

      <FormField label='备注' error={errors.note}>
        <TextArea
          id='reminder-note'
          size='short'
          value={draft.note}
          placeholder='例如：要问清楚受案回执编号'
          label='备注'
          limit={MAX_NOTE_LENGTH}
          onChange={(note) => update({ note })}
        />
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
