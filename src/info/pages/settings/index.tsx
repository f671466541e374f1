import { PageShell } from '@/components/page-shell'
import { DataSettings } from '@/features/settings/components/data-settings'

export default function SettingsPage() {
  return (
    <PageShell>
      <DataSettings version={APP_VERSION} />
    </PageShell>
  )
}
