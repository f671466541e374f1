/** Unsaved form contents kept on the phone while the user types, so back and reload lose nothing. Keys: ./draft-key. */

/**
 * Puts a stored draft over a form's starting values, field by field: only fields the form has,
 * with a value of the same kind (a string for a string, an array for an array). Anything else in
 * storage is ignored, so a damaged draft can never put the form in a state it cannot show. A stored
 * id wins over a fresh one, so saving a restored draft again updates what it saved before.
 */
export function mergeDraft<T extends object>(initial: T, stored: unknown): { value: T; restored: boolean } {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return { value: initial, restored: false }
  const next: Record<string, unknown> = { ...(initial as Record<string, unknown>) }
  let restored = false
  for (const [field, start] of Object.entries(initial)) {
    const saved = (stored as Record<string, unknown>)[field]
    if (saved === undefined) continue
    const sameKind = Array.isArray(start) ? Array.isArray(saved) : start === undefined || typeof saved === typeof start
    if (!sameKind || JSON.stringify(saved) === JSON.stringify(start)) continue
    next[field] = saved
    // An id is not something the user typed: a draft that differs only there has nothing to restore.
    if (field !== 'id') restored = true
  }
  return { value: next as T, restored }
}
