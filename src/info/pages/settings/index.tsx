import { PageShell } from '@/components/page-shell'
import { exportCase } from '@/features/case'
import { DataSettings } from '@/features/settings'

export default function SettingsPage() {
  return (
    <PageShell>
      <DataSettings exportAll={() => exportCase(APP_VERSION)} />
    </PageShell>
  )
}
