import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segment } from '../../src/segment/index.js'

// An aggregator page as such sites print it (written for this test; fictional town and outlets):
// a repeated title, headings without full stops, outlet names glued to reference numbers, a
// video list and comment prompts.
const raw = readFileSync(new URL('../fixtures/segment/aggregate-page.txt', import.meta.url), 'utf8')
const statements = segment(raw, { outletMarkers: ['Vale Herald', 'Coast News'] })
const byText = (start: string) => statements.find((statement) => statement.text.startsWith(start))

describe('an aggregator page', () => {
  it('keeps headings apart from the sentences after them', () => {
    const headings = statements
      .filter((statement) => statement.kind === 'heading')
      .map((statement) => statement.text)
    // The title the page prints twice at the top is one heading; the repeat is a fragment.
    expect(headings).toEqual([
      'Harbour Wall Gives Way in Port Alder: Hundreds Evacuated Overnight',
      'A Long-Feared Failure',
      'Officials Defend Their Record',
      'What Happens Next',
      'Related Coverage',
      'Coast News',
    ])
    expect(byText('In a night of rising water')?.text).toBe(
      'In a night of rising water, a section of the old harbour wall in Port Alder collapsed shortly after 2 a.m. on Tuesday.',
    )
  })

  it('removes outlet markers from the text and records them as citations', () => {
    expect(statements.some((statement) => /(Herald|News|Reuters)\d/.test(statement.text))).toBe(false)
    const sliding = byText('Engineers said a 40-metre stretch')
    expect(sliding?.text).toBe(
      'Engineers said a 40-metre stretch slid into the water as a storm surge peaked.',
    )
    expect(
      sliding?.citations.map((citation) => [citation.source, raw.slice(citation.start, citation.end)]),
    ).toEqual([['Vale Herald', 'Vale Herald1']])
    expect(byText('Another 300 stayed')?.text).toBe('Another 300 stayed with relatives in Upper Alder.')
    expect(byText('Critics disagreed')?.citations.map((citation) => citation.source)).toEqual(['Reuters'])
  })

  it('keeps abbreviations, initials and quotes with attribution inside their sentences', () => {
    expect(byText('About 1,200 people')?.text).toBe(
      'About 1,200 people spent the night in the St. Brigid sports hall, according to the county council.',
    )
    expect(byText('Mayor Rosa K. Brandt')?.text).toBe(
      'Mayor Rosa K. Brandt said repairs had been budgeted at $4.5m for next year.',
    )
    expect(byText('"Nobody could')?.text).toBe(
      '"Nobody could have predicted a surge of this size," she told reporters.',
    )
    expect(byText('Dr. Ingrid Soll')?.text).toContain('"entirely foreseeable."')
    expect(byText('The U.S. Army')?.text).toBe(
      'The U.S. Army Corps of Engineers had offered advice in 2021, she said.',
    )
  })

  it('marks the repeated title, the video list, time stamps and comment prompts as fragments', () => {
    const fragments = statements
      .filter((statement) => statement.kind === 'fragment')
      .map((statement) => statement.text)
    expect(fragments).toEqual([
      'Harbour Wall Gives Way in Port Alder: Hundreds Evacuated Overnight',
      'youtube',
      '3 hours ago',
      'youtube',
      'youtube',
      '11 hours ago',
      'Post a Comment',
      'Previous Post Next Post',
    ])
  })

  it('gives every statement its exact source span', () => {
    for (const statement of statements) {
      const slice = raw.slice(statement.start, statement.end).replace(/\s+/g, ' ')
      if (statement.citations.length === 0) expect(slice).toBe(statement.text)
    }
  })
})
