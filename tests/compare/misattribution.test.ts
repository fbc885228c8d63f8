// Issue 11: the same words given to two different named people by two outlets are a finding of
// their own rule, 'misattributed-quote', never 'both outlets quote the same words'. Copy written
// for these tests (fictional people and outlets).

import { describe, expect, it } from 'vitest'
import { compare } from '../../src/index.js'

const line = (finding: { articleId: string; rule: string; severity: string; message: string }) =>
  `${finding.articleId} ${finding.rule}/${finding.severity}: ${finding.message}`

describe('misattributed-quote', () => {
  it('flags each side when two outlets give the same words to two people, named by inverted cues', () => {
    const report = compare([
      {
        id: 'harbour',
        text: 'Flood defences failed on Friday. "We gambled with people\'s homes and we lost," said Mayor Jo Marsh.',
      },
      {
        id: 'ridge',
        text: 'Flood defences failed on Friday. "We gambled with people\'s homes and we lost," admitted council leader Pia Lund.',
      },
    ])
    const quoteFindings = report.findings.filter(
      (finding) => finding.rule === 'misattributed-quote' || finding.rule === 'misquote',
    )
    expect(quoteFindings.map(line)).toEqual([
      "harbour misattributed-quote/note: Possible misattribution (confidence 0.40): Jo Marsh's quote is attributed to Pia Lund in ridge",
      "ridge misattributed-quote/note: Possible misattribution (confidence 0.40): Pia Lund's quote is attributed to Jo Marsh in harbour",
    ])
  })

  it('raises none when both outlets name the same person, one with a role', () => {
    const report = compare([
      {
        id: 'harbour',
        text: 'Flood defences failed on Friday. "We gambled with people\'s homes and we lost," said Mayor Jo Marsh.',
      },
      {
        id: 'ridge',
        text: 'Flood defences failed on Friday. "We gambled with people\'s homes and we lost," sighed Marsh.',
      },
    ])
    expect(report.findings.filter((finding) => finding.rule === 'misattributed-quote')).toEqual([])
  })
})
