// wellFormed lives in its own module (see there); re-exported so every import of it stays as it was.
export { wellFormed } from './well-formed'

/**
 * Full-width letters, digits and signs (「１３８」「ＥＴＣ」「，」), the ideographic space and other
 * compatibility forms (「①」「㎡」) to their plain forms: Unicode NFKC, the one normaliser every
 * reader of typed or pasted text uses. Chinese characters and 「。、」「」 are unchanged.
 */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC')
}
