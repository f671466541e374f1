import { View } from '@tarojs/components'
import { SCAM_WARNINGS } from '@/content/scam-warnings'
import './warning-card.scss'

/** Chips for the scam types; the preview follows the one picked. */
export function CardPicker({ selected, onSelect }: { selected: string; onSelect: (id: string) => void }) {
  return (
    <View className='bj-card-picker' role='radiogroup' aria-label='选择骗局类型'>
      {SCAM_WARNINGS.map((warning) => (
        <View
          key={warning.id}
          id={`card-type-${warning.id}`}
          className={`bj-card-picker__chip${warning.id === selected ? ' bj-card-picker__chip--on' : ''}`}
          role='radio'
          aria-label={warning.name}
          aria-checked={warning.id === selected ? 'true' : 'false'}
          onClick={() => onSelect(warning.id)}
        >
          {warning.name}
        </View>
      ))}
    </View>
  )
}
