import fs from 'fs'
import path from 'path'

/** The numbers shared/facts/allowed-numbers.txt permits, from the shared folder beside the project. */
export function allowedNumbers(): Set<string> {
  const file = path.resolve(__dirname, '../../../shared/facts/allowed-numbers.txt')
  if (!fs.existsSync(file)) throw new Error(`Missing ${file}: the shared facts folder must sit beside the project`)
  return new Set(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  )
}
