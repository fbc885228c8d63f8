import { describe, expect, it } from 'vitest'
import { compare, type DetailExtractor, type DetailRefiner, extractDetails } from '../../src/index.js'
import { corroborateError } from '../support/errors.js'

// options.extractors and options.refiners: user code run beside the built-in extractors and
// after the built-in refiners, everything it returns checked before it reaches a detail.

/** Reads '52-48' as a count of yes votes and a count of no votes. */
const voteTally: DetailExtractor = {
  name: 'vote-tally',
  pattern: /\b(\d{1,3})-(\d{1,3})\b/g,
  extract(match) {
    const [whole, yes = '', no = ''] = match
    const end = match.index + whole.length
    return [
      {
        kind: 'count',
        text: yes,
        start: match.index,
        end: match.index + yes.length,
        value: Number(yes),
        subject: 'yes vote',
      },
      { kind: 'count', text: no, start: end - no.length, end, value: Number(no), subject: 'no vote' },
    ]
  },
}

const counts = (text: string, options = {}) =>
  extractDetails(text, options)
    .filter((detail) => detail.kind === 'count')
    .map((detail) => [detail.text, detail.value, detail.subject, detail.start, detail.end])

const extractorError = corroborateError

describe('a user extractor', () => {
  const vote = 'Lawmakers passed the housing bill 52-48 late on Thursday.'

  it('adds its details, and on the same words its reading wins over the built-in one', () => {
    // Built in, each side of a tally counts a 'tally'.
    expect(counts(vote)).toEqual([
      ['52', 52, 'tally', 34, 36],
      ['48', 48, 'tally', 37, 39],
    ])
    expect(counts(vote, { extractors: [voteTally] })).toEqual([
      ['52', 52, 'yes vote', 34, 36],
      ['48', 48, 'no vote', 37, 39],
    ])
  })

  it('gets the display text, and its offsets are mapped back to the raw input', () => {
    const raw = 'Lawmakers **passed** the housing bill [52-48](https://example.org/roll) on Thursday.'
    const seen: string[] = []
    const spy: DetailExtractor = {
      name: 'spy',
      pattern: /\d+-\d+/g,
      extract: (match, text) => {
        seen.push(text)
        return {
          kind: 'count',
          text: match[0],
          start: match.index,
          end: match.index + match[0].length,
          value: 1,
        }
      },
    }
    const report = compare([{ id: 'md', format: 'markdown', text: raw }], { extractors: [spy] })
    expect(seen).toEqual(['Lawmakers passed the housing bill 52-48 on Thursday.'])
    const detail = report.articles[0]!.statements[0]!.details.find((d) => d.kind === 'count')!
    expect(raw.slice(detail.start, detail.end)).toBe('52-48')
    expect(detail.text).toBe('52-48')
  })

  it('lets compare find a tally that diverges between two outlets', () => {
    const articles = [
      { id: 'wire', text: 'The senate passed the water bill 52-48 on Tuesday after a long debate.' },
      { id: 'local', text: 'The senate passed the water bill 51-49 on Tuesday after a long debate.' },
    ]
    const sides = (options = {}) =>
      compare(articles, options)
        .claims.flatMap((claim) => claim.comparisons)
        .filter((comparison) => comparison.kind === 'count')
        .map((comparison) => [comparison.subject, comparison.status])
    // Built in, each side is one of two tallies in its statement: nothing to compare them with.
    expect(sides()).not.toContainEqual(['tally', 'diverge'])
    expect(sides({ extractors: [voteTally] })).toEqual([
      ['yes vote', 'diverge'],
      ['no vote', 'diverge'],
    ])
    const report = compare(articles, { extractors: [voteTally] })
    expect(report.claims[0]!.status).toBe('disputed')
    expect(report.findings.map((finding) => finding.message)).toContain(
      'Number of yes votes 52 diverges from 51 (local)',
    )
  })

  it('gets a hedge and a subject from the built-in refiners when it leaves them null', () => {
    const busloads: DetailExtractor = {
      name: 'busloads',
      pattern: /\b(\d+) busloads\b/g,
      extract: (match) => ({
        kind: 'count',
        text: match[0],
        start: match.index,
        end: match.index + match[0].length,
        value: 50 * Number(match[1]),
      }),
    }
    const text = 'About 4 busloads of firefighters fought the blaze.'
    const read = (options = {}) =>
      extractDetails(text, options).map((detail) => [detail.text, detail.value, detail.hedge, detail.subject])
    expect(read()).toEqual([['About 4', { min: 4, max: 4 }, 'about', 'busload']])
    expect(read({ extractors: [busloads] })).toEqual([
      ['About 4 busloads', { min: 200, max: 200 }, 'about', 'firefighter'],
    ])
  })

  it('changes nothing where its pattern does not match', () => {
    const text = 'Officials said 12 people died in the fire on Thursday, and 400 were evacuated.'
    expect(extractDetails(text, { extractors: [voteTally] })).toEqual(extractDetails(text))
  })
})

