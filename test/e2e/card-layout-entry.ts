// Bundled by card-layout.test.js for Chromium: lays every card out with the canvas's real
// measureText, as the app does, and reports each line with its measured width.
import { GENERAL_WARNING, SCAM_WARNINGS } from '@/content/scam-warnings'
import { layoutCard, type CardFormat } from '@/features/warning-card/layout'
import { measureWith, type Context2D } from '@/platform/canvas-replay'

function measuredLines() {
  const ctx = document.createElement('canvas').getContext('2d') as unknown as Context2D
  const measure = measureWith(ctx)
  const formats: CardFormat[] = ['full', 'chat', 'moments']
  return [...SCAM_WARNINGS, GENERAL_WARNING].flatMap((card) =>
    formats.flatMap((format) =>
      layoutCard(card, format, measure).ops.flatMap((op) =>
        op.kind === 'text'
          ? [
              {
                card: card.id,
                format,
                text: op.text,
                x: op.x,
                align: op.align ?? 'left',
                width: measure(op.text, op.size, Boolean(op.bold)),
              },
            ]
          : [],
      ),
    ),
  )
}

;(window as unknown as { measuredLines: typeof measuredLines }).measuredLines = measuredLines
