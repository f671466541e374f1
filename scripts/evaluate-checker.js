#!/usr/bin/env node
// `npm run -s evaluate-checker`: the message checker's figures, by type, on the training part of
// the corpus and on the team's set (regression data, never trained on); with `--heldout`, on the
// held-out part beside them. The issue's
// targets are measured on the held-out part: recall ≥ 97%, legitimate rated scam ≤ 1%, rated
// suspicious ≤ 5%. Nothing here tunes anything: it reports.
const fs = require('fs')
const { loadChecker } = require('./check-messages')
const { trainingSet, teamSet, heldoutSet, otherHeldoutSets, HELDOUT } = require('./checker-corpus')
const { figures, formatTable } = require('./checker-eval')

const TARGETS = { recall: 0.97, scamRate: 0.01, suspiciousRate: 0.05 }

function main() {
  const { verdictOf } = loadChecker()
  const sets = {}
  const training = trainingSet()
  sets[`training (${training.length})`] = figures(
    training,
    training.map((row) => verdictOf(row.text)),
  )
  const team = teamSet()
  sets[`team set (${team.length})`] = figures(
    team,
    team.map((row) => verdictOf(row.text)),
  )
  if (process.argv.includes('--heldout')) {
    if (!fs.existsSync(HELDOUT)) throw new Error('test/fixtures/messages/corpus/heldout.jsonl is missing')
    const heldout = heldoutSet()
    sets[`held-out (${heldout.length})`] = figures(
      heldout,
      heldout.map((row) => verdictOf(row.text)),
    )
    for (const { name, rows } of otherHeldoutSets())
      sets[`${name} (${rows.length})`] = figures(
        rows,
        rows.map((row) => verdictOf(row.text)),
      )
  }
  console.log(formatTable(sets))
  for (const [name, rows] of Object.entries(sets)) {
    const scam = rows.find((row) => row.key === '全部诈骗')
    const legit = rows.find((row) => row.key === '全部正常')
    const met = scam.recall >= TARGETS.recall && legit.scamRate <= TARGETS.scamRate && legit.suspiciousRate <= TARGETS.suspiciousRate
    console.log(
      `${name}: recall ${(scam.recall * 100).toFixed(1)}%, legitimate rated scam ${(legit.scamRate * 100).toFixed(1)}%, rated suspicious ${(legit.suspiciousRate * 100).toFixed(1)}% — targets ${met ? 'met' : 'not met'}`,
    )
  }
}

main()
