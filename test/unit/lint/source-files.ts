import fs from 'fs'
import path from 'path'

/** The app's source folder, for lint tests that read every file in it. */
export const SRC = path.join(__dirname, '../../../src')

/** Every .ts and .tsx file under `dir`, for lint tests that scan the source text. */
export function sourceFiles(dir: string = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}
