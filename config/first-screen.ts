import type { HOME_ENTRY as HomeEntry } from '../src/content/home-entry'
import type { Hotline } from '../src/content/types'
import type { callLabel as CallLabel } from '../src/content/call-label'

/*
 * The H5 page's first screen, in plain HTML and inline CSS, so that home's two numbers and 「我被骗了」 work
 * before the app's JavaScript has loaded. Built from the same content as home, laid out in the same
 * rem sizes (1rem = 40rpx), and removed by the app (platform/first-screen.h5.ts) once home is drawn.
 * It reads nothing from storage.
 */

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function hotline(hotlines: readonly Hotline[], id: string) {
  const found = hotlines.find((entry) => entry.id === id)
  if (!found?.dial) throw new Error(`first screen: hotline ${id} has no number`)
  return { dial: found.dial, shown: found.display ?? found.dial, name: found.name, role: found.role ?? found.name }
}

const EMERGENCY_ROUTE = '#/case/pages/emergency/index'

const STYLE = `
#bj-first{position:fixed;inset:0;z-index:1000;overflow-y:auto;box-sizing:border-box;padding:.6rem 0 1.2rem;background:#f3f4f6;color:#161616;line-height:1.5;font-family:-apple-system,BlinkMacSystemFont,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',sans-serif;line-break:strict}
#bj-first a{text-decoration:none;-webkit-tap-highlight-color:transparent}
.bj-first__top{display:flex;align-items:center;min-height:2.2rem;margin:0 .6rem .6rem .8rem}
.bj-first__intro{width:9.45rem;color:#4a4a4a;font-size:.8rem}
.bj-first__entry{margin:0 .6rem}
.bj-first__button{display:flex;flex-direction:column;align-items:center;justify-content:center;box-sizing:border-box;padding:.4rem .6rem;border-radius:.4rem;text-align:center;font-size:.9rem;font-weight:700;color:#fff}
.bj-first__scammed{min-height:5.5rem;background:#c8201b}
.bj-first__scammed-title{font-size:1.8rem;letter-spacing:.2rem}
.bj-first__caption{font-size:.8rem;font-weight:400}
.bj-first__calls{display:flex;gap:.6rem;margin:.6rem 0}
.bj-first__call{flex:1;min-height:4rem}
.bj-first__number{font-size:1.8rem;line-height:1.1}
.bj-first__leaked{min-height:3.5rem;border:.05rem solid #d9d9d9;background:#fff;color:#161616}
.bj-first__leaked-title{font-size:1.1rem}
.bj-first__leaked-caption{font-size:.7rem;font-weight:400;color:#4a4a4a}`

/**
 * The `<style>` and markup that src/index.html puts before the app, from home's words, the hotline
 * data, and the app's own call-button labels (content/call-label.ts, handed in as the build loads it).
 */
export function renderFirstScreen(
  home: typeof HomeEntry,
  hotlines: readonly Hotline[],
  callLabel: typeof CallLabel,
): { style: string; html: string } {
  const calls = home.callIds
    .map((id, index) => {
      const line = hotline(hotlines, id)
      const colour = index === 0 ? '#c8201b' : '#1565c0'
      return `<a id="first-call-${line.dial}" class="bj-first__button bj-first__call" style="background:${colour}" href="tel:${line.dial}" aria-label="${escape(callLabel(line.name, line.shown, line.role))}"><span class="bj-first__number">${escape(line.shown)}</span><span class="bj-first__caption">${escape(line.role)}</span></a>`
    })
    .join('')
  const html = `<div id="bj-first">
<div class="bj-first__top"><div class="bj-first__intro">${escape(home.intro)}</div></div>
<div class="bj-first__entry">
<a id="first-scammed" class="bj-first__button bj-first__scammed" href="${EMERGENCY_ROUTE}?variant=scammed"><span class="bj-first__scammed-title">${escape(home.scammed.title)}</span><span class="bj-first__caption">${escape(home.scammed.caption)}</span></a>
<div class="bj-first__calls">${calls}</div>
<a id="first-leaked" class="bj-first__button bj-first__leaked" href="${EMERGENCY_ROUTE}?variant=leaked"><span class="bj-first__leaked-title">${escape(home.leaked.title)}</span><span class="bj-first__leaked-caption">${escape(home.leaked.caption)}</span></a>
</div>
</div>`
  return { style: STYLE, html }
}
