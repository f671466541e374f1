import { useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { GENERAL_WARNING } from '@/content/scam-warnings'
import { PageShell } from '@/components/page-shell'
import { CardActions, CardCanvas, cardFor, CardPicker, parseCardType, shareInfo, useShareImages, WarningCardView } from '@/features/warning-card'

export default function WarningCardPage() {
  const { params } = useRouter()
  const [selected, setSelected] = useState(() => {
    const parsed = parseCardType(params.type)
    return parsed === GENERAL_WARNING.id ? 'flight' : parsed
  })
  const card = cardFor(selected)
  const images = useShareImages(card)
  useShareAppMessage(() => ({ title: shareInfo(card).title, path: shareInfo(card).path, imageUrl: images.chat }))
  useShareTimeline(() => ({ title: shareInfo(card).title, query: shareInfo(card).query, imageUrl: images.moments }))
  return (
    <PageShell>
      <View className='bj-section-title'>选一种骗局，发给家人看看</View>
      <CardPicker selected={selected} onSelect={setSelected} />
      <WarningCardView card={card} />
      <CardActions card={card} />
      <CardCanvas />
    </PageShell>
  )
}
