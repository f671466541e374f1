import { View } from '@tarojs/components'
import { openPage } from '@/platform/navigation'
import { showToast } from '@/platform/feedback'
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
  const open = async () => {
    const opened = await openPage(url, params)
    if (!opened.ok) showToast('页面没有打开，请再试一次')
  }
  return (
    <View id={id} className='bj-cell' hoverClass='is-pressed' role='link' onClick={open}>
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
