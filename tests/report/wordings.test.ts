// One value written two ways (a date as 'Tuesday afternoon' and as 'October 14'): a report
// names each outlet beside its own words, never beside another outlet's.
import { describe, expect, it } from 'vitest'
import { describeComparison, valueGroups } from '../../src/report/describe.js'
import { render } from '../../src/report/index.js'
import type { Claim, DetailComparison, Report } from '../../src/types.js'
import { sampleReport } from '../fixtures/report/sample-report.js'

/** The sample report with c4's date agreement worded by the local paper as 'May 16'. */
function reworded(): Report {
  const report = sampleReport()
  const claims = report.claims.map((claim): Claim => {
    if (claim.id !== 'c4') return claim
    const comparisons = claim.comparisons.map((comparison): DetailComparison => {
      if (comparison.kind !== 'date') return comparison
      const values = comparison.values.map((value) =>
        value.articleId === 'local' ? { ...value, detail: { ...value.detail, text: 'May 16' } } : value,
      )
      return { ...comparison, values }
    })
    return { ...claim, comparisons }
  })
  return { ...report, claims }
}

const labels = new Map([
  ['wire', 'Northgate Wire'],
  ['broadcaster', 'Channel Meridian'],
  ['local', 'Varlen Courier'],
])

describe('an agreed value that outlets word differently', () => {
  const date = reworded()
    .claims.find((claim) => claim.id === 'c4')!
    .comparisons.find((c) => c.kind === 'date')!

  it('is one value with two wordings, each with its own outlets', () => {
    const [group] = valueGroups(date)
    expect(valueGroups(date)).toHaveLength(1)
    expect(group!.articleIds).toEqual(['wire', 'broadcaster', 'local'])
    expect(group!.wordings).toEqual([
      { display: 'Friday', articleIds: ['wire', 'broadcaster'] },
      { display: 'May 16', articleIds: ['local'] },
    ])
  })

  it('names each outlet beside its own words in the line', () => {
    expect(describeComparison(date, labels)).toBe(
      'date: Friday (Northgate Wire, Channel Meridian) = May 16 (Varlen Courier)',
    )
  })

  it('in the text, Markdown and HTML reports', () => {
    const report = reworded()
    expect(render(report, 'text')).toMatch(
      /^ {2}agree {6}date: Friday \(Northgate Wire, Channel Meridian\) = May 16 \(Varlen Courier\)$/m,
    )
    expect(render(report, 'markdown')).not.toContain(
      'Friday (Northgate Wire, Channel Meridian, Varlen Courier)',
    )
    expect(render(report, 'html')).toContain(
      '<span class="value">Friday</span> <span class="who">(Northgate Wire, Channel Meridian)</span> <span class="vs">=</span> <span class="value">May 16</span> <span class="who">(Varlen Courier)</span>',
    )
  })

  it('keeps one wording when only the digits are written differently (12 and Twelve)', () => {
    const troops = sampleReport().claims.find((claim) => claim.id === 'c4')!.comparisons[0]!
    const spelled: DetailComparison = {
      ...troops,
      values: troops.values.map((value) =>
        value.articleId === 'broadcaster'
          ? { ...value, detail: { ...value.detail, text: 'nine thousand troops' } }
          : value,
      ),
    }
    expect(valueGroups(spelled).map((group) => group.wordings.length)).toEqual([1, 1])
  })
})