describe('the fields of who says what', () => {
  it("keeps a quote's source and cue, and names the extractor of every candidate", () => {
    const named: DetailExtractor = {
      name: 'dash-quote',
      // A quote set off by dashes, as some outlets print interviews: '- We stay. - Ana Ortiz'.
      pattern: /- ([^-]+?)\. - ([A-Z]\w+ [A-Z]\w+)/g,
      extract: (match) => ({
        kind: 'quote',
        text: match[1]!,
        start: match.index + 2,
        end: match.index + 2 + match[1]!.length,
        value: match[1]!,
        source: match[2]!,
      }),
    }
    const seen: unknown[] = []
    const spy: DetailRefiner = {
      name: 'spy',
      refine: (candidates) => {
        seen.push(...candidates.map((c) => [c.kind, c.extractor, c.source, c.cue, c.granularity, c.implied]))
        return candidates
      },
    }
    const details = extractDetails('- We stay on the island. - Ana Ortiz', {
      extractors: [named],
      refiners: [spy],
    })
    const quote = details.find((detail) => detail.kind === 'quote')
    expect(quote).toMatchObject({ value: 'We stay on the island', source: 'Ana Ortiz', cue: null })
    expect(quote?.granularity).toBeNull()
    expect(quote?.implied).toBeNull()
    expect(seen).toContainEqual(['quote', 'dash-quote', 'Ana Ortiz', null, null, null])
  })
})

describe('a user refiner', () => {
  it('runs after the built-in refiners, sees each candidate with its text and extractor, and decides what stays', () => {
    const seen: unknown[] = []
    const dropDates: DetailRefiner = {
      name: 'drop-dates',
      refine: (candidates) => {
        seen.push(
          ...candidates.map((candidate) => [
            candidate.kind,
            candidate.text,
            candidate.subject,
            candidate.extractor,
          ]),
        )
        return candidates.filter((candidate) => candidate.kind !== 'date')
      },
    }
    const text = 'Officials said 12 people died on Thursday.'
    const builtIn = extractDetails(text)
    expect(builtIn.map((detail) => detail.kind)).toContain('date')
    expect(extractDetails(text, { refiners: [dropDates] })).toEqual(
      builtIn.filter((detail) => detail.kind !== 'date'),
    )
    // The subject 'deaths' is attach-subjects' work: the built-in refiners ran first.
    expect(seen).toContainEqual(['count', '12', 'deaths', 'count'])
    expect(seen).toContainEqual(['date', 'Thursday', null, 'date'])
  })

  it('runs in the order given, each on what the one before kept', () => {
    const order: string[] = []
    const step = (name: string): DetailRefiner => ({
      name,
      refine: (candidates) => {
        order.push(`${name}:${candidates.length}`)
        return candidates.slice(1)
      },
    })
    const text = 'Officials said 12 people died on Thursday.'
    const all = extractDetails(text).length
    expect(extractDetails(text, { refiners: [step('first'), step('second')] })).toHaveLength(all - 2)
    expect(order).toEqual([`first:${all}`, `second:${all - 1}`])
  })
})

