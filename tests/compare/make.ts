// Hand-built records for compare tests, so they do not depend on the extract or align stages.
import { resolveOptions } from '../../src/options.js'
import type {
  Article,
  Citation,
  Claim,
  Detail,
  DetailKind,
  DetailValue,
  Hedge,
  Options,
  ResolvedOptions,
  Statement,
} from '../../src/types.js'

/** A detail as a test writes it: what it is and its source text within the sentence. */
export interface DetailSpec {
  kind: DetailKind
  text: string
  value: DetailValue
  hedge?: Hedge | null
  unit?: string | null
  subject?: string | null
  source?: string
  /** Which occurrence of `text` in the sentence (default the first). */
  nth?: number
}

/** A sentence as a test writes it, with its details and optional citations. */
export interface SentenceSpec {
  text: string
  details?: DetailSpec[]
  /** Citations by their text in the sentence: `{ kind: 'marker', text: 'AP News2', source: 'AP News' }`. */
  citations?: { kind: Citation['kind']; text: string; source: string }[]
  kind?: Statement['kind']
}

export const count = (
  text: string,
  value: number | { min: number; max: number },
  subject: string | null = null,
  hedge: Hedge | null = null,
): DetailSpec => ({
  kind: 'count',
  text,
  value,
  subject,
  hedge,
})

export const money = (
  text: string,
  amount: number | { min: number; max: number },
  currency: string,
  subject: string | null = null,
  hedge: Hedge | null = null,
): DetailSpec => ({
  kind: 'money',
  text,
  value: { amount, currency },
  unit: currency,
  subject,
  hedge,
})

export const percent = (
  text: string,
  value: number,
  subject: string | null = null,
  hedge: Hedge | null = null,
): DetailSpec => ({
  kind: 'percent',
  text,
  value,
  unit: '%',
  subject,
  hedge,
})

export const date = (text: string, value: string): DetailSpec => ({ kind: 'date', text, value })

export const quote = (text: string, speaker?: string): DetailSpec => ({
  kind: 'quote',
  text,
  value: text.replace(/^["\u201c]|["\u201d]$/g, ''),
  ...(speaker === undefined ? {} : { source: speaker }),
})

export const person = (text: string, value: string = text): DetailSpec => ({ kind: 'person', text, value })

/** The default options, optionally changed. */
export function options(overrides?: Options): ResolvedOptions {
  return resolveOptions(overrides)
}

/**
 * An article whose raw text is the sentences, one per line, with statements and details at
 * their true offsets (so `text.slice(start, end)` holds for every record).
 */
export function article(id: string, outlet: string, sentences: (string | SentenceSpec)[]): Article {
  const text = sentences.map((s) => (typeof s === 'string' ? s : s.text)).join('\n')
  let offset = 0
  const statements: Statement[] = sentences.map((s, index) => {
    const spec = typeof s === 'string' ? { text: s } : s
    const start = offset
    offset += spec.text.length + 1
    return {
      id: `${id}#${index}`,
      articleId: id,
      index,
      text: spec.text,
      start,
      end: start + spec.text.length,
      line: index + 1,
      column: 1,
      kind: spec.kind ?? 'sentence',
      details: (spec.details ?? []).map((d) => place(d, spec.text, start)),
      citations: (spec.citations ?? []).map((c) => {
        const at = spec.text.indexOf(c.text)
        if (at < 0) throw new Error(`citation '${c.text}' not in '${spec.text}'`)
        return { kind: c.kind, source: c.source, start: start + at, end: start + at + c.text.length }
      }),
    }
  })
  return {
    id,
    outlet,
    title: null,
    url: null,
    publishedAt: null,
    format: 'text',
    text,
    statements,
    stats: { characters: text.length, statements: statements.length, fragments: 0, details: 0 },
  }
}

function place(spec: DetailSpec, sentence: string, sentenceStart: number): Detail {
  let at = -1
  for (let n = 0; n <= (spec.nth ?? 0); n++) at = sentence.indexOf(spec.text, at + 1)
  if (at < 0) throw new Error(`detail '${spec.text}' not in '${sentence}'`)
  const detail = {
    kind: spec.kind,
    text: spec.text,
    start: sentenceStart + at,
    end: sentenceStart + at + spec.text.length,
    value: spec.value,
    unit: spec.unit ?? null,
    hedge: spec.hedge ?? null,
    subject: spec.subject ?? null,
    source: spec.source ?? null,
    cue: null,
    granularity: null,
    implied: null,
  } as Detail
  return detail
}

/** A claim over the given statements (any of the articles' statements, by id). */
export function claim(id: string, statements: Statement[]): Claim {
  return {
    id,
    statementIds: statements.map((s) => s.id),
    articleIds: [...new Set(statements.map((s) => s.articleId))],
    score: 0.8,
    weakestLink: 0.8,
    status: new Set(statements.map((s) => s.articleId)).size > 1 ? 'corroborated' : 'single-source',
    comparisons: [],
    why: { terms: [], names: [], subjects: [], summary: '' },
  }
}

/** Every statement of the articles by id. */
export function byId(articles: Article[]): Map<string, Statement> {
  return new Map(articles.flatMap((a) => a.statements.map((s) => [s.id, s] as const)))
}

/** The articles by id. */
export function articlesMap(articles: Article[]): Map<string, Article> {
  return new Map(articles.map((a) => [a.id, a] as const))
}

/** Two one-sentence articles ('bbc' and 'ap') and their claim: the usual pairwise setting. */
export function pair(a: string | SentenceSpec, b: string | SentenceSpec) {
  const left = article('bbc', 'BBC', [a])
  const right = article('ap', 'AP', [b])
  const both = [left, right]
  return {
    articles: both,
    claim: claim('c1', [left.statements[0]!, right.statements[0]!]),
    statementsById: byId(both),
    articlesById: articlesMap(both),
  }
}
