/** Past this share of the storage quota, the app warns before saves start to fail. */
export const QUOTA_WARNING_SHARE = 0.8

export interface QuotaLevel {
  /** 0–100, rounded down. */
  percent: number
  nearlyFull: boolean
}

export function quotaLevel(usedKb: number, limitKb: number): QuotaLevel {
  if (!(limitKb > 0) || !(usedKb >= 0)) return { percent: 0, nearlyFull: false }
  const share = usedKb / limitKb
  return { percent: Math.min(100, Math.floor(share * 100)), nearlyFull: share >= QUOTA_WARNING_SHARE }
}

/** The meter in words a person reads at a glance: 「已用不到 1%」「已用约 42%」「已经满了」. */
export function usageInWords(usedKb: number, limitKb: number): string {
  if (!(limitKb > 0)) return '读不到存储空间的用量'
  const share = usedKb / limitKb
  if (share >= 1) return '已经满了'
  if (share < 0.01) return '已用不到 1%'
  return `已用约 ${Math.floor(share * 100)}%`
}

/** What is left, rounded the way a person says it: 「还能存约 6.8 MB」「还能存约 300 KB」. */
export function roomInWords(usedKb: number, limitKb: number): string {
  const freeKb = Math.max(0, limitKb - usedKb)
  if (freeKb >= 1024) return `还能存约 ${(freeKb / 1024).toFixed(1)} MB`
  return `还能存约 ${Math.floor(freeKb)} KB`
}
