#!/usr/bin/env node
// `npm run -s check-messages` < messages.txt: one message per line in, one JSON verdict per line
// out, from the app's own checker (src/features/checker), bundled on the fly with esbuild.
const path = require('path')
const Module = require('module')
const { buildSync } = require('esbuild')

const root = path.resolve(__dirname, '..')

/** The checker's batch module (src/features/checker/batch.ts), compiled for Node. */
function loadChecker() {
  const bundle = buildSync({
    entryPoints: [path.join(root, 'src/features/checker/batch.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    tsconfig: path.join(root, 'tsconfig.json'),
    write: false,
    logLevel: 'error',
  })
  const checker = new Module('check-messages')
  checker._compile(bundle.outputFiles[0].text, path.join(root, 'src/features/checker/batch.js'))
  return checker.exports
}

module.exports = { loadChecker }

if (require.main === module) {
  const { checkLines } = loadChecker()
  const chunks = []
  process.stdin.on('data', (chunk) => chunks.push(chunk))
  process.stdin.on('end', () => process.stdout.write(checkLines(Buffer.concat(chunks).toString('utf8'))))
}
