import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { CellLink } from '@/components/cell-link'
import { ROUTES } from '@/lib/routes'

export default function MorePage() {
  return (
    <PageShell>
      <View className='bj-section-title'>查询</View>
      <CellLink id='more-hotlines' title='官方电话' description='报警、反诈、银行、航空公司，一点就拨' url={ROUTES.hotlines} />
      <View className='bj-section-title'>关于</View>
      <CellLink id='more-about' title='关于与隐私' description='保存了什么、存在哪里，版本信息' url={ROUTES.about} />
    </PageShell>
  )
}
