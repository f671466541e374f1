import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { PageShell } from '@/ui/page-shell'
import { isSinglePageMode } from '@/platform/env'
import {
  CardCanvas,
  cardFor,
  parseCardType,
  parseSenderNote,
  RecipientActions,
  RecipientFirstSteps,
  SenderNote,
  shareInfo,
  useShareImages,
  WarningCardView,
} from '@/features/warning-card'

/** The page a shared card opens: it works in Moments' single-page mode, with no storage or navigation. */
export default function WarningViewPage() {
  const { params } = useRouter()
  const card = cardFor(parseCardType(params.type))
  // The sender's line is theirs: shown here, and not passed on when this page is forwarded.
  const note = parseSenderNote(params.note)
  const images = useShareImages(card)
  useShareAppMessage(() => ({ title: shareInfo(card).title, path: shareInfo(card).path, imageUrl: images.chat }))
  useShareTimeline(() => ({ title: shareInfo(card).title, query: shareInfo(card).query, imageUrl: images.moments }))
  return (
    <PageShell showStorageProblems={false}>
      <SenderNote note={note} />
      <RecipientFirstSteps />
      <WarningCardView card={card} />
      <RecipientActions card={card} singlePage={isSinglePageMode()} />
      <CardCanvas />
    </PageShell>
  )
}
