import { View } from '@tarojs/components'
import { CHECK_SIGNS_HEADING, RECOVERY_LINE, SCAM_SIGNS_HEADING, type ScamWarning } from '@/content/scam-warnings'
import { NumberedLine } from './numbered-line'
import './warning-card.scss'

function Signs({ heading, signs }: { heading: string; signs: string[] }) {
  if (signs.length === 0) return null
  return (
    <>
      <View className='bj-warning-card__heading'>{heading}</View>
      {signs.map((sign) => (
        <View className='bj-warning-card__line bj-warning-card__line--bullet' key={sign}>
          {sign}
        </View>
      ))}
    </>
  )
}

/** The card on screen, in large type. The same content as the drawn image. */
export function WarningCardView({ card }: { card: ScamWarning }) {
  return (
    <View id='warning-card' className='bj-warning-card' aria-label={`防骗提醒：${card.title}`}>
      <View className='bj-warning-card__header'>
        <View className='bj-warning-card__kicker'>防骗提醒</View>
        <View className='bj-warning-card__title'>{card.title}</View>
      </View>
      <View className='bj-warning-card__body'>
        <Signs heading={SCAM_SIGNS_HEADING} signs={card.scamSigns} />
        <Signs heading={CHECK_SIGNS_HEADING} signs={card.checkSigns} />
        <View className='bj-warning-card__heading'>遇到了怎么办：</View>
        {card.actions.map((action, index) => (
          <NumberedLine number={index + 1} className='bj-warning-card__line' key={action}>
            {action}
          </NumberedLine>
        ))}
        <View className='bj-warning-card__recovery'>{RECOVERY_LINE}</View>
      </View>
      <View className='bj-warning-card__footer'>拿不准？拨打 96110 咨询</View>
    </View>
  )
}
