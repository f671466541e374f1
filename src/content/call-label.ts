/**
 * What a screen reader says for a call button: the number and what it is for, as a person would say
 * it (「拨打 110 报警」), with the name where the purpose alone does not say whose number it is. The
 * app's call buttons and the H5 page's static first screen (config/first-screen.ts) both use it.
 */
export function callLabel(name: string, shown: string, role?: string): string {
  if (!role) return `拨打${name} ${shown}`
  return name.includes(role) ? `拨打 ${shown} ${role}` : `拨打 ${shown} ${role}（${name}）`
}
