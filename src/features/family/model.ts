import { normalisePhone } from '@/lib/phone-number'
import { RELATION_MAX } from './record'

/** The family member to call in an emergency: the user's own contact, kept on this phone only. */
export interface FamilyContact {
  /** A name or a relation, e.g. 女儿. May be empty. */
  relation: string
  /** Normalised digits, e.g. 13800138000 or +85291234567. */
  phone: string
}

/** Quick choices for the relation. */
export const RELATION_CHOICES = ['女儿', '儿子', '老伴', '孙女', '孙子'] as const

/** Emergency numbers that may not be in the directory as dialled digits, and are never a relative. */
const EMERGENCY_SHORT = ['110', '119', '120', '122']

export type FamilyContactCheck = { ok: true; contact: FamilyContact } | { ok: false; field: 'relation' | 'phone'; message: string }

/**
 * Checks what the user typed for the family contact. The number is normalised like every other
 * number (spaces, dashes, +86, full-width digits). An official line is refused: calling 110 is
 * already one tap away, and labelling 96110 「女儿」 would hide what it is.
 */
export function checkFamilyContact(relationInput: string, phoneInput: string, officialNumbers: readonly string[]): FamilyContactCheck {
  const relation = relationInput.trim()
  if (/\d{3,}/.test(relation.replace(/[\s-]/g, ''))) return { ok: false, field: 'relation', message: '称呼里不要写号码，号码填在下面' }
  if ([...relation].length > RELATION_MAX) return { ok: false, field: 'relation', message: `称呼最多 ${RELATION_MAX} 个字` }
  const parsed = normalisePhone(phoneInput)
  if (!parsed.ok) return { ok: false, field: 'phone', message: parsed.message }
  const digits = parsed.phone.replace(/^\+/, '')
  if (EMERGENCY_SHORT.includes(digits) || officialNumbers.includes(parsed.phone)) {
    return { ok: false, field: 'phone', message: '这是官方电话，不能设成家人。110 和 96110 在急救页上一直都有。' }
  }
  if (/^[48]00\d{7}$/.test(digits)) return { ok: false, field: 'phone', message: '这是企业客服号码，请填家人自己的手机或座机' }
  if (digits.length < 7) return { ok: false, field: 'phone', message: '这不像家人的手机或座机号码，请检查' }
  return { ok: true, contact: { relation, phone: parsed.phone } }
}

/** How the contact is named on buttons: the relation, or 「家人」 when none was given. */
export function familyName(contact: FamilyContact): string {
  return contact.relation || '家人'
}

export const callFamilyLabel = (contact: FamilyContact): string => `打给${familyName(contact)}`
export const sendToFamilyLabel = (contact: FamilyContact): string => `发给${familyName(contact)}`
