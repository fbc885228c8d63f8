import fc from 'fast-check'
import type { ArticleInput } from '../../src/types.js'
import { fullSuite } from '../support/suite.js'

export { fullSuite }

/**
 * Runs per property: 10 000 generated inputs per public function in `npm run test:full`, 200 in
 * `npm test` (the same properties, a smoke run). Set CORROBORATE_FUZZ_RUNS for a longer soak.
 */
export const runs = Number(process.env.CORROBORATE_FUZZ_RUNS ?? (fullSuite ? 10_000 : 200))

/** Runs of the properties that feed arbitrary values to check they are refused cleanly. */
export const refusalRuns = fullSuite ? 2_000 : 200

/** Generous per-test timeout: a property runs ten thousand cases. */
export const fuzzTimeout = 240_000

const newsWords = [
  'police',
  'said',
  'the',
  'ferry',
  'capsized',
  'on',
  'River',
  'Aske',
  'killed',
  'people',
  'were',
  'according',
  'to',
  'officials',
  'council',
  'budget',
  'approved',
  'fire',
  'firefighters',
  'residents',
  'evacuated',
  'troops',
  'million',
  'billion',
  'percent',
  'per cent',
  'dollars',
  'euros',
  'Mr.',
  'Dr.',
  'U.S.',
  'St.',
  'e.g.',
  'a.m.',
  'p.m.',
  'Thursday',
  'Friday',
  'last week',
  'yesterday',
  'March',
  'Oct.',
  '2025',
  'in 2019',
  'Reuters',
  'AP',
  'BBC',
  'Meridian Wire',
  'told reporters',
  'Ines Varga',
  'Mayor Dolores Achterberg',
  'Port Calloway',
  'Aske Crossing Company',
  'missing',
  'injured',
  'hospital',
]

const figureWords = [
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'more than',
  'over',
  'less than',
  'fewer than',
  'at least',
  'up to',
  'as many as',
  'between 5 and 7',
  '9,000-10,000',
  'a dozen',
  'dozens of',
  'tens of thousands',
  'twenty-five',
  'eighty-five',
  'nine',
  'Fourteen',
  'one hundred and twelve',
  'half a million',
  '3rd',
  'first',
  '12',
  '14',
  '1,000,000',
  '3.5',
  '0.5',
  '.5',
  '1.2.3',
  '10,00',
  '$15 million',
  '£8m',
  '€1.2bn',
  'US$5',
  '15 million euros',
  '40%',
  '40 percent',
  '4.5 per cent',
  '3 percentage points',
  '14 hours',
  '2 km',
  '200 metres',
  '5°C',
  '7-2',
  '1990s',
  '24/7',
  '9/11',
  '2025-03-13',
  '13 March 2025',
  'March 13',
  '6 p.m.',
  '18:00',
  '+44 20 7946 0000',
  '12-year-old',
]

const markup = [
  '# ',
  '## ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '**',
  '__',
  '_',
  '`',
  '```\n',
  '~~~',
  '---\n',
  '| a | b |\n|---|---|\n',
  '[link](https://example.org/a)',
  '[^1]',
  '[^1]: note\n',
  '![img](x.png)',
  '<p>',
  '</p>',
  '<br>',
  '<li>',
  '<a href="https://example.org">',
  '</a>',
  '<script>alert(1)</script>',
  '<!-- c -->',
  '&amp;',
  '&lt;',
  '&#8220;',
  '&nbsp;',
  '<h1>',
  '</h1>',
  '<table><tr><td>',
  '<!doctype html>',
  '\\*',
  '<',
]

const punctuation = [
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  '...',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  '—',
  '–',
  '-',
  '/',
]

const strange = [
  '😀',
  '👩‍👩‍👧',
  '🇬🇧',
  'مرحبا',
  'שלום',
  '\u200f',
  '\u200e',
  'e\u0301',
  'a\u0308\u0323',
  '\u0000',
  '\ud800',
  '\udc00',
  '\ufeff',
  '\u200b',
  '\u2028',
  '\u2029',
  '\r\n',
  '\r',
  '\t',
  '\v',
  '\f',
  'ﬁ',
  'Ⅻ',
  '٣',
  '１２',
  'İ',
  'ß',
]

