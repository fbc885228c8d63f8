// One new finding rule, detail kind and option, each added as one registry entry plus the code
// that is its behaviour.
import { describe, expect, it } from 'vitest'
import { compare, extractDetails } from '../src/index.js'

const harbour = 'The harbour bridge reopened on Monday after 41 days of repairs, the council said.'

describe('duplicate-article', () => {
  it('warns on an article that repeats an earlier one word for word', () => {
    const report = compare([
      { id: 'gazette', outlet: 'Harbour Gazette', text: harbour },
      { id: 'wire', outlet: 'Coast Wire', text: harbour },
      { id: 'post', outlet: 'Evening Post', text: 'The bridge reopened on Monday after 40 days of work.' },
    ])
    const duplicates = report.findings.filter((finding) => finding.rule === 'duplicate-article')
    expect(duplicates.map((finding) => [finding.articleId, finding.message])).toEqual([
      ['wire', 'Coast Wire repeats the text of Harbour Gazette word for word: one source counted twice.'],
    ])
  })
})

describe('hashtag details', () => {
  it('reads a hashtag as itself, and not a number sign or an anchor', () => {
    const details = extractDetails('Residents posted under #FloodRelief as crews fixed pump #3 at AT&T#x.')
    expect(details.filter((detail) => detail.kind === 'hashtag').map((detail) => detail.value)).toEqual([
      '#FloodRelief',
    ])
  })
})

describe('singleSourceNotes', () => {
  const articles = [
    { id: 'gazette', outlet: 'Harbour Gazette', text: `${harbour} Tolls will rise to $4 in June.` },
    {
      id: 'wire',
      outlet: 'Coast Wire',
      text: 'The harbour bridge reopened on Monday after 41 days of repairs.',
    },
  ]
  const notes = (options: { singleSourceNotes?: boolean }) =>
    compare(articles, options).findings.filter((finding) => finding.rule === 'single-source-statement')

  it('notes single-source figures by default and not when turned off, and records the choice', () => {
    expect(notes({}).length).toBeGreaterThan(0)
    expect(notes({ singleSourceNotes: false })).toEqual([])
    expect(compare(articles, { singleSourceNotes: false }).options.singleSourceNotes).toBe(false)
  })
})
