// Figures for the message checker over a labelled set, by type: recall (scam rated 很可能是诈骗 or
// 有可疑之处), and for legitimate messages the share rated scam and rated suspicious.

/** verdicts[i] is the checker's verdict for rows[i]. */
function figures(rows, verdicts) {
  const table = new Map()
  const add = (key, row, verdict) => {
    const entry = table.get(key) ?? { label: row.label, total: 0, scam: 0, suspicious: 0 }
    entry.total += 1
    if (verdict === 'scam') entry.scam += 1
    if (verdict === 'suspicious') entry.suspicious += 1
    table.set(key, entry)
  }
  rows.forEach((row, index) => {
    add(row.label === 'scam' ? '全部诈骗' : '全部正常', row, verdicts[index])
    add(`${row.label === 'scam' ? '诈骗' : '正常'} · ${row.type}`, row, verdicts[index])
  })
  return [...table.entries()]
    .sort(([a], [b]) => (a.startsWith('全部') === b.startsWith('全部') ? a.localeCompare(b, 'zh') : a.startsWith('全部') ? -1 : 1))
    .map(([key, entry]) => ({
      key,
      label: entry.label,
      total: entry.total,
      recall: entry.label === 'scam' ? (entry.scam + entry.suspicious) / entry.total : null,
      scamRate: entry.scam / entry.total,
      suspiciousRate: entry.suspicious / entry.total,
    }))
}

const percent = (value) => (value === null ? '' : `${(value * 100).toFixed(1)}%`)

/** A plain-text table; several sets side by side when given { name: figures }. */
function formatTable(sets) {
  const names = Object.keys(sets)
  const keys = [...new Set(names.flatMap((name) => sets[name].map((row) => row.key)))]
  const lines = [`${'set / type'.padEnd(24)}${names.map((name) => `| ${name.padEnd(30)}`).join('')}`]
  lines.push(
    `${''.padEnd(24)}${names.map(() => `| ${'n'.padStart(5)} ${'recall'.padStart(7)} ${'scam'.padStart(7)} ${'susp.'.padStart(7)}  `).join('')}`,
  )
  for (const key of keys) {
    const cells = names.map((name) => {
      const row = sets[name].find((candidate) => candidate.key === key)
      if (!row) return `| ${''.padEnd(30)}`
      return `| ${String(row.total).padStart(5)} ${percent(row.recall).padStart(7)} ${percent(row.scamRate).padStart(7)} ${percent(row.suspiciousRate).padStart(7)}  `
    })
    lines.push(`${key.padEnd(24 - [...key].filter((char) => char > '\u2e80').length)}${cells.join('')}`)
  }
  return lines.join('\n')
}

module.exports = { figures, formatTable }
