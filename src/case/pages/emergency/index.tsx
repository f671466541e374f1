import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/ui/page-shell'
import { CallOutcomeSheet } from '@/features/calls'
import { BankCallScript, CallScript, CallScriptFor, useDoneOutsideEmergency } from '@/features/case'
import { EmergencyScreen, isEmergencyVariant } from '@/features/emergency'
import { CallFamilyButton, sendToFamilyLabel, useFamilyContact } from '@/features/family'
import { planActions } from '@/features/plan'
import { RetryCallButton, SuggestedFollowUps } from '@/features/reminders'

export default function EmergencyPage() {
  const { params } = useRouter()
  // A missing or unknown variant falls back to the scam steps, the more urgent of the two.
  const variant = isEmergencyVariant(params.variant) ? params.variant : 'scammed'
  const familyContact = useFamilyContact()
  return (
    <PageShell>
      <EmergencyScreen
        variant={variant}
        doneElsewhere={useDoneOutsideEmergency()}
        onUndoElsewhere={(stepId) => void planActions.untick(stepId)}
        followUps={<SuggestedFollowUps situations={[variant]} />}
        family={familyContact ? { call: <CallFamilyButton />, sendLabel: sendToFamilyLabel(familyContact) } : undefined}
        callScript={<CallScript />}
        bankScript={<BankCallScript />}
      />
      <CallOutcomeSheet
        retryReminder={(call) => <RetryCallButton call={call} />}
        script={(call) => <CallScriptFor number={call.number} />}
      />
    </PageShell>
  )
}
