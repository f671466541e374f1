import { PageShell } from '@/ui/page-shell'
import { useHydrated } from '@/ui/use-hydrated'
import { ReportPackScreen } from '@/features/case'
import { planActions, usePlan } from '@/features/plan'

/** The letters' owner fields double as the pack's 报案人信息: one place on the phone, kept only when the user says so. */
const REPORTER_FIELDS = [
  ['name', 'ownerName'],
  ['idNumber', 'ownerIdNumber'],
  ['phone', 'ownerPhone'],
] as const

export default function ReportPage() {
  const details = usePlan((state) => state.details)
  // What was kept must be read before the form starts from it.
  const hydrated = useHydrated(usePlan)
  const saved =
    details.ownerName || details.ownerIdNumber || details.ownerPhone
      ? { name: details.ownerName, idNumber: details.ownerIdNumber, phone: details.ownerPhone }
      : undefined
  return (
    <PageShell>
      {hydrated ? (
        <ReportPackScreen
          savedReporter={saved}
          onKeepReporter={(reporter) => {
            for (const [from, to] of REPORTER_FIELDS) void planActions.setDetail(to, reporter?.[from] ?? '')
          }}
        />
      ) : null}
    </PageShell>
  )
}
