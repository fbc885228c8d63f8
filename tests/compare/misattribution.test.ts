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

describe('a speaker read back from an earlier statement', () => {
  // Harbour quotes the skipper with 'he said' after a sentence that quotes the harbour master:
  // the pronoun is read as the harbour master, which Harbour never wrote.
  const harbour = [
    'The trawler Linnet ran aground off Keswick Point on Sunday.',
    'Harbour master Otto Brenn said the tide had turned early.',
    'Skipper Anton Veld issued a statement through the owners.',
    '"I was steering by the old channel markers," he said.',
  ].join(' ')
  const ridge = [
    'The trawler Linnet ran aground off Keswick Point on Sunday.',
    '"On Sunday night I was steering by the old channel markers," Veld said in his statement.',
  ].join(' ')

  it('grounds no misattribution: a partial quote stays compatible', () => {
    const report = compare([
      { id: 'harbour', text: harbour },
      { id: 'ridge', text: ridge },
    ])
    const quotes = report.claims.flatMap((claim) => claim.comparisons).filter((c) => c.kind === 'quote')
    expect(quotes.map((c) => [c.status, c.reason])).toEqual([
      ['compatible', 'One outlet quotes only part of the same words.'],
    ])
    expect(report.findings.filter((finding) => finding.rule === 'misattributed-quote')).toEqual([])
  })

  it('keeps a misattribution when both statements name their speaker', () => {
    const named = harbour.replace('he said', 'Brenn said')
    const report = compare([
      { id: 'harbour', text: named },
      { id: 'ridge', text: ridge },
    ])
    const quotes = report.claims.flatMap((claim) => claim.comparisons).filter((c) => c.kind === 'quote')
    expect(quotes.map((c) => c.status)).toEqual(['diverge'])
    expect(report.findings.filter((finding) => finding.rule === 'misattributed-quote')).toHaveLength(2)
  })
})
