import fs from 'fs'
import path from 'path'
import type { Compiler } from 'webpack'

/**
 * Writes every module's minified share of each output chunk to `<outputRoot>/../<name>-modules.json`,
 * for `npm run bench` to list the largest modules in the weapp main package. Used only when
 * BJ_MODULE_SIZES=1; a normal build writes nothing extra.
 */
export class ModuleSizesPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('ModuleSizesPlugin', (stats) => {
      const json = stats.toJson({ all: false, chunks: true, chunkModules: true, ids: true })
      const chunks = (json.chunks ?? []).map((chunk) => ({
        files: chunk.files ?? [],
        modules: (chunk.modules ?? []).flatMap((module) => (module.modules && module.modules.length ? module.modules : [module])).map((module) => ({ name: module.name ?? '', size: module.size ?? 0 })),
      }))
      fs.mkdirSync(path.dirname(this.file), { recursive: true })
      fs.writeFileSync(this.file, JSON.stringify(chunks))
    })
  }
}
