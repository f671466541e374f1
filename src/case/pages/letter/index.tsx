import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PageShell } from '@/ui/page-shell'
import { caseFileForLetters } from '@/features/case'
import { isLetterId, LetterScreen } from '@/features/plan'

export default function LetterPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      {isLetterId(params.id) ? (
        <LetterScreen id={params.id} loadCaseFile={caseFileForLetters} />
      ) : (
        <View className='bj-card'>找不到这封信。请从处置计划里打开。</View>
      )}
    </PageShell>
  )
}