const separators = [' ', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '  ', '\t', '\u00a0']

/** One token of news-like text: a word, a figure, markup, punctuation or an odd character. */
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...newsWords) },
  { weight: 4, arbitrary: fc.constantFrom(...figureWords) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2_000_000 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom(...markup) },
  { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 1, arbitrary: fc.constantFrom(...strange) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
)

/** News-like word soup: tokens joined by spaces and line breaks, with sentence ends sprinkled in. */
export const newsText = (maxTokens = 40): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(token, fc.constantFrom(...separators)), { minLength: 1, maxLength: maxTokens })
    .map((pairs) => pairs.map(([word, separator]) => word + separator).join(''))

/** Well-formed-looking sentences built from the soup: capitalised, with a full stop. */
const sentence = fc
  .array(fc.oneof(fc.constantFrom(...newsWords), fc.constantFrom(...figureWords)), {
    minLength: 3,
    maxLength: 14,
  })
  .map((words) => {
    const text = words.join(' ')
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
  })

const quoted = fc
  .tuple(sentence, fc.constantFrom('said', 'told reporters', 'according to police', 'added'))
  .map(([said, cue]) => `"${said.slice(0, -1)}," Ines Varga ${cue}.`)

/** An article-shaped text: paragraphs of sentences, some quoted, in plain text, Markdown or HTML. */
export const articleText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.array(fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: quoted }), {
        minLength: 1,
        maxLength: 3,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    fc.constantFrom('text', 'markdown', 'html'),
  )
  .map(([paragraphs, format]) => {
    const texts = paragraphs.map((p) => p.join(' '))
    if (format === 'markdown')
      return `# ${texts[0]}\n\n${texts
        .slice(1)
        .map((t, i) => (i % 2 ? `- ${t}` : t))
        .join('\n\n')}\n`
    if (format === 'html')
      return `<article><h1>${texts[0]}</h1>${texts
        .slice(1)
        .map((t) => `<p>${t}</p>`)
        .join('')}</article>`
    return texts.join('\n\n')
  })

/** Any text at all: the soup, article-shaped text, arbitrary strings of any code unit. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: newsText() },
  { weight: 3, arbitrary: articleText },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom(' ', '\n', '.', '"', '1', 'a', '\ud800', '#', '<'),
      maxLength: 60,
    }),
  },
)

/** Options a caller might pass, valid and not: mostly sensible, sometimes nonsense. */
export const anyOptions: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        format: fc.constantFrom('text', 'markdown', 'html'),
        granularity: fc.constantFrom('sentence', 'clause'),
        referenceDate: fc.constantFrom('2025-03-14', '2025-06-06T12:00:00Z'),
        threshold: fc.double({ min: 0, max: 1, noNaN: true }),
        manyToOne: fc.boolean(),
        outletMarkers: fc.constantFrom(['Meridian Wire'], ['Channel 9', 'River Gazette']),
        hedgeTolerance: fc.double({ min: 0, max: 1, noNaN: true }),
        datesAreFigures: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
)

/** An article input: a bare string or a record with metadata (ids unique by position). */
export const articleInput = (text: fc.Arbitrary<string>): fc.Arbitrary<ArticleInput> =>
  fc.oneof(
    text,
    fc.record(
      {
        text,
        outlet: fc.constantFrom('Meridian Wire', 'The River Gazette', 'Channel 9 News', '<b>&"\'</b>', '😀'),
        title: fc.string({ maxLength: 20 }),
        url: fc.constantFrom('https://example.org/a', 'javascript:alert(1)', ''),
        publishedAt: fc.constantFrom('2025-03-14T09:10:00Z', '2025-03-15', '2025-06-06T12:00:00+02:00'),
        format: fc.constantFrom('text', 'markdown', 'html'),
      },
      { requiredKeys: ['text'] },
    ),
  )

/** A handful of small articles, with unique ids when they carry one. */
export const articleSet = (text: fc.Arbitrary<string>, maxLength = 3) =>
  fc.array(articleInput(text), { minLength: 1, maxLength })
