import { CORPUS_TYPES } from '@/content/scam-signals'
import { checkMessage } from '@/features/checker/model'

// Found by an outside tester: 「请转账到安全账户」 was called 冒充公检法 by the rules while the learned
// flag said 「常见于“虚假购物服务”一类的诈骗」. One message, one type.
describe('the learned flag never names a type other than the verdict’s', () => {
  it.each([
    '您好，我是公安局的，你涉嫌洗钱，请转账到安全账户配合调查',
    '请转账到安全账户',
    '<img src=x onerror=alert(1)>请转账到安全账户<b>紧急</b>',
    '【快递】您的包裹丢失，请加客服微信办理双倍理赔，需要先缴纳保证金',
  ])('%s', (text) => {
    const result = checkMessage(text, [])
    const learned = result.flags.find((flag) => flag.id === 'learned')
    if (!learned || !result.type) return
    const others = Object.entries(CORPUS_TYPES).filter(([, type]) => type !== result.type)
    for (const [label] of others) expect(learned.why).not.toContain(`“${label}”`)
  })
})

// Also from the outside tester: a right-to-left override in front of the message hid every sign.
it('reads a message behind a stray right-to-left override in typed order too', () => {
  expect(checkMessage('\u202E请转账到安全账户', []).verdict).toBe('scam')
  expect(checkMessage('\u202Emoc.cbci-kf\u202C 请登录', []).flags.length).toBeGreaterThan(0)
})

// Found by the property test (seed -435274439): a message of punctuation alone threw in the learned scorer.
it.each([',', '，。！', '...', ' , '])('gives a verdict on punctuation alone (%p)', (text) => {
  expect(() => checkMessage(text, [])).not.toThrow()
})
