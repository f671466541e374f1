import type { ScamWarning } from '@/content/scam-warnings'
import { drawToImage } from '@/platform/canvas'
import type { PlatformResult } from '@/platform/result'
import { layoutCard, type CardFormat } from './layout'

/** The id of the hidden canvas each card page holds for drawing (WeChat cannot export off-screen canvases). */
export const CARD_CANVAS_ID = 'warning-card-canvas'

/**
 * Draws the card as an image: the whole card as PNG to save, or JPEG at 5:4 (chat) or 1:1 (Moments)
 * for share thumbnails, which must stay small. Resolves to a temp path (WeChat) or a data: URL (H5).
 */
export function renderCardImage(card: ScamWarning, format: CardFormat): Promise<PlatformResult<string>> {
  return drawToImage(CARD_CANVAS_ID, (measure) => layoutCard(card, format, measure), format === 'full' ? 'png' : 'jpg')
}
