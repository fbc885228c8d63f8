import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CorroborateError } from '../../src/errors.js'
import {
  extractCitations,
  extractDetails,
  extractFromMapped,
  extractStatement,
  refiners,
  resolveAliases,
} from '../../src/extract/index.js'
import { OPEN_END } from '../../src/extract/normalize.js'
import { identityMap, MappedTextBuilder } from '../../src/parse/offsets.js'
import type { Detail, Statement } from '../../src/types.js'
import { figureCases } from '../fixtures/extract/cases.js'

function statement(index: number, text: string): Statement {
  return {
    id: `a1#${index}`,
    articleId: 'a1',
    index,
    text,
    start: 0,
    end: text.length,
    line: 1,
    column: 1,
    kind: 'sentence',
    details: extractFromMapped(identityMap(text), text, { referenceDate: null }),
    citations: [],
  }
}

function people(statements: Statement[]): Array<[string, unknown]> {
  return statements.flatMap((s) =>
    s.details.filter((d) => d.kind === 'person').map((d) => [d.text, d.value] as [string, unknown]),
  )
}

describe('extractDetails input', () => {
  it('rejects a non-string with E_INPUT_TYPE', () => {
    expect(() => extractDetails(42 as unknown as string)).toThrow(CorroborateError)
    try {
      extractDetails(null as unknown as string)
    } catch (error) {
      expect((error as CorroborateError).code).toBe('E_INPUT_TYPE')
    }
  })

  it('rejects empty or blank text with E_INPUT_EMPTY', () => {
    for (const text of ['', '   \n\t']) {
      expect(() => extractDetails(text)).toThrow(expect.objectContaining({ code: 'E_INPUT_EMPTY' }))
    }
  })

  it('rejects text over maxInputLength with E_INPUT_TOO_LARGE', () => {
    expect(() => extractDetails('Twelve people died.', { maxInputLength: 5 })).toThrow(
      expect.objectContaining({ code: 'E_INPUT_TOO_LARGE' }),
    )
  })

  it('rejects a referenceDate that is no date with E_OPTION', () => {
    expect(() => extractDetails('On Thursday 12 people died.', { referenceDate: 'soon' })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    )
  })

  it('gives the same details for the same text, every time', () => {
    const text =
      'On Thursday about 9,000 troops marched, according to Reuters. "We stand together," Putin said.'
    expect(extractDetails(text, { referenceDate: '2025-05-09' })).toEqual(
      extractDetails(text, { referenceDate: '2025-05-09' }),
    )
  })

  it('keeps details JSON-safe: an open interval ends at MAX_SAFE_INTEGER, never Infinity', () => {
    const [detail] = extractDetails('More than 300 firefighters battled the blaze.')
    expect(detail?.value).toEqual({ min: 300, max: OPEN_END })
    expect(JSON.parse(JSON.stringify(detail))).toEqual(detail)
  })
})

describe('names with initials', () => {
  it('never runs a name on from a capital letter that ends a sentence into the next one', () => {
    for (const text of [
      'The class voted for Plan B. The council ignored it.',
      'It was rated grade A. But the inspectors left.',
    ]) {
      const names = extractDetails(text).filter((d) => ['person', 'organization', 'place'].includes(d.kind))
      for (const name of names) expect(name.text).not.toMatch(/\b(?:The|But)\b/)
    }
  })
})

describe('corporate titles', () => {
  it.each([
    ['Chief Executive Maria Ostrowski said the plant would reopen.', 'Maria Ostrowski'],
    ['Chief Operating Officer Dan Pell said output would resume.', 'Dan Pell'],
    ['Chief Financial Officer Ana Ruiz resigned on Friday.', 'Ana Ruiz'],
  ])('leaves the title out of the person in %j', (text, person) => {
    const people = extractDetails(text).filter((d) => d.kind === 'person')
    expect(people.map((d) => d.value)).toEqual([person])
  })

  it('still reads a capitalised committee as an organisation', () => {
    const names = extractDetails('The Executive Committee met on Monday.').filter(
      (d) => d.kind === 'organization',
    )
    expect(names.map((d) => d.value)).toEqual(['Executive Committee'])
  })
})

