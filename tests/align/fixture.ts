import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, Claim } from '../../src/types.js'
import { makeArticle } from './make-article.js'

/** One labelled event of tests/fixtures/align/events.json. */
export interface LabelledEvent {
  name: string
  articles: { id: string; outlet: string; sentences: string[] }[]
  facts: string[][]
}

function readEvents(file: string): LabelledEvent[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'align', file), 'utf8')).events
}

/** The labelled events alignment is developed on, read once. */
export const labelledEvents: LabelledEvent[] = readEvents('events.json')

/** Held-out labelled events, written before tuning and never tuned against. */
export const heldoutEvents: LabelledEvent[] = readEvents('heldout.json')

/** The event's articles, built sentence by sentence. */
export function articlesOf(event: LabelledEvent): Article[] {
  return event.articles.map((article) => makeArticle(article.id, article.sentences, article.outlet))
}

/** Unordered statement pairs linked by a list of groups, as 'a|b' keys with a < b. */
export function linksOf(groups: readonly (readonly string[])[]): Set<string> {
  const links = new Set<string>()
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!].sort()
        links.add(`${a}|${b}`)
      }
    }
  }
  return links
}

/** Pairwise precision, recall and F1 of predicted claims against the labelled facts. */
export function score(claims: readonly Claim[], facts: readonly (readonly string[])[]) {
  const predicted = linksOf(claims.map((claim) => claim.statementIds))
  const truth = linksOf(facts)
  const hits = [...predicted].filter((link) => truth.has(link)).length
  const precision = predicted.size === 0 ? 1 : hits / predicted.size
  const recall = truth.size === 0 ? 1 : hits / truth.size
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {
    hits,
    predicted: predicted.size,
    truth: truth.size,
    precision,
    recall,
    f1,
    missed: [...truth].filter((link) => !predicted.has(link)),
    wrong: [...predicted].filter((link) => !truth.has(link)),
  }
}
