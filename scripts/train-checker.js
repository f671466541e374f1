#!/usr/bin/env node
// `npm run train-checker`: trains the message checker's learned scorer and writes its weights to
// src/features/checker/learned/weights.ts. Deterministic: the same corpus gives byte-identical
// weights (a fixed seed, a fixed order, no clock, no parallelism).
//
//   --cv   also report cross-author figures: train without one author's messages, check that
//          author's with the whole checker (rules and model), for each training author in turn.
//
// The held-out part of the corpus is never read here.
const fs = require('fs')
const path = require('path')
const { build, buildSync } = require('esbuild')
const { trainingSet } = require('./checker-corpus')
const { figures, formatTable } = require('./checker-eval')

const root = path.resolve(__dirname, '..')
const OUT = path.join(root, 'src/features/checker/learned/weights.ts')

const EPOCHS = 12
const RATE = 0.4
const L2 = 2e-6
const SEED = 21

/** Options every bundle of the app's code shares: Node, CommonJS, the app's path aliases. */
const BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  tsconfig: path.join(root, 'tsconfig.json'),
  write: false,
  logLevel: 'error',
}

/** A bundle's exports, run in this process. */
function exportsOf(result) {
  const module = { exports: {} }
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require)
  return module.exports
}

/** normalise() and grams() exactly as the app has them. */
function loadFeatures() {
  const contents =
    "export { normalise } from './src/features/checker/normalise'; export { grams, SCAM_BITS, TYPE_BITS } from './src/features/checker/learned/features'"
  return exportsOf(buildSync({ ...BUNDLE, stdin: { contents, resolveDir: root, loader: 'ts' } }))
}

/** mulberry32: a small seeded generator, so the shuffle is the same on every run. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled(length, next) {
  const order = Array.from({ length }, (_, index) => index)
  for (let index = length - 1; index > 0; index -= 1) {
    const swap = Math.floor(next() * (index + 1))
    ;[order[index], order[swap]] = [order[swap], order[index]]
  }
  return order
}

/** A message as sparse features: bucket → value, each gram weighing 1/√(number of grams). */
function vectorise(features, text, bits) {
  const found = features.grams(features.normalise(text).text)
  const mask = (1 << bits) - 1
  const norm = found.length ? 1 / Math.sqrt(found.length) : 0
  const sparse = new Map()
  for (const gram of found) sparse.set(gram.hash & mask, (sparse.get(gram.hash & mask) ?? 0) + norm)
  return { index: Int32Array.from(sparse.keys()), value: Float64Array.from(sparse.values()) }
}

/** Logistic regression, scam (1) or not (0), by AdaGrad. Legit messages weigh more: a false alarm costs trust. */
function trainBinary(rows, vectors, bits) {
  const weights = new Float64Array(1 << bits)
  const squares = new Float64Array(1 << bits).fill(1e-8)
  let bias = 0
  let biasSquare = 1e-8
  const next = random(SEED)
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (const at of shuffled(rows.length, next)) {
      const { index, value } = vectors[at]
      const label = rows[at].label === 'scam' ? 1 : 0
      let logit = bias
      for (let k = 0; k < index.length; k += 1) logit += weights[index[k]] * value[k]
      const error = (1 / (1 + Math.exp(-logit)) - label) * (label ? 1 : 1.5)
      for (let k = 0; k < index.length; k += 1) {
        const gradient = error * value[k] + L2 * weights[index[k]]
        squares[index[k]] += gradient * gradient
        weights[index[k]] -= (RATE * gradient) / Math.sqrt(squares[index[k]])
      }
      biasSquare += error * error
      bias -= (RATE * error) / Math.sqrt(biasSquare)
    }
  }
  return { weights, bias }
}

