import { useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { GENERAL_WARNING } from '@/content/scam-warnings'
import { PageShell } from '@/ui/page-shell'
import { MoreWhenLarge } from '@/ui/more-when-large'
import { useTextSize } from '@/services/text-size-store'
import { sendToFamilyLabel, useFamilyContact } from '@/features/family'
import {
  CardActions,
  CardCanvas,
  cardFor,
  CardPicker,
  parseCardType,
  SenderNoteField,
  shareInfo,
  useShareImages,
  WarningCardView,
} from '@/features/warning-card'

export default function WarningCardPage() {
  const { params } = useRouter()
  const [selected, setSelected] = useState(() => {
    const parsed = parseCardType(params.type)
    return parsed === GENERAL_WARNING.id ? 'flight' : parsed
  })
  const card = cardFor(selected)
  // The sender's own line: off by default, kept on this page only, never stored.
  const [note, setNote] = useState<string>()
  const images = useShareImages(card)
  useShareAppMessage(() => ({ title: shareInfo(card, note).title, path: shareInfo(card, note).path, imageUrl: images.chat }))
  // Moments is public: the note goes to family only, never to Moments.
  useShareTimeline(() => ({ title: shareInfo(card).title, query: shareInfo(card).query, imageUrl: images.moments }))
  // The relation names the button only: the share path, title and images carry the card type alone.
  const familyContact = useFamilyContact()
  const actions = (
    <>
      <SenderNoteField value={note} onChange={setNote} />
      <CardActions card={card} sendLabel={familyContact ? sendToFamilyLabel(familyContact) : undefined} note={note} />
    </>
  )
  // In 大字模式 the send button comes before the card, and the picker folds, so it is on the first screen.
  if (useTextSize().large) {
    return (
      <PageShell>
        <MoreWhenLarge id='card-pick-more' label={`换一种：${card.name}`}>
          <CardPicker selected={selected} onSelect={setSelected} />
        </MoreWhenLarge>
        {actions}
        <WarningCardView card={card} />
        <CardCanvas />
      </PageShell>
    )
  }
  return (
    <PageShell>
      <View className='bj-section-title'>选一种骗局，发给家人看看</View>
      <CardPicker selected={selected} onSelect={setSelected} />
      <WarningCardView card={card} />
      {actions}
      <CardCanvas />
    </PageShell>
  )
}
