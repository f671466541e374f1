import type { Drawing, MeasureText } from '@/lib/draw-ops'
import { measureWith, replay, type Context2D } from './canvas-replay'
import { failure, success, type PlatformResult } from './result'

/**
 * The H5 build of ./canvas: draws on an off-screen canvas and resolves to a data: URL, which the
 * page can show, download or share. `canvasId` is unused here.
 */
export async function drawToImage(
  _canvasId: string,
  draw: (measure: MeasureText) => Drawing,
  fileType: 'png' | 'jpg' = 'png',
): Promise<PlatformResult<string>> {
  try {
    const canvas = document.createElement('canvas')
    const context = canvas.getContext('2d')
    if (!context) return failure('unsupported', 'no 2d canvas')
    const ctx = context as unknown as Context2D
    const drawing = draw(measureWith(ctx))
    // Sizing the canvas resets its state, so it comes after measuring and before drawing.
    canvas.width = drawing.width
    canvas.height = drawing.height
    replay(ctx, drawing.ops)
    return success(canvas.toDataURL(fileType === 'jpg' ? 'image/jpeg' : 'image/png', 0.9))
  } catch (error) {
    return failure('failed', String(error))
  }
}

/** The browser draws off-screen: no canvas element on the page. */
export const NEEDS_CANVAS_ELEMENT: boolean = false
