// Runs in the page: everything a person using 大字模式 would notice on the page in front, as a list
// of problems (empty when the page is right). Sizes are CSS px at the page's own width.

function auditLargeText() {
  const width = document.documentElement.clientWidth
  const visible = (el) => {
    const rect = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0'
  }
  const page = [...document.querySelectorAll('.bj-page')].find(visible)
  if (!page) return ['no page on screen']
  const problems = []
  const label = (el) =>
    (el.id ? `#${el.id}` : el.className || el.tagName).toString().slice(0, 40) + ` 「${(el.textContent || '').trim().slice(0, 16)}」`

  // Text: at least 20 CSS px wherever a text node sits.
  for (const el of page.querySelectorAll('*')) {
    if (!visible(el)) continue
    if (el.closest('.bj-card-canvas')) continue
    const ownText = [...el.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim())
    const size = parseFloat(getComputedStyle(el).fontSize)
    if (ownText && size < 19.5) problems.push(`text ${size}px: ${label(el)}`)
    // Clipped: content wider than the box that hides its overflow.
    if (ownText && getComputedStyle(el).overflow === 'hidden' && el.scrollWidth > el.clientWidth + 1) problems.push(`clipped: ${label(el)}`)
  }

  // Controls: at least 56 CSS px tall, inside the screen's width, and not on top of each other.
  const controls = [
    ...page.querySelectorAll(
      '.bj-tap, .bj-chip, .bj-cell, [role=button], [role=switch], [role=link], [role=radio], [role=checkbox], button',
    ),
  ].filter(visible)
  for (const el of controls) {
    const rect = el.getBoundingClientRect()
    if (rect.height < 55.5) problems.push(`control ${Math.round(rect.height)}px tall: ${label(el)}`)
    if (rect.left < -0.5 || rect.right > width + 0.5) problems.push(`control off screen: ${label(el)}`)
  }
  const outer = controls.filter((el) => !controls.some((other) => other !== el && other.contains(el)))
  for (let i = 0; i < outer.length; i += 1) {
    for (let j = i + 1; j < outer.length; j += 1) {
      const a = outer[i].getBoundingClientRect()
      const b = outer[j].getBoundingClientRect()
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left)
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      if (overlapX > 1 && overlapY > 1) problems.push(`overlap: ${label(outer[i])} / ${label(outer[j])}`)
    }
  }

  // Nothing wider than the screen: every action can be reached by scrolling down alone.
  if (document.scrollingElement.scrollWidth > width + 1) problems.push(`page ${document.scrollingElement.scrollWidth}px wide`)

  // Numbers and kept runs on one line.
  for (const el of page.querySelectorAll('.bj-call__digits, .bj-call__number, .bj-keep, .bj-date-time__value')) {
    if (!visible(el)) continue
    const lines = new Set([...el.getClientRects()].map((rect) => Math.round(rect.top))).size
    if (lines > 1 || el.scrollWidth > el.clientWidth + 1) problems.push(`number wraps or overflows: ${label(el)}`)
  }
  // Buttons and short labels (12 characters or fewer) break at a space or punctuation, never inside a
  // word (查/一查, 冻/结): each character's line is compared with the one before it in the same text.
  const BREAKS_AFTER = /[\s，。、；：？！）」』”,.;:?!)\]/·-]/
  for (const el of page.querySelectorAll('.bj-tap, .bj-chip, .bj-cell__title, [role=button], [role=tab]')) {
    const length = [...(el.textContent || '').trim()].length
    if (!visible(el) || length < 2 || length > 12) continue
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let before
      for (let i = 0; i < node.data.length; i += 1) {
        const range = document.createRange()
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const rect = range.getBoundingClientRect()
        if (rect.width === 0) continue
        if (before && rect.top > before.top + rect.height / 2 && !BREAKS_AFTER.test(before.char) && !/\s/.test(node.data[i])) {
          problems.push(`word broken: ${label(el)} at 「${before.char}/${node.data[i]}」`)
        }
        before = { top: rect.top, char: node.data[i] }
      }
    }
  }
  return problems
}

module.exports = { auditLargeText }
