/** A short id that is unique on one phone: the time plus a random tail. */
export function newId(now: number, random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')
  return `${now.toString(36)}-${tail}`
}
