import { View } from '@tarojs/components'
import { PageShell } from '@/ui/page-shell'
import { CellLink } from '@/ui/cell-link'
import { ROUTES } from '@/lib/routes'

export default function MorePage() {
  return (
    <PageShell>
      <View className='bj-section-title'>查询</View>
      <CellLink id='more-checker' title='这是不是诈骗？' description='检查短信、聊天或来电说的话，只在手机上检查' url={ROUTES.checker} />
      <CellLink id='more-hotlines' title='官方电话' description='报警、反诈、银行、航空公司，一点就拨' url={ROUTES.hotlines} />
      <CellLink id='more-warning-card' title='提醒家人' description='防骗卡片，可发到微信群、朋友圈或存成图片' url={ROUTES.warningCard} />
      <CellLink id='more-plan' title='处置计划' description='按你的情况生成，每一步都有法律依据' url={ROUTES.plan} />
      <CellLink id='more-law' title='法律依据' description='个人信息保护法、反电信网络诈骗法等，通俗说明' url={ROUTES.law} />
      <CellLink id='more-report' title='报案材料' description='把证据整理成报案、找银行用的材料' url={ROUTES.report} />
      <View className='bj-section-title'>设置</View>
      <CellLink id='more-settings' title='设置与数据' description='存储空间、导出和删除全部数据' url={ROUTES.settings} />
      <CellLink id='more-about' title='关于与隐私' description='保存了什么、存在哪里，版本信息' url={ROUTES.about} />
    </PageShell>
  )
}
