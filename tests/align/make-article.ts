import type { Article, Detail, Statement, StatementKind } from '../../src/types.js'

/** A sentence for `makeArticle`, with optional details given by their text within it. */
export type SentenceSpec =
  | string
  | {
      text: string
      kind?: StatementKind
      details?: { kind: Detail['kind']; text: string; value?: Detail['value']; subject?: string | null }[]
    }

/**
 * Builds an analysed `Article` from sentences joined with single spaces, with exact offsets
 * (`article.text.slice(s.start, s.end) === s.text`) and details located in their sentence,
 * so that align can be tested without the parse, segment and extract stages.
 */
export function makeArticle(id: string, sentences: readonly SentenceSpec[], outlet = id): Article {
  const specs = sentences.map((spec) => (typeof spec === 'string' ? { text: spec } : spec))
  const text = specs.map((spec) => spec.text).join(' ')
  let offset = 0
  const statements: Statement[] = specs.map((spec, index) => {
    const start = offset
    offset += spec.text.length + 1
    const details: Detail[] = (spec.details ?? []).map((detail) => {
      const at = spec.text.indexOf(detail.text)
      if (at < 0) throw new Error(`detail '${detail.text}' is not in '${spec.text}'`)
      return {
        kind: detail.kind,
        text: detail.text,
        start: start + at,
        end: start + at + detail.text.length,
        value: detail.value ?? detail.text,
        unit: null,
        hedge: null,
        subject: detail.subject ?? null,
      } as Detail
    })
    return {
      id: `${id}#${index}`,
      articleId: id,
      index,
      text: spec.text,
      start,
      end: start + spec.text.length,
      line: 1,
      column: start + 1,
      kind: spec.kind ?? 'sentence',
      details,
      citations: [],
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
    stats: {
      characters: text.length,
      statements: statements.filter((s) => s.kind !== 'fragment').length,
      fragments: statements.filter((s) => s.kind === 'fragment').length,
      details: statements.reduce((sum, s) => sum + s.details.length, 0),
    },
  }
}
