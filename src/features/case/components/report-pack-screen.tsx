import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { copyText } from '@/platform/clipboard'
import { showToast } from '@/platform/feedback'
import { useCallLog } from '@/features/calls'
import { useEmergency } from '@/features/emergency'
import { useReminders } from '@/features/reminders'
import { currentReportPack } from '../current-case'
import type { IncidentTime, Reporter } from '../report-pack'
import { IncidentChoice } from './incident-choice'
import { ReporterForm } from './reporter-form'
import './report-pack-screen.scss'

interface ReportPackScreenProps {
  /** 报案人信息 the user chose to keep on this phone, from the page. */
  savedReporter?: Reporter
  /** Keeps 报案人信息 on the phone, or forgets it (undefined), when the user says so; from the page. */
  onKeepReporter?: (reporter: Reporter | undefined) => void
}

/** 「生成报案材料」: the whole case as one document to read through, then copy in one tap. */
export function ReportPackScreen({ savedReporter, onKeepReporter }: ReportPackScreenProps) {
  const calls = useCallLog((state) => state.calls)
  const sessions = useEmergency((state) => state.sessions)
  const reminders = useReminders((state) => state.reminders)
  const [text, setText] = useState<string | null>(null)
  const [incident, setIncident] = useState<IncidentTime>({})
  const [chosenIncidentAt, setChosenIncidentAt] = useState<number>()
  const [reporter, setReporter] = useState<Reporter>(() => savedReporter ?? {})
  const [kept, setKept] = useState(savedReporter !== undefined)

  useEffect(() => {
    let cancelled = false
    // Rebuilt whenever calls, steps, follow-ups or what is typed here change while the pack is open.
    void currentReportPack(Date.now(), { reporter, chosenIncidentAt }).then((pack) => {
      if (cancelled) return
      setText(pack.text)
      setIncident(pack.incident)
    })
    return () => {
      cancelled = true
    }
  }, [calls, sessions, reminders, reporter, chosenIncidentAt])
  const changeReporter = (next: Reporter) => {
    setReporter(next)
    if (kept) onKeepReporter?.(next)
  }

  const copy = async () => {
    if (!text) return
    const copied = await copyText(text)
    if (copied.ok) showToast('已复制', 'success')
    else if (copied.reason === 'denied') showToast('没有得到剪贴板权限。可以长按下面的文字手动复制。')
    else showToast('没能复制。可以长按下面的文字手动复制。')
  }

  return (
    <View className='bj-report'>
      <View className='bj-card bj-report__intro'>报案时给民警看，或复制后发送。先核对一遍，不对的地方回到“证据”里改。</View>
      <IncidentChoice incident={incident} onChoose={setChosenIncidentAt} />
      <ReporterForm
        value={reporter}
        kept={kept}
        onChange={changeReporter}
        onKeep={(keep) => {
          setKept(keep)
          onKeepReporter?.(keep ? reporter : undefined)
        }}
      />
      <View className='bj-report__actions'>
        <TapButton id='report-copy' tone='primary' disabled={!text} onTap={() => copy()}>
          复制全部内容
        </TapButton>
      </View>
      <View className='bj-card'>
        {text ? (
          <Text id='report-text' className='bj-report__text' userSelect>
            {text}
          </Text>
        ) : (
          <View className='bj-muted'>正在整理…</View>
        )}
      </View>
    </View>
  )
}