describe('odd input', () => {
  it.each([
    ['emoji', '🔥 At least 12 people 👨‍👩‍👧 were killed 🙏 in the blast.'],
    ['NUL characters', 'About\u0000 9,000\u0000 troops marched.'],
    ['lone surrogates', '\ud800About 9,000 troops\udfff marched "in \ud83d step".'],
    ['only quotes', '"""""“““”””‘‘’’«««»»»'],
    ['a long run of digits', '9'.repeat(50_000)],
    ['a long run of number words', 'ninety-nine '.repeat(5_000)],
    ['a long run of capitals', 'Moscow '.repeat(5_000)],
  ])('never throws on %s, and its spans still reproduce the text', (_name, text) => {
    const details = extractDetails(text)
    for (const detail of details) expect(text.slice(detail.start, detail.end)).toBe(detail.text)
  })

  it('reads a 1 MB article in one piece, every span reproducing the text', () => {
    const sentences = Object.values(figureCases)
      .flat()
      .map((c) => c.text)
      .join(' ')
    const text = `${sentences}\n`.repeat(Math.ceil(1_000_000 / (sentences.length + 1)))
    const details = extractDetails(text, { referenceDate: '2025-05-09' })
    expect(details.length).toBeGreaterThan(1000)
    for (const detail of details) expect(text.slice(detail.start, detail.end)).toBe(detail.text)
  })

  it('never throws on any string, and every span reproduces its text (property)', () => {
    const news = fc.constantFrom(
      'About 9,000 troops',
      ' $240 billion',
      ' said Putin',
      ' "we will win,"',
      ' on Thursday',
      ' 90%',
      ' between 5 and 7',
      ' COVID-19',
      ' Dr. Elena Marsh',
      ' according to police',
      '\u0000',
      '\ud800',
      '🙂',
      '\n',
    )
    const text = fc.array(
      fc.oneof(news, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })),
      {
        maxLength: 12,
      },
    )
    fc.assert(
      fc.property(text, (parts) => {
        const joined = parts.join('')
        if (joined.trim() === '') return
        for (const detail of extractDetails(joined, { referenceDate: '2025-05-09' })) {
          expect(joined.slice(detail.start, detail.end)).toBe(detail.text)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('extractFromMapped', () => {
  it('maps every span back to the raw input through the offset map', () => {
    // '<p>Police said <b>12</b> people died &amp; 30 were hurt.</p>' read as 'Police said 12 people died & 30 were hurt.'
    const raw = '<p>Police said <b>12</b> people died &amp; 30 were hurt.</p>'
    const builder = new MappedTextBuilder()
    const at = (part: string): number => raw.indexOf(part)
    builder.copy(raw, at('Police'), at('<b>'))
    builder.copy(raw, at('12'), at('</b>'))
    builder.copy(raw, at(' people'), at('&amp;'))
    builder.substitute('&', at('&amp;'), at(' 30'))
    builder.copy(raw, at(' 30'), at('</p>'))
    const content = builder.build()
    expect(content.text).toBe('Police said 12 people died & 30 were hurt.')
    const details = extractFromMapped(content, raw, { referenceDate: null })
    for (const detail of details) expect(raw.slice(detail.start, detail.end)).toBe(detail.text)
    const counts = details.filter((detail) => detail.kind === 'count')
    expect(counts.map((detail) => [detail.text, detail.subject])).toEqual([
      ['12', 'deaths'],
      ['30', 'injuries'],
    ])
  })

  it('runs its refiners from one literal ordered list', () => {
    expect(refiners.map((refine) => refine.name)).toEqual([
      'removeBlocked',
      'removeOverlaps',
      'shareUnits',
      'mergeRanges',
      'attachHedges',
      'attachSubjects',
    ])
  })
})

describe('extractCitations', () => {
  it('turns attributions and quote speakers into citations over the raw text', () => {
    const raw = '"We are ready," Ortiz told reporters, according to state media.'
    const citations = extractCitations(identityMap(raw), raw)
    expect(
      citations.map((citation) => [citation.kind, citation.source, raw.slice(citation.start, citation.end)]),
    ).toEqual([
      ['quote', 'Ortiz', '"We are ready,"'],
      ['said', 'Ortiz', 'Ortiz told reporters'],
      ['according-to', 'state media', 'according to state media'],
    ])
  })
})

describe('extractStatement', () => {
  it('gives the details of extractFromMapped and the citations of extractCitations, from one extraction', () => {
    const raw = '"We are ready," Ortiz told reporters, adding that 40 boats sank, according to state media.'
    const both = extractStatement(identityMap(raw), raw, { referenceDate: null })
    expect(both.details).toEqual(extractFromMapped(identityMap(raw), raw, { referenceDate: null }))
    expect(both.citations).toEqual(extractCitations(identityMap(raw), raw))
  })

  it('keeps no state between calls: a Title Case heading read first changes nothing after it', () => {
    const text = 'Ana Ortiz said the port would reopen.'
    const fresh = extractDetails(text)
    extractDetails('Port Calloway Ferry Disaster: What We Know So Far')
    extractDetails(`Port Calloway Ferry Disaster: What We Know So Far\n${text}`)
    expect(extractDetails(text)).toEqual(fresh)
  })
})

describe('resolveAliases', () => {
  it("gives short and titled mentions the article's full name", () => {
    const statements = [
      statement(0, 'Russian President Vladimir Putin opened the parade.'),
      statement(1, 'President Putin then spoke for ten minutes.'),
      statement(2, "Putin's speech was brief."),
    ]
    expect(people(resolveAliases(statements))).toEqual([
      ['Russian President Vladimir Putin', 'Vladimir Putin'],
      ['President Putin', 'Vladimir Putin'],
      ['Putin', 'Vladimir Putin'],
    ])
  })

  it('matches a family name written first (Xi Jinping -> Xi)', () => {
    const statements = [
      statement(0, 'Chinese President Xi Jinping arrived on Tuesday.'),
      statement(1, 'Xi said the ties were strong.'),
    ]
    const resolved = resolveAliases(statements)
    expect(people(resolved)).toEqual([
      ['Chinese President Xi Jinping', 'Xi Jinping'],
      ['Xi', 'Xi Jinping'],
    ])
    const attribution = resolved[1]!.details.find((detail) => detail.kind === 'attribution')
    expect(attribution).toMatchObject({ value: 'Xi Jinping', source: 'Xi Jinping' })
  })

  it('gives speaker citations the full name as well', () => {
    const first = statement(0, 'Chinese President Xi Jinping arrived on Tuesday.')
    const second = statement(1, 'Xi said the ties were strong.')
    const withCitation = { ...second, citations: extractCitations(identityMap(second.text), second.text) }
    const resolved = resolveAliases([first, withCitation])
    expect(resolved[1]!.citations.map((citation) => [citation.kind, citation.source])).toEqual([
      ['said', 'Xi Jinping'],
    ])
  })

  it("resolves 'the Russian president' only where the article names him so", () => {
    const named = resolveAliases([
      statement(0, 'Russian President Vladimir Putin watched from the stand.'),
      statement(1, 'Later, the Russian president laid a wreath.'),
    ])
    expect(people(named)).toEqual([
      ['Russian President Vladimir Putin', 'Vladimir Putin'],
      ['the Russian president', 'Vladimir Putin'],
    ])
    const unnamed = resolveAliases([statement(0, 'Later, the Russian president laid a wreath.')])
    expect(people(unnamed)).toEqual([])
  })

  it("reads 'the Chinese leader' as the one Chinese head of state the article names", () => {
    const resolved = resolveAliases([
      statement(0, 'Chinese President Xi Jinping joined the talks.'),
      statement(1, 'The Chinese leader noted that trade had grown.'),
    ])
    expect(people(resolved)).toEqual([
      ['Chinese President Xi Jinping', 'Xi Jinping'],
      ['The Chinese leader', 'Xi Jinping'],
    ])
  })

  it("gives a place read from 'over' or 'in' the person whose family name it is, never a first name", () => {
    const names = (statements: Statement[]) =>
      resolveAliases(statements).flatMap((s) =>
        s.details.filter((d) => d.kind === 'place' || d.kind === 'person').map((d) => [d.kind, d.value]),
      )
    expect(
      names([
        statement(0, 'Marta Ilse Brandvold, 66, was crossing the road.'),
        statement(1, 'The driver drove over Brandvold and sped away.'),
      ]),
    ).toEqual([
      ['person', 'Marta Ilse Brandvold'],
      ['person', 'Marta Ilse Brandvold'],
    ])
    expect(
      names([
        statement(0, 'Halden Ropers guard Ivo Marsh scored 12 points.'),
        statement(1, 'The team flew back to Halden on Sunday.'),
      ]),
    ).toEqual([
      // The team read as a person, as real copy's 'Portland Trail Blazers' was.
      ['person', 'Halden Ropers'],
      ['person', 'Ivo Marsh'],
      ['place', 'Halden'],
    ])
  })

  it('leaves a short name alone when two full names share it', () => {
    const resolved = resolveAliases([
      statement(0, 'Anna Lind and Erik Lind signed the letter.'),
      statement(1, 'Lind said the letter was overdue.'),
    ])
    expect(people(resolved).map(([, value]) => value)).toEqual(['Anna Lind', 'Erik Lind', 'Lind'])
  })

  it('gives pronoun sources the last speaker they can refer back to, in details and citations', () => {
    const texts = [
      'Harbour master Ines Varga said 12 boats sank overnight.',
      'Twelve people died, she said.',
      'The port authority said 40 boats were damaged.',
      'It said repairs would take weeks.',
      'He added that 3 piers collapsed.',
      'They said the port would reopen on Friday.',
    ]
    const statements = texts.map((text, i) => ({
      ...statement(i, text),
      citations: extractCitations(identityMap(text), text),
    }))
    const resolved = resolveAliases(statements)
    const sources = resolved.map((s) => s.citations.map((citation) => citation.source))
    expect(sources).toEqual([
      ['Ines Varga'],
      ['Ines Varga'],
      ['port authority'],
      ['port authority'],
      ['Ines Varga'],
      ['port authority'],
    ])
    const values = resolved.map((s) => s.details.find((d) => d.kind === 'attribution')?.value)
    expect(values).toEqual(sources.map(([source]) => source))
  })

  it('keeps a pronoun nothing earlier names, and gives "the mayor" the mayor the article names', () => {
    const alone = resolveAliases([
      statement(0, 'The ferry capsized at dawn.'),
      statement(1, 'He said 14 were missing.'),
    ])
    expect(alone[1]!.details.find((d) => d.kind === 'attribution')?.value).toBe('he')
    const mayor = resolveAliases([
      statement(0, 'Mayor Lena Brandt opened the shelter.'),
      statement(1, 'The mayor said 300 families had arrived.'),
      statement(2, 'She said 40 more were expected.'),
    ])
    expect(mayor.map((s) => s.details.find((d) => d.kind === 'attribution')?.value)).toEqual([
      undefined,
      'Lena Brandt',
      'Lena Brandt',
    ])
  })

  it("never reads 'he' or 'she' as an institution", () => {
    const resolved = resolveAliases([
      statement(0, 'The ministry said 41 people had died.'),
      statement(1, 'He said the count was final.'),
    ])
    expect(resolved[1]!.details.find((d) => d.kind === 'attribution')?.value).toBe('he')
  })

  it('is pure: the input statements are not changed', () => {
    const statements = [statement(0, 'Vladimir Putin spoke.'), statement(1, 'Putin left.')]
    const before = JSON.stringify(statements)
    resolveAliases(statements)
    expect(JSON.stringify(statements)).toBe(before)
  })
})

describe('details a fact-checker compares', () => {
  it("gives '12 people were killed' and '14 dead' the same subject", () => {
    const subjectOf = (text: string): string | null =>
      (extractDetails(text).find((detail) => detail.kind === 'count') as Detail).subject
    expect(subjectOf('Police said 12 people were killed.')).toBe('deaths')
    expect(subjectOf('Rescuers counted 14 dead.')).toBe(subjectOf('Police said 12 people were killed.'))
  })

  it('keeps relative weekdays readable without a reference date', () => {
    const dates = extractDetails('The parade was held on Thursday.').filter(
      (detail) => detail.kind === 'date',
    )
    expect(dates.map((detail) => detail.value)).toEqual(['thursday'])
  })
})