describe('E_EXTRACTOR: a user extractor or refiner that returns a wrong detail or throws', () => {
  const text = 'Lawmakers passed the housing bill 52-48 late on Thursday.'
  const returning = (result: (match: RegExpExecArray) => unknown): DetailExtractor => ({
    name: 'broken-tally',
    pattern: /\b\d{1,3}-\d{1,3}\b/g,
    extract: result as DetailExtractor['extract'],
  })
  const at = (match: RegExpExecArray, fields: object) => ({
    kind: 'count',
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    value: 52,
    ...fields,
  })

  it.each([
    [
      'a span past the statement',
      (m: RegExpExecArray) => at(m, { start: 50, end: 90, text: 'x' }),
      'outside the statement',
    ],
    ['an empty span', (m: RegExpExecArray) => at(m, { end: m.index, text: '' }), 'outside the statement'],
    [
      'offsets that are no whole numbers',
      (m: RegExpExecArray) => at(m, { start: 34.5 }),
      'not whole numbers',
    ],
    [
      'a text that is not the slice',
      (m: RegExpExecArray) => at(m, { start: 0, end: 5 }),
      "whose text '52-48' is not the statement's text at 0..5 ('Lawma')",
    ],
    [
      'a kind corroborate does not have',
      (m: RegExpExecArray) => at(m, { kind: 'tally' }),
      "of kind 'tally'; the kinds are count, money",
    ],
    [
      'a count whose value is a string',
      (m: RegExpExecArray) => at(m, { value: '52' }),
      "whose value '52' is not a finite number",
    ],
    [
      'a count whose value is NaN',
      (m: RegExpExecArray) => at(m, { value: Number.NaN }),
      'not a finite number',
    ],
    [
      'an interval upside down',
      (m: RegExpExecArray) => at(m, { value: { min: 52, max: 48 } }),
      'not a finite number or an interval',
    ],
    [
      'money without a currency',
      (m: RegExpExecArray) => at(m, { kind: 'money', value: { amount: 52 } }),
      'has no currency',
    ],
    [
      'a person with an empty name',
      (m: RegExpExecArray) => at(m, { kind: 'person', value: ' ' }),
      'not a non-empty string',
    ],
    ['an unknown hedge', (m: RegExpExecArray) => at(m, { hedge: 'roughly' }), "hedge is 'roughly'"],
    ['a subject that is no string', (m: RegExpExecArray) => at(m, { subject: 7 }), 'subject is 7'],
    [
      'granularity on a count',
      (m: RegExpExecArray) => at(m, { granularity: 'day' }),
      "granularity is 'day'; only a date has one (leave it out or null)",
    ],
    [
      'a date of a granularity corroborate does not have',
      (m: RegExpExecArray) => at(m, { kind: 'date', value: '2025-05-08', granularity: 'hour' }),
      "granularity is 'hour'; a date's is one of decade, year, month, week, day, time or null",
    ],
    [
      'implied parts on a count',
      (m: RegExpExecArray) => at(m, { implied: ['year'] }),
      'implied parts are a list; only a date has them',
    ],
    [
      'a date implying a part it cannot',
      (m: RegExpExecArray) => at(m, { kind: 'date', value: '2025-05-08', implied: ['hour'] }),
      "a date's are a list of year, month, day, or null",
    ],
    // Schema 2.0.0 renamed a quote's speaker to source, and a detail's extractor name to extractor.
    [
      'a source on a count (the old name of the extractor field)',
      (m: RegExpExecArray) => at(m, { source: 'my-tally' }),
      "count '52-48' with a source ('my-tally'); only a quote or an attribution has one",
    ],
    ['a cue on a count', (m: RegExpExecArray) => at(m, { cue: 'said' }), "with a cue ('said')"],
    [
      'a speaker (renamed source)',
      (m: RegExpExecArray) => at(m, { kind: 'quote', value: 'x', speaker: 'Ana Ortiz' }),
      'with a speaker; who says a quote or an attribution is its source',
    ],
    [
      'an empty extractor name',
      (m: RegExpExecArray) => at(m, { extractor: '' }),
      "extractor is '', not a non-empty string",
    ],
    [
      'an empty subject',
      (m: RegExpExecArray) => at(m, { subject: '' }),
      "subject is '', not a non-empty string",
    ],
    ['a blank unit', (m: RegExpExecArray) => at(m, { unit: '  ' }), "unit is '  ', not a non-empty string"],
    [
      'a Promise (an async extract)',
      (m: RegExpExecArray) => Promise.resolve(at(m, {})),
      'returned a Promise (is it async?',
    ],
    ['undefined instead of null', () => undefined, 'returned undefined where a detail'],
    ['a bare number', () => 52, 'returned 52 where a detail'],
  ])('%s', (_, result, part) => {
    const error = extractorError(() => extractDetails(text, { extractors: [returning(result)] }))
    expect(error.code).toBe('E_EXTRACTOR')
    expect(error.message).toContain("Extractor 'broken-tally' ")
    expect(error.message).toContain(part)
    expect(error.message).toContain("Statement: 'Lawmakers passed the housing bill 52-48 late on Thursday.'")
  })

  it('wraps a throw of the extractor, and compare makes no report', () => {
    const throwing = returning(() => {
      throw new RangeError('bad tally')
    })
    const error = extractorError(() =>
      compare([text, 'Another outlet said the bill passed.'], { extractors: [throwing] }),
    )
    expect(error).toEqual({
      code: 'E_EXTRACTOR',
      message: expect.stringContaining("Extractor 'broken-tally' threw: bad tally."),
    })
  })

  it('wraps a getter or Proxy trap of the returned detail that throws', () => {
    const getter = returning((m) =>
      Object.defineProperty(at(m, {}), 'value', {
        enumerable: true,
        get() {
          throw new Error('value not ready')
        },
      }),
    )
    expect(extractorError(() => extractDetails(text, { extractors: [getter] }))).toEqual({
      code: 'E_EXTRACTOR',
      message: expect.stringContaining("Extractor 'broken-tally' threw: value not ready."),
    })
    const trapped = returning(
      (m) =>
        new Proxy(at(m, {}), {
          get(target, key) {
            if (key === 'end') throw new TypeError('revoked')
            return Reflect.get(target, key)
          },
        }),
    )
    expect(extractorError(() => extractDetails(text, { extractors: [trapped] }))).toEqual({
      code: 'E_EXTRACTOR',
      message: expect.stringContaining("Extractor 'broken-tally' threw: revoked."),
    })
  })

  it('says an async refiner returned a Promise', () => {
    const later: DetailRefiner = {
      name: 'later',
      refine: (async (candidates: unknown) => candidates) as never,
    }
    expect(extractorError(() => extractDetails(text, { refiners: [later] })).message).toContain(
      "Refiner 'later' returned a Promise (is it async? extract and refine must return their result",
    )
  })

  it('checks a refiner the same way', () => {
    const refiner = (refine: DetailRefiner['refine']): DetailRefiner => ({ name: 'shifty', refine })
    const shifted = refiner((candidates) =>
      candidates.map((candidate) => ({ ...candidate, start: candidate.start + 1 })),
    )
    expect(extractorError(() => extractDetails(text, { refiners: [shifted] })).message).toMatch(
      /^Refiner 'shifty' returned a \w+ whose text '.+' is not the statement's text/,
    )
    const notAList = refiner(() => null as never)
    expect(extractorError(() => extractDetails(text, { refiners: [notAList] })).message).toContain(
      "Refiner 'shifty' returned null, not a list of details",
    )
    const throwing = refiner(() => {
      throw new Error('no')
    })
    expect(extractorError(() => extractDetails(text, { refiners: [throwing] })).code).toBe('E_EXTRACTOR')
  })
})

