import { View } from '@tarojs/components'
import { navigate } from '@/services/navigate'
import './cell-link.scss'

interface CellLinkProps {
  id?: string
  title: string
  description?: string
  url: string
  params?: Record<string, string>
}

/** A row in a list that opens another page, WeUI-style. */
export function CellLink({ id, title, description, url, params }: CellLinkProps) {
  return (
    <View id={id} className='bj-cell' hoverClass='is-pressed' role='link' aria-label={title} onClick={() => void navigate(url, params)}>
      <View className='bj-cell__body'>
        <View className='bj-cell__title'>{title}</View>
        {description ? <View className='bj-cell__description'>{description}</View> : null}
      </View>
      <View className='bj-cell__arrow' aria-hidden='true'>
        ›
      </View>
    </View>
  )
}
