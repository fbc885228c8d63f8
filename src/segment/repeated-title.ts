import type { StatementKind } from '../types.js'

/** What `markRepeatedTitle` reads of a statement draft, and the kind it may change. */
export interface TitleDraft {
  kind: StatementKind
  content: { text: string }
}

/**
 * An aggregator page often prints its title twice at the top (the page's `<title>` line, then
 * the same words as the story's heading). The repeat says nothing new, so it becomes a
 * `fragment`: kept with its exact span, but not a statement of its own that `align` would make
 * a second single-source claim of. Only an exact repeat (after white-space folding) of the
 * first statement, when that is a heading, immediately after it, counts; a heading repeated
 * further down the page is left alone. Changes the drafts in place.
 *
 * @example
 * const drafts = [{ kind: 'heading', content: { text: 'Wall gives way' } },
 *   { kind: 'heading', content: { text: 'Wall gives way' } }]
 * markRepeatedTitle(drafts); drafts.map((d) => d.kind) //=> ['heading', 'fragment']
 */
export function markRepeatedTitle(drafts: readonly TitleDraft[]): void {
  const [title, next] = drafts
  if (title === undefined || next === undefined || title.kind !== 'heading') return
  if (next.kind === 'fragment' || next.content.text !== title.content.text) return
  next.kind = 'fragment'
}
