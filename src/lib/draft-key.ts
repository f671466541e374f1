/**
 * Where unsaved form contents are kept (`bj.draft.<name>`): its own small module, so the stores
 * that remove a deleted record's draft do not bring the draft merging into the main package.
 */
export const DRAFT_PREFIX = 'bj.draft.'

export function draftKey(name: string): string {
  return `${DRAFT_PREFIX}${name}`
}
