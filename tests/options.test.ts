import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compare } from '../src/compare/index.js'
import { configKeys, defaultOptions, optionSpecs, optionValue, resolveOptions } from '../src/options.js'
import { normalizeInputs } from '../src/parse/input.js'
import { corroborateError } from './support/errors.js'

describe('resolveOptions', () => {
  it('fills every default once, and says which similarity is in use', () => {
    expect(resolveOptions(undefined)).toEqual(defaultOptions)
    expect(resolveOptions({ threshold: 0.5, similarity: () => 1 })).toMatchObject({
      threshold: 0.5,
      similarity: 'custom',
      hedgeTolerance: 0.1,
    })
  })

  it('defaults every compare tolerance to the value the comparison rules document', () => {
    expect(defaultOptions).toMatchObject({
      hedgeTolerance: 0.1,
      roundingTolerance: 0.05,
      minRoundingStep: 100,
      nameSimilarity: 0.93,
      wildcardMaxRatio: 10,
      quoteOverlap: 0.5,
      sameSpeakerQuoteOverlap: 0.2,
    })
    expect(resolveOptions({ minRoundingStep: 10, quoteOverlap: 0.9 })).toMatchObject({
      minRoundingStep: 10,
      quoteOverlap: 0.9,
      nameSimilarity: 0.93,
    })
  })

  it.each([
    [{ threshold: 1.5 }, "Option 'threshold' must be a number from 0 to 1; received 1.5."],
    [{ hedgeTolerance: -0.1 }, "Option 'hedgeTolerance' must be a number from 0 to 1; received -0.1."],
    [{ granularity: 'word' }, "Option 'granularity' must be 'sentence' or 'clause'; received 'word'."],
    [{ format: 'pdf' }, "Option 'format' must be one of 'text', 'markdown', 'html'; received 'pdf'."],
    [
      { maxInputLength: 0 },
      "Option 'maxInputLength' must be a positive whole number of characters; received 0.",
    ],
    [
      { referenceDate: 'last week' },
      "Option 'referenceDate' must be an ISO 8601 date such as '2025-05-09'; received 'last week'.",
    ],
    [{ outletMarkers: [''] }, "Option 'outletMarkers' must be a list of non-empty outlet names; received ."],
    [{ nameSimilarity: 93 }, "Option 'nameSimilarity' must be a number from 0 to 1; received 93."],
    [{ quoteOverlap: -0.5 }, "Option 'quoteOverlap' must be a number from 0 to 1; received -0.5."],
    [
      { sameSpeakerQuoteOverlap: Number.NaN },
      "Option 'sameSpeakerQuoteOverlap' must be a number from 0 to 1; received NaN.",
    ],
    [{ minRoundingStep: 0 }, "Option 'minRoundingStep' must be a positive number; received 0."],
    [{ wildcardMaxRatio: -10 }, "Option 'wildcardMaxRatio' must be a positive number; received -10."],
    [{ wildcardMaxRatio: '10' }, "Option 'wildcardMaxRatio' must be a positive number; received '10'."],
    [{ manyToOne: 'yes' }, "Option 'manyToOne' must be true or false; received 'yes'."],
    [
      { outletMarkers: 'AP' },
      "Option 'outletMarkers' must be a list of non-empty outlet names; received 'AP'.",
    ],
    [{ eventThreshold: 2 }, "Option 'eventThreshold' must be a number from 0 to 1; received 2."],
  ])('rejects %j with an actionable message', (options, message) => {
    expect(() => resolveOptions(options as never)).toThrowError(message)
  })
})

describe('unknown option names', () => {
  const optionError = corroborateError

  it('are E_OPTION with the option they were probably meant to be', () => {
    expect(optionError(() => compare(['Police said 12 people died.'], { treshold: 0.3 } as never))).toEqual({
      code: 'E_OPTION',
      message: "Unknown option 'treshold'. Did you mean 'threshold'?",
    })
    expect(optionError(() => resolveOptions({ namesimilarity: 0.9 } as never)).message).toContain(
      "Did you mean 'nameSimilarity'?",
    )
  })

  it('list every option when nothing is close, and never read the prototype', () => {
    const { message } = optionError(() => resolveOptions({ colour: true } as never))
    expect(message).toMatch(
      /^Unknown option 'colour'\. Options are format, granularity, .*eventThreshold, extractors, refiners, language\.$/,
    )
    expect(optionError(() => resolveOptions(JSON.parse('{"__proto__": {"threshold": 0}}'))).code).toBe(
      'E_OPTION',
    )
    expect(optionError(() => resolveOptions({ constructor: 1 } as never)).code).toBe('E_OPTION')
  })
})

