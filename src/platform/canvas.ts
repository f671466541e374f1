import Taro from '@tarojs/taro'
import type { Drawing, MeasureText } from '@/lib/draw-ops'
import { measureWith, replay, type Context2D } from './canvas-replay'
import { classifyError, failure, success, type PlatformResult } from './result'

interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): Context2D
}

function findCanvas(canvasId: string): Promise<CanvasNode | undefined> {
  return new Promise((resolve) => {
    try {
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true }, () => undefined)
        .exec((result) => resolve(result?.[0]?.node as CanvasNode | undefined))
    } catch {
      // An old base library, or a page without the canvas: no image, and the caller says so.
      resolve(undefined)
    }
  })
}

/**
 * Draws a picture on the page's hidden `<Canvas type="2d">` and exports it as an image file.
 * WeChat cannot export an off-screen canvas, so the page must hold a canvas with this id.
 * Resolves to a temp file path.
 */
export async function drawToImage(
  canvasId: string,
  draw: (measure: MeasureText) => Drawing,
  fileType: 'png' | 'jpg' = 'png',
): Promise<PlatformResult<string>> {
  const canvas = await findCanvas(canvasId)
  if (!canvas) return failure('failed', `canvas #${canvasId} not found`)
  try {
    const ctx = canvas.getContext('2d')
    // Lines are broken with this canvas's own font metrics, then the canvas is sized (which resets it) and drawn.
    const drawing = draw(measureWith(ctx))
    canvas.width = drawing.width
    canvas.height = drawing.height
    replay(ctx, drawing.ops)
    const result = await Taro.canvasToTempFilePath({
      canvas: canvas as unknown as Taro.Canvas,
      fileType,
      quality: 0.9,
      destWidth: drawing.width,
      destHeight: drawing.height,
    })
    return success(result.tempFilePath)
  } catch (error) {
    return classifyError(error)
  }
}

/** WeChat draws on a canvas element on the page; the browser draws off-screen (canvas.h5.ts). */
export const NEEDS_CANVAS_ELEMENT: boolean = true
