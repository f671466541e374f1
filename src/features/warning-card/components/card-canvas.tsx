import { Canvas } from '@tarojs/components'
import { NEEDS_CANVAS_ELEMENT } from '@/platform/canvas'
import { CARD_CANVAS_ID } from '../image'
import './warning-card.scss'

/** The hidden canvas WeChat draws card images on; the browser draws off-screen and needs none. */
export function CardCanvas() {
  return NEEDS_CANVAS_ELEMENT ? <Canvas id={CARD_CANVAS_ID} type='2d' className='bj-card-canvas' /> : null
}
