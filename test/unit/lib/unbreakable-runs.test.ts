import { unbreakableRuns } from '@/lib/line-break'

const kept = (text: string) =>
  unbreakableRuns(text)
    .filter((run) => run.keep)
    .map((run) => run.text)

describe('unbreakableRuns', () => {
  it('keeps phone numbers, amounts and bank or airline names whole', () => {
    expect(kept('打 4008-300-999 或 95588 问中国工商银行')).toEqual(['4008-300-999', '95588', '中国工商银行'])
    expect(kept('转出 ¥3,000，又转了 1,200 元')).toEqual(['¥3,000', '1,200 元'])
    expect(kept('东方航空 95530')).toEqual(['东方航空', '95530'])
  })

  it('gives back the text unchanged when joined', () => {
    const text = '先打 110 报警，再打 95588；一般 3 日内决定是否立案。'
    expect(
      unbreakableRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text)
  })

  it('leaves single digits and plain text alone', () => {
    expect(kept('第 1 步')).toEqual([])
    expect(unbreakableRuns('先停下来')).toEqual([{ text: '先停下来', keep: false }])
  })
})
