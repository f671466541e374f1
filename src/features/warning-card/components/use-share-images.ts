import { useEffect, useState } from 'react'
import type { ScamWarning } from '@/content/scam-warnings'
import { SHARE_KIND } from '@/platform/images'
import { renderCardImage } from '../image'

/**
 * The 5:4 (chat) and 1:1 (Moments) thumbnails for WeChat sharing, drawn when the card changes,
 * so the share hooks can answer at once. On H5 there is nothing to draw.
 */
export function useShareImages(card: ScamWarning): { chat?: string; moments?: string } {
  const [images, setImages] = useState<{ chat?: string; moments?: string }>({})
  useEffect(() => {
    if (SHARE_KIND !== 'wechat') return
    let cancelled = false
    setImages({})
    void (async () => {
      const chat = await renderCardImage(card, 'chat')
      const moments = await renderCardImage(card, 'moments')
      if (!cancelled) setImages({ chat: chat.ok ? chat.value : undefined, moments: moments.ok ? moments.value : undefined })
    })()
    return () => {
      cancelled = true
    }
  }, [card])
  return images
}
