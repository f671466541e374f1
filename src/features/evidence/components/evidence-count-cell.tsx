import { useEffect } from 'react'
import { CellLink } from '@/ui/cell-link'
import { ROUTES } from '@/lib/routes'
import { loadEvidence, useEvidence } from '../store'

/** On home, once a case file exists: how many notes it holds, one tap from the 证据 tab. */
export function EvidenceCountCell() {
  const count = useEvidence((state) => state.entries.length)
  useEffect(() => {
    void loadEvidence()
  }, [])
  if (count === 0) return null
  return <CellLink id='home-evidence' title={`已记录证据 ${count} 条`} description='查看时间线，生成报案材料' url={ROUTES.evidence} />
}