describe('E_OPTION: extractors and refiners of the wrong shape', () => {
  const extract = voteTally.extract
  it.each([
    [{ extractors: voteTally }, 'received an object, not a list'],
    [{ extractors: [null] }, 'item 0 is null, not an object'],
    [{ extractors: [{ pattern: /x/g, extract }] }, 'item 0 has no name'],
    [{ extractors: [voteTally, voteTally] }, "two items are named 'vote-tally'"],
    [{ extractors: [{ name: 'a', pattern: '\\d+', extract }] }, "'a' has no pattern (a RegExp)"],
    [{ extractors: [{ name: 'a', pattern: /\d+/, extract }] }, "the pattern of 'a' has no g flag"],
    [
      { extractors: [{ name: 'a', pattern: /\d+/gy, extract }] },
      "the pattern of 'a' has the y (sticky) flag",
    ],
    [{ extractors: [{ name: 'a', pattern: /\d+/g }] }, "'a' has no extract function"],
    [{ refiners: [{ name: 'r' }] }, "'r' has no refine function"],
    [{ refiners: [{ name: 'r', refine: 'drop' }] }, "'r' has no refine function"],
    [
      { extractors: [{ ...voteTally, name: 'count' }] },
      "holds one named 'count', the name of a built-in extractor and the extractor of its details",
    ],
  ])('%j', (options, part) => {
    const error = extractorError(() => extractDetails('Ten boats sank.', options as never))
    expect(error.code).toBe('E_OPTION')
    expect(error.message).toContain(part)
    expect(error.message).toMatch(/^Option '(extractors|refiners)' (must be a list of|holds one named)/)
  })
})

describe('a user pattern that could loop', () => {
  // Each of these ran for ever before: the scan must end and the built-in details stay.
  const text = 'Crowds cheered 🎉 as the bill passed 52-48.'

  it('steps past an empty match of a u pattern beside an astral character', () => {
    // V8 moves a u pattern's lastIndex from inside a surrogate pair back to its start, so a
    // step of one code unit past the empty match before the emoji matched it again.
    const seen: number[] = []
    const empty: DetailExtractor = {
      name: 'empty',
      pattern: /x*/gu,
      extract(match) {
        seen.push(match.index)
        return null
      },
    }
    expect(counts(text, { extractors: [empty] })).toEqual(counts(text))
    // Empty matches never reach extract (there is no text for a detail).
    expect(seen).toEqual([])
  })

  it('resumes after the match when extract moves the pattern back to the start', () => {
    const pattern = /\d+/g
    const calls: string[] = []
    const rewinding: DetailExtractor = {
      name: 'rewinding',
      pattern,
      extract(match) {
        calls.push(match[0])
        pattern.lastIndex = 0
        return null
      },
    }
    expect(counts(text, { extractors: [rewinding] })).toEqual(counts(text))
    expect(calls).toEqual(['52', '48'])
  })
})
