import type { Drawing } from '@/lib/draw-ops'
import { replay, type Context2D } from './canvas-replay'
import { failure, success, type PlatformResult } from './result'

/**
 * The H5 build of ./canvas: draws on an off-screen canvas and resolves to a data: URL, which the
 * page can show, download or share. `canvasId` is unused here.
 */
export async function drawToImage(_canvasId: string, drawing: Drawing, fileType: 'png' | 'jpg' = 'png'): Promise<PlatformResult<string>> {
  try {
    const canvas = document.createElement('canvas')
    canvas.width = drawing.width
    canvas.height = drawing.height
    const ctx = canvas.getContext('2d')
    if (!ctx) return failure('unsupported', 'no 2d canvas')
    replay(ctx as unknown as Context2D, drawing.ops)
    return success(canvas.toDataURL(fileType === 'jpg' ? 'image/jpeg' : 'image/png', 0.9))
  } catch (error) {
    return failure('failed', String(error))
  }
}

/** The browser draws off-screen: no canvas element on the page. */
export const NEEDS_CANVAS_ELEMENT: boolean = false