// The registry is the one declaration of an option: these tests hold the schema, the config
// reader and the README to it, so none of them can drift.
describe('option registry', () => {
  const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')

  it.each(Object.entries(optionSpecs))('%s: its default is valid and its doc is one line', (name, spec) => {
    // The similarity default is the built-in model, recorded as 'lexical'; a given one is a function.
    if (spec.default !== null && name !== 'similarity') expect(spec.valid(spec.default)).toBe(true)
    expect(spec.doc).not.toMatch(/\n/)
    expect(spec.expected).toMatch(/^(a|an|one|true|'sentence') /)
  })

  it('records in report.options exactly what the JSON Schema describes, every field of the major version required', () => {
    const schema = JSON.parse(read('../src/report/schema.json')).definitions.ResolvedOptions
    const recorded = Object.entries(optionSpecs).filter(([, spec]) => spec.schema !== null)
    expect(schema.properties).toEqual(Object.fromEntries(recorded.map(([name, spec]) => [name, spec.schema])))
    // An option a minor version added is not required until the next major version.
    expect(schema.required).toEqual(
      recorded.filter(([, spec]) => spec.addedIn === undefined).map(([name]) => name),
    )
    expect(recorded.filter(([, spec]) => spec.addedIn !== undefined).map(([name]) => name)).toEqual([
      'corroborationThreshold',
    ])
    expect(Object.keys(defaultOptions)).toEqual(recorded.map(([name]) => name))
  })

  it('lets a config file set every option a JSON value can carry', () => {
    expect(configKeys).toEqual(
      Object.keys(optionSpecs).filter(
        (name) =>
          ![
            'similarity',
            'similarityTimeout',
            'eventThreshold',
            'extractors',
            'refiners',
            'language',
          ].includes(name),
      ),
    )
  })

  it('is the README options table, row for row', () => {
    const rows = Object.entries(optionSpecs).map(
      ([name, spec]) => `| \`${name}\` | ${spec.shown} | ${spec.doc} |`,
    )
    const readme = read('../README.md')
    const table = readme.slice(readme.indexOf('| option | default | effect |'))
    expect(table.split('\n').slice(2, 2 + rows.length)).toEqual(rows)
  })

  it('checks the options a function reads alone, such as similarityTimeout', () => {
    expect(optionValue(undefined, 'similarityTimeout')).toBe(30_000)
    expect(optionValue({ similarityTimeout: Number.POSITIVE_INFINITY }, 'similarityTimeout')).toBe(
      Number.POSITIVE_INFINITY,
    )
    expect(() => optionValue({ similarityTimeout: 0 }, 'similarityTimeout')).toThrow(/similarityTimeout/)
  })
})

describe('normalizeInputs', () => {
  const options = resolveOptions({})

  it('numbers articles a1, a2 ... and uses the id as outlet when none is given', () => {
    const inputs = normalizeInputs(
      ['First report.', { outlet: 'Harbour Herald', text: 'Second report.' }],
      options,
    )
    expect(inputs.map(({ id, outlet }) => [id, outlet])).toEqual([
      ['a1', 'a1'],
      ['a2', 'Harbour Herald'],
    ])
  })

  it('refuses duplicate ids, non-string fields and bad dates with the article named', () => {
    expect(() =>
      normalizeInputs(
        [
          { id: 'x', text: 'One.' },
          { id: 'x', text: 'Two.' },
        ],
        options,
      ),
    ).toThrowError("Two articles share the id 'x'; give each a unique id.")
    expect(() => normalizeInputs([{ text: 'One.', outlet: 7 as unknown as string }], options)).toThrowError(
      "Article 1: 'outlet' must be a string; received number.",
    )
    expect(() => normalizeInputs([{ text: 'One.', publishedAt: 'Thursday' }], options)).toThrowError(
      /Article 1 has publishedAt 'Thursday'/,
    )
    // Statement ids are 'id#index': '' gave '#0' and 'a#1' gave 'a#1#0'.
    for (const id of ['', 'a#1']) {
      expect(() => normalizeInputs([{ id, text: 'One.' }], options)).toThrowError(
        `Article 1 has the id '${id}'; an id must be non-empty and without '#'`,
      )
    }
    // Date.parse reads it as 2 March.
    expect(() => normalizeInputs([{ text: 'One.', publishedAt: '2026-02-30' }], options)).toThrowError(
      /Article 1 has publishedAt '2026-02-30'/,
    )
    expect(
      normalizeInputs([{ text: 'One.', publishedAt: '2024-02-29T10:00Z' }], options)[0]!.publishedAt,
    ).toBe('2024-02-29T10:00Z')
    expect(() => normalizeInputs('One.' as never, options)).toThrowError(/Wrap a single article in \[ \]/)
  })

  // A misspelt field was dropped without a word: the article lost its date or outlet.
  it('refuses a misspelt field and names the one meant, and keeps fields of the caller’s own', () => {
    for (const [key, field] of [
      ['published_at', 'publishedAt'],
      ['Outlet', 'outlet'],
      ['tittle', 'title'],
    ]) {
      expect(() => normalizeInputs([{ text: 'One.', [key!]: 'x' } as never], options)).toThrowError(
        `Article 1 has '${key}', which is no field of an article; did you mean '${field}'?`,
      )
    }
    const kept = normalizeInputs(
      [{ text: 'One.', author: 'Ana Ruiz', section: 'Coast', event: 'e1' } as never],
      options,
    )
    expect(kept[0]!.text).toBe('One.')
  })
})
