import { View } from '@tarojs/components'
import { CellLink } from '@/ui/cell-link'
import { TapButton } from '@/ui/tap-button'
import { ROUTES } from '@/lib/routes'
import { HotlineCall } from '@/features/hotlines'

interface MoneyOutNextProps {
  /** A call to 110 got through. */
  policeCalled: boolean
  /** The bank step is done too: only the pack is left to offer here. */
  bankDone: boolean
  onOpenBankStep: () => void
}

/** Under 「转账已过 N 分钟」: 110 until it got through, then what comes next (the bank, the report pack). */
export function MoneyOutNext({ policeCalled, bankDone, onOpenBankStep }: MoneyOutNextProps) {
  if (!policeCalled) {
    return (
      <>
        <View className='bj-money-out__why'>越早打 110，警方越有机会对收款账户紧急止付。</View>
        <HotlineCall id='money-out-call-110' hotlineId='police-110' tone='danger' size='line' text='拨打 110 报警' spoken='拨打 110 报警' />
      </>
    )
  }
  return (
    <View id='money-out-next'>
      <View className='bj-money-out__why'>
        {bankDone ? '110 和银行都打过了。接下来整理报案材料。' : '110 已经打通。接下来打给开户银行，再整理报案材料。'}
      </View>
      {bankDone ? null : (
        <TapButton id='money-out-bank' tone='plain' label='打开下一步：打给开户银行' onTap={onOpenBankStep}>
          打给开户银行
        </TapButton>
      )}
      <CellLink id='money-out-report' title='生成报案材料' description='去派出所报案时给民警看' url={ROUTES.report} />
    </View>
  )
}
