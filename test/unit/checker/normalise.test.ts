import { normalise, originalSpan } from '@/features/checker/normalise'

describe('normalise', () => {
  it.each([
    ['full-width letters and digits', 'ＡＰＰ　１２３', 'APP 123'],
    ['zero-width characters', '安\u200B全\u200D账\uFEFF户', '安全账户'],
    ['spaces inside Chinese words', '安 全 账 户', '安全账户'],
    ['spaces between Latin words stay one', 'download  the app', 'download the app'],
    ['V信 and its cousins', '加V信，或者威信、vx', '加微信,或者微信、微信'],
    ['扣扣', '加我扣扣', '加我QQ'],
    ['支付 宝 split by spaces', '打开支 付 宝', '打开支付宝'],
    ['traditional key terms', '轉賬到安全帳戶，提供驗證碼', '转账到安全账户,提供验证码'],
    ['spaced-out Latin letters', 'e t c - s j . c o m', 'etc-sj.com'],
    ['spaced-out digits', '1 3 8 0 0 1 3 8 0 0 0', '13800138000'],
    ['a number in short groups', '138 0013 8000', '13800138000'],
    ['full-width letters in a link', 'ｅｔｃ－ｓｊ．ｃｏｍ', 'etc-sj.com'],
    ['emoji between Chinese characters', '加🌹微🌹信', '加微信'],
    ['薇 alone, but not inside a word', '加 薇：abc，蔷薇花开', '加微信:abc,蔷薇花开'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input).text).toBe(expected)
  })

  it('maps every normalised character back into the original text', () => {
    const input = '请加 V信 转到安\u200B全 账户'
    const normalised = normalise(input)
    expect(normalised.origin).toHaveLength(normalised.text.length)
    const at = normalised.text.indexOf('安全账户')
    expect(originalSpan(input, normalised, at, at + 4).quote).toBe('安\u200B全 账户')
  })

  it('quotes emoji whole', () => {
    const input = '😀安全账户😀'
    const normalised = normalise(input)
    const at = normalised.text.indexOf('安全账户')
    expect(originalSpan(input, normalised, at, at + 4).quote).toBe('安全账户')
    expect(originalSpan(input, normalised, 0, 1).quote).toBe('😀')
  })
})

describe('normalise, hostile text', () => {
  it('reads a right-to-left override as it is shown, and quotes the original', () => {
    const input = '请点击 \u202Emoc.cbci-kf\u202C 验证'
    const normalised = normalise(input)
    expect(normalised.text).toBe('请点击 fk-icbc.com 验证')
    const at = normalised.text.indexOf('fk-icbc.com')
    expect(originalSpan(input, normalised, at, at + 'fk-icbc.com'.length).quote).toBe('moc.cbci-kf')
  })

  it('joins a number in groups even when words run into it', () => {
    expect(normalise('客服１３８ ００１３ ８０００').text).toBe('客服13800138000')
  })
})
