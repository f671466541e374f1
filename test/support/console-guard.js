// A test run prints no unexplained error: any console.error fails the test that caused it, except
// the known ones below, each with the reason it is harmless.
const KNOWN = [
  // Taro's Input and Textarea (Stencil web components) watch their `value` before their inner
  // element exists. That happens in jsdom, which does not run Stencil's lazy loader; in a browser
  // the inner element is always there first. Nothing is lost: the e2e tests type into the real ones.
  (text) => /Cannot read properties of undefined \(reading 'value'\)/.test(text) && /taro-(input|textarea)-core/.test(text),
]

const original = console.error
let unexpected = []

beforeEach(() => {
  unexpected = []
  console.error = (...args) => {
    const text = args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg))).join(' ')
    if (KNOWN.some((isKnown) => isKnown(text))) return
    unexpected.push(text)
    original(...args)
  }
})

afterEach(() => {
  console.error = original
  if (unexpected.length > 0) throw new Error(`console.error was called:\n${unexpected.join('\n---\n')}`)
})
