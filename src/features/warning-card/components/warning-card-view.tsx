import { View } from '@tarojs/components'
import { RECOVERY_LINE, type ScamWarning } from '@/content/scam-warnings'
import './warning-card.scss'

/** The card on screen, in large type. The same content as the drawn image. */
export function WarningCardView({ card }: { card: ScamWarning }) {
  return (
    <View id='warning-card' className='bj-warning-card' aria-label={`防骗提醒：${card.title}`}>
      <View className='bj-warning-card__header'>
        <View className='bj-warning-card__kicker'>防骗提醒</View>
        <View className='bj-warning-card__title'>{card.title}</View>
      </View>
      <View className='bj-warning-card__body'>
        <View className='bj-warning-card__heading'>这些都是骗局的信号：</View>
        {card.signs.map((sign) => (
          <View className='bj-warning-card__line bj-warning-card__line--bullet' key={sign}>
            {sign}
          </View>
        ))}
        <View className='bj-warning-card__heading'>遇到了怎么办：</View>
        {card.actions.map((action, index) => (
          <View className='bj-warning-card__line bj-warning-card__line--numbered' key={action}>
            <View className='bj-warning-card__marker' aria-hidden='true'>
              {index + 1}.
            </View>
            {action}
          </View>
        ))}
        <View className='bj-warning-card__recovery'>{RECOVERY_LINE}</View>
      </View>
      <View className='bj-warning-card__footer'>拿不准？拨打 96110 咨询</View>
    </View>
  )
}
