import type { DrawOp, MeasureText } from '@/lib/draw-ops'

/** The part of a Canvas 2D context that replaying a drawing needs, the same in WeChat and browsers. */
export interface Context2D {
  fillStyle: unknown
  font: string
  textAlign: string
  textBaseline: string
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void
  closePath(): void
  fill(): void
  measureText(text: string): { width: number }
}

const FONT_FAMILY = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif"

/** The CSS font of a text step: one place, so measuring and drawing use the same font. */
export function fontFor(size: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`
}

/** Measures text with the context's own font metrics, as it will be drawn. */
export function measureWith(ctx: Context2D): MeasureText {
  return (text, size, bold) => {
    ctx.font = fontFor(size, bold)
    return ctx.measureText(text).width
  }
}

function roundedRect(ctx: Context2D, x: number, y: number, width: number, height: number, radius: number): void {
  ctx.beginPath()
  ctx.moveTo(x + radius, y)
  ctx.arcTo(x + width, y, x + width, y + height, radius)
  ctx.arcTo(x + width, y + height, x, y + height, radius)
  ctx.arcTo(x, y + height, x, y, radius)
  ctx.arcTo(x, y, x + width, y, radius)
  ctx.closePath()
  ctx.fill()
}

/** Draws every step onto a context. */
export function replay(ctx: Context2D, ops: DrawOp[]): void {
  ctx.textBaseline = 'alphabetic'
  for (const op of ops) {
    ctx.fillStyle = op.color
    if (op.kind === 'rect') {
      if (op.radius) roundedRect(ctx, op.x, op.y, op.width, op.height, op.radius)
      else ctx.fillRect(op.x, op.y, op.width, op.height)
    } else {
      ctx.font = fontFor(op.size, Boolean(op.bold))
      ctx.textAlign = op.align ?? 'left'
      ctx.fillText(op.text, op.x, op.y)
    }
  }
}
