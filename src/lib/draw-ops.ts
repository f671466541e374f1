/** One drawing step; the platform layer replays these on a Canvas 2D context. */
export type DrawOp =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: string; radius?: number }
  | { kind: 'text'; text: string; x: number; y: number; size: number; color: string; bold?: boolean; align?: 'left' | 'center' }

/** A whole picture: its size in px and the steps that draw it. */
export interface Drawing {
  width: number
  height: number
  ops: DrawOp[]
}

/** How wide a piece of text is when drawn at `size` px, bold or not: a canvas's measureText, or an estimate. */
export type MeasureText = (text: string, size: number, bold: boolean) => number
