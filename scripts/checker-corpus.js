// The message checker's labelled corpus, for the trainer and the evaluation script:
// - test/fixtures/messages/corpus/T*.jsonl: the training part, written by two helpers who never saw
//   the checker's code or rules;
// - test/fixtures/messages/corpus/heldout.jsonl: the held-out part, written by a third; read only by
//   `node scripts/evaluate-checker.js --heldout`, never by the trainer;
// - the team's own set (test/fixtures/messages/expand.js), kept as regression data: not trained on,
//   so it is a second set, by other authors, that the model has never seen.
const fs = require('fs')
const path = require('path')

const CORPUS = path.resolve(__dirname, '../test/fixtures/messages/corpus')
const HELDOUT = path.join(CORPUS, 'heldout.jsonl')

/** One labelled message: { text, label: 'scam' | 'legit', type, channel, author }. */
function readJsonl(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .filter((row) => typeof row.text === 'string' && (row.label === 'scam' || row.label === 'legit'))
}

/** The training part, in a fixed order: T1, T2, … */
function trainingSet() {
  const files = fs
    .readdirSync(CORPUS)
    .filter((name) => /^T\d+\.jsonl$/.test(name))
    .sort()
  return files.flatMap((name) => readJsonl(path.join(CORPUS, name)))
}

/** The team-written set, labelled as the corpus is (author "team"). */
function teamSet() {
  const { scam, ordinary } = require('../test/fixtures/messages/expand')
  const row = (label) => (message) => ({ text: message.text, label, type: message.category, channel: message.channel, author: 'team' })
  return [...scam().map(row('scam')), ...ordinary().map(row('legit'))]
}

function heldoutSet() {
  return readJsonl(HELDOUT)
}

/** Held-out parts by further authors (heldout-2.jsonl, …), each reported on its own. */
function otherHeldoutSets() {
  return fs
    .readdirSync(CORPUS)
    .filter((name) => /^heldout-\d+\.jsonl$/.test(name))
    .sort()
    .map((name) => ({ name, rows: readJsonl(path.join(CORPUS, name)) }))
}

module.exports = { trainingSet, heldoutSet, otherHeldoutSets, teamSet, readJsonl, CORPUS, HELDOUT }
