import { View } from '@tarojs/components'
import { HOTLINE_ENTRIES } from '@/content/hotline-details'
import { NOT_YOUR_FAULT, SUPPORT_SECTIONS, TALK_HEADING } from '@/content/support'
import { ScreenText } from '@/ui/screen-text'
import { CellLink } from '@/ui/cell-link'
import { ROUTES } from '@/lib/routes'
import { callableHotline, HotlineCall, RecoveryScamWarning } from '@/features/hotlines'
import { PrivateCall } from './private-call'
import './support.scss'

const PSYCH = callableHotline(HOTLINE_ENTRIES, 'psych-12356')

/** 「被骗不是你的错」: the days ahead, telling family, the scam after the scam, and someone to talk to. */
export function SupportScreen() {
  return (
    <View className='bj-support'>
      <View className='bj-support__lead'>{NOT_YOUR_FAULT}</View>
      {SUPPORT_SECTIONS.map((section) => (
        <View className='bj-card' key={section.id} id={`support-${section.id}`}>
          <View className='bj-support__title'>{section.title}</View>
          {section.lines.map((line) => (
            <View className='bj-support__line' key={line}>
              <ScreenText text={line} />
            </View>
          ))}
          {section.warningCardLink ? <CellLink id='support-warning-card' title={section.warningCardLink} url={ROUTES.warningCard} /> : null}
        </View>
      ))}
      <RecoveryScamWarning />
      <View className='bj-card' id='support-talk'>
        <View className='bj-support__title'>{TALK_HEADING}</View>
        <View className='bj-support__line'>
          <ScreenText text={PSYCH.purpose} />
        </View>
        <PrivateCall hotlineId='psych-12356' />
        <View className='bj-support__danger'>有紧急危险：</View>
        <View>
          <PrivateCall hotlineId='medical-120' tone='danger' />
          <HotlineCall hotlineId='police-110' tone='danger' size='line' text='拨打 110（报警）' />
        </View>
      </View>
    </View>
  )
}
