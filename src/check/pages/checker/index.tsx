import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/ui/page-shell'
import { CheckerScreen } from '@/features/checker'

/** 「我刚接到这样的电话或短信」 on a warning card passes what that scam's callers say, shown first and unticked. */
function phrasesParam(raw: unknown): string[] {
  if (typeof raw !== 'string') return []
  try {
    return decodeURIComponent(raw).split(',')
  } catch {
    return []
  }
}

export default function CheckerPage() {
  const { params } = useRouter()
  const phrases = phrasesParam(params.phrases)
  return (
    <PageShell>
      <CheckerScreen suggestedPhrases={phrases} />
    </PageShell>
  )
}
