import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/ui/page-shell'
import { ReminderEditScreen } from '@/features/reminders'

export default function ReminderEditPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <ReminderEditScreen id={params.id || undefined} />
    </PageShell>
  )
}
