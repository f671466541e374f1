// Bundled by card-draw.js for the browser: the app's own card layout and canvas replay, timed in Chromium.
import { SCAM_WARNINGS } from '@/content/scam-warnings'
import { layoutCard, type CardFormat } from '@/features/warning-card/layout'
import { replay, type Context2D } from '@/platform/canvas-replay'

function drawCard(id: string, format: CardFormat, mime: string): { ms: number; bytes: number; width: number; height: number } {
  const card = SCAM_WARNINGS.find((warning) => warning.id === id) ?? SCAM_WARNINGS[0]
  const start = performance.now()
  const drawing = layoutCard(card, format)
  const canvas = document.createElement('canvas')
  canvas.width = drawing.width
  canvas.height = drawing.height
  replay(canvas.getContext('2d') as unknown as Context2D, drawing.ops)
  const dataUrl = canvas.toDataURL(mime, 0.9)
  const ms = performance.now() - start
  const bytes = Math.floor((dataUrl.length - dataUrl.indexOf(',') - 1) * 0.75)
  return { ms, bytes, width: drawing.width, height: drawing.height }
}

const target = window as unknown as { drawCard: typeof drawCard }
target.drawCard = drawCard
