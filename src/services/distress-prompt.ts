import { DISTRESS_PROMPT, DISTRESS_WORDS } from '@/content/support'
import { HOTLINES } from '@/content/hotlines'
import { mentionsSelfHarm } from '@/lib/distress'
import { confirm } from '@/platform/feedback'
import { makePhoneCall } from '@/platform/phone'

/** Once per time the app is open: a second prompt would feel like being watched. */
let shown = false

const PSYCH_LINE = HOTLINES.find((hotline) => hotline.id === 'psych-12356')?.dial

/**
 * When a free-text field has words of self-harm, offers 12356 once, with 120 and 110 for
 * immediate danger. Nothing about it is stored or logged.
 */
export async function offerHelpIfDistressed(text: string): Promise<void> {
  if (shown || !PSYCH_LINE || !mentionsSelfHarm(text, DISTRESS_WORDS)) return
  shown = true
  const call = await confirm(DISTRESS_PROMPT)
  if (call) await makePhoneCall(PSYCH_LINE)
}