/** Softmax regression over the scam messages' types, by AdaGrad; weights laid out bucket-major. */
function trainTypes(rows, vectors, bits, types) {
  const count = types.length
  const weights = new Float64Array((1 << bits) * count)
  const squares = new Float64Array(weights.length).fill(1e-8)
  const bias = new Float64Array(count)
  const next = random(SEED + 1)
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (const at of shuffled(rows.length, next)) {
      const { index, value } = vectors[at]
      const target = types.indexOf(rows[at].type)
      const logits = Array.from(bias)
      for (let k = 0; k < index.length; k += 1) for (let c = 0; c < count; c += 1) logits[c] += weights[index[k] * count + c] * value[k]
      const top = Math.max(...logits)
      const exps = logits.map((logit) => Math.exp(logit - top))
      const total = exps.reduce((a, b) => a + b, 0)
      for (let c = 0; c < count; c += 1) {
        const error = exps[c] / total - (c === target ? 1 : 0)
        bias[c] -= 0.05 * error
        for (let k = 0; k < index.length; k += 1) {
          const slot = index[k] * count + c
          const gradient = error * value[k]
          squares[slot] += gradient * gradient
          weights[slot] -= (RATE * gradient) / Math.sqrt(squares[slot])
        }
      }
    }
  }
  return { weights, bias }
}

/** Float weights to int8 and base64, with the scale that turns them back. */
function quantise(weights) {
  const largest = weights.reduce((top, weight) => Math.max(top, Math.abs(weight)), 0) || 1
  const scale = largest / 127
  const bytes = Buffer.from(Int8Array.from(weights, (weight) => Math.round(weight / scale)).buffer)
  return { scale: Number(scale.toPrecision(6)), base64: bytes.toString('base64') }
}

function train(rows, features) {
  const scamVectors = rows.map((row) => vectorise(features, row.text, features.SCAM_BITS))
  const binary = trainBinary(rows, scamVectors, features.SCAM_BITS)
  const scams = rows.filter((row) => row.label === 'scam')
  const types = [...new Set(scams.map((row) => row.type))].sort()
  const typeVectors = scams.map((row) => vectorise(features, row.text, features.TYPE_BITS))
  const typed = trainTypes(scams, typeVectors, features.TYPE_BITS, types)
  const scam = quantise(binary.weights)
  const type = quantise(typed.weights)
  return {
    messages: rows.length,
    scamBias: Number(binary.bias.toPrecision(6)),
    scamScale: scam.scale,
    scam: scam.base64,
    types,
    typeBias: Array.from(typed.bias, (bias) => Number(bias.toPrecision(6))),
    typeScale: type.scale,
    type: type.base64,
  }
}

function weightsSource(learned, rows) {
  const authors = [...new Set(rows.map((row) => row.author))].sort().join(', ')
  return `// Generated by \`npm run train-checker\` (scripts/train-checker.js) from ${learned.messages} labelled messages
// (authors: ${authors}; test/fixtures/messages). Do not edit: retrain. int8 weights, base64.
import type { LearnedWeights } from './features'

export const LEARNED: LearnedWeights = ${JSON.stringify(learned, null, 2).replace(/"(\w+)":/g, '$1:')}
`
}

/** The whole checker (batch.ts) bundled with the given weights in place of weights.ts. */
async function checkerWith(learned) {
  const weights = {
    name: 'weights',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/weights$/ }, () => ({ path: 'weights', namespace: 'weights' }))
      builder.onLoad({ filter: /.*/, namespace: 'weights' }, () => ({
        contents: `export const LEARNED = ${JSON.stringify(learned)}`,
        loader: 'js',
      }))
    },
  }
  return exportsOf(await build({ ...BUNDLE, entryPoints: [path.join(root, 'src/features/checker/batch.ts')], plugins: [weights] }))
}

async function crossAuthor(rows, features) {
  const sets = {}
  for (const author of [...new Set(rows.map((row) => row.author))].filter((name) => name !== 'team').sort()) {
    const learned = train(
      rows.filter((row) => row.author !== author),
      features,
    )
    const { verdictOf } = await checkerWith(learned)
    const test = rows.filter((row) => row.author === author)
    const verdicts = test.map((row) => verdictOf(row.text))
    sets[`${author} (trained without)`] = figures(test, verdicts)
  }
  console.log(formatTable(sets))
}

/** weights.ts as the trainer writes it from the corpus as it is now. */
function trainedSource() {
  const rows = trainingSet()
  return weightsSource(train(rows, loadFeatures()), rows)
}

async function main() {
  if (process.argv.includes('--cv')) await crossAuthor(trainingSet(), loadFeatures())
  fs.writeFileSync(OUT, trainedSource())
  console.log(`${path.relative(root, OUT)}: ${fs.statSync(OUT).size} bytes, from ${trainingSet().length} messages`)
}

module.exports = { train, checkerWith, loadFeatures, trainedSource, WEIGHTS_FILE: OUT }

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
