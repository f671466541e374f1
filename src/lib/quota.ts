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
