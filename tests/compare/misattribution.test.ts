// Issue 11: the same words given to two different named people by two outlets are a finding of
// their own rule, 'misattributed-quote', never 'both outlets quote the same words'. Copy written
// for these tests (fictional people and outlets).

import { describe, expect, it } from 'vitest'
import { compare } from '../../src/index.js'
import type { Finding } from '../../src/types.js'

const quote = '"We gambled with people\'s homes and we lost,"'

/** The quote findings when Harbour gives the quote to `harbourCue` and Ridge to `ridgeCue`. */
function quoteFindings(harbourCue: string, ridgeCue: string): string[] {
  const report = compare([
    { id: 'harbour', text: `Flood defences failed on Friday. ${quote} ${harbourCue}.` },
    { id: 'ridge', text: `Flood defences failed on Friday. ${quote} ${ridgeCue}.` },
  ])
  return report.findings
    .filter((finding: Finding) => finding.rule === 'misattributed-quote' || finding.rule === 'misquote')
    .map((finding) => `${finding.articleId} ${finding.rule}/${finding.severity}: ${finding.message}`)
}

describe('misattributed-quote', () => {
  it('flags each side when two outlets give the same words to two people, named by inverted cues', () => {
    expect(quoteFindings('said Mayor Jo Marsh', 'admitted council leader Pia Lund')).toEqual([
      "harbour misattributed-quote/note: Possible misattribution (confidence 0.40): Jo Marsh's quote is attributed to Pia Lund in ridge",
      "ridge misattributed-quote/note: Possible misattribution (confidence 0.40): Pia Lund's quote is attributed to Jo Marsh in harbour",
    ])
  })

  it('raises none when both outlets name the same person, one with a role', () => {
    expect(quoteFindings('said Mayor Jo Marsh', 'sighed Marsh')).toEqual([])
  })
})
