import { packedMap } from '../packed-map.js'
import type { Why } from '../types.js'
import type { Unit } from './build.js'
import { casedWords, possessiveFree } from './tokens.js'
import type { Vocabulary } from './weights.js'

const shownTerms = 6
const shownNames = 4
const shownSubjects = 3

/**
 * Why a claim's statements were put together: the features that more than one article (or,
 * for one outlet's statements under `manyToOne`, more than one statement) shares, heaviest
 * first, and a one-line summary with the claim's cohesion.
 *
 * @example
 * // align() explains every claim it builds this way:
 * align([analyze({ id: 'tass', text: 'Troops paraded across Red Square on Friday.' }),
 *        analyze({ id: 'reuters', text: 'On Friday troops paraded across Red Square.' })])[0].why.summary
 * //=> 'shared: Red Square, troops paraded (0.97)'
 */
export function explain(
  members: readonly number[],
  units: readonly Unit[],
  vocabulary: Vocabulary,
  score: number,
  outlets: readonly string[],
): Why {
  // A statement alone shares nothing: no carrier has two members or two articles.
  if (members.length < 2) return { terms: [], names: [], subjects: [], summary: aloneSummary(outlets) }
  const carriers = new Map<number, { articles: Set<number>; members: number; weight: number }>()
  for (const member of members) {
    const { vector, article } = units[member]!
    for (let i = vector.at; i < vector.at + vector.length; i++) {
      const id = vector.ids[i]!
      let entry = carriers.get(id)
      if (entry === undefined) {
        entry = { articles: new Set(), members: 0, weight: 0 }
        carriers.set(id, entry)
      }
      entry.articles.add(article)
      entry.members += 1
      entry.weight += vector.weights[i]!
    }
  }
  const singleArticle = outlets.length < 2
  // Packed arrays (`packedMap`) here and for the terms: this function is large, and each
  // element kind it has not met yet would deoptimise it.
  const shared = packedMap(
    [...carriers]
      .filter(([, entry]) => (singleArticle ? entry.members > 1 : entry.articles.size > 1))
      .sort(
        ([x, a], [y, b]) =>
          b.articles.size - a.articles.size || b.members - a.members || b.weight - a.weight || x - y,
      ),
    ([id]) => id,
  )
  const ofKind = (prefix: string): number[] => shared.filter((id) => vocabulary.keys[id]!.startsWith(prefix))
  const names = namePhrases(ofKind('n:'), members, units, vocabulary).slice(0, shownNames)
  // A capitalised first word counts as a name and a word: show it once, as the name.
  const nameWords = new Set(names.flatMap((name) => name.toLowerCase().split(' ')))
  const termIds = ofKind('t:')
  const terms = packedMap(termIds, (id) => vocabulary.surfaces[id]!)
    .filter((surface) => !nameWords.has(surface))
    .slice(0, shownTerms)
  const subjectIds = ofKind('s:')
  const subjects = [...new Set(subjectIds.map((id) => vocabulary.surfaces[id]!))].slice(0, shownSubjects)
  // In the summary, a subject whose word is already a shared term ('passengers' next to
  // 'passenger') says nothing more.
  const termStems = new Set(termIds.map((id) => vocabulary.keys[id]!.slice(2)))
  const newSubjects = new Set(
    subjectIds
      .filter((id) => !termStems.has(vocabulary.keys[id]!.slice(2)))
      .map((id) => vocabulary.surfaces[id]!),
  )
  const evidence = [
    ...names,
    ...termPhrases(terms.slice(0, 4), members, units),
    ...subjects.filter((subject) => newSubjects.has(subject)),
  ]
  const cohesion = score.toFixed(2)
  let summary: string
  if (evidence.length === 0) summary = `no shared words; similarity ${cohesion}`
  else summary = `shared: ${evidence.slice(0, 6).join(', ')} (${cohesion})`
  if (singleArticle) summary = `${aloneSummary(outlets)}; ${summary}`
  return { terms, names, subjects, summary }
}

/** The summary of a claim only one outlet reports. */
function aloneSummary(outlets: readonly string[]): string {
  return `only ${outlets[0] ?? 'one source'} reports this`
}

/**
 * Shared names as people write them: consecutive shared name words in a member's text are
 * joined ('Red Square'), the rest shown as their most frequent spelling.
 */
function namePhrases(
  ids: readonly number[],
  members: readonly number[],
  units: readonly Unit[],
  vocabulary: Vocabulary,
): string[] {
  if (ids.length === 0) return []
  const wanted = new Set(ids.map((id) => vocabulary.surfaces[id]!.toLowerCase()))
  const phrases: string[] = []
  const covered = new Set<string>()
  for (const member of members) {
    let run: string[] = []
    const flush = (): void => {
      if (run.length > 0 && !phrases.includes(run.join(' '))) phrases.push(run.join(' '))
      run = []
    }
    for (const word of casedWords(units[member]!.statement.text)) {
      const lower = possessiveFree(word.toLowerCase())
      if (wanted.has(lower)) {
        run.push(possessiveFree(word))
        covered.add(lower)
      } else flush()
    }
    flush()
    if (covered.size === wanted.size) break
  }
  for (const id of ids) {
    const surface = vocabulary.surfaces[id]!
    if (!covered.has(surface.toLowerCase())) phrases.push(surface)
  }
  return phrases
}

/**
 * Shared words as they run together in a member's text: 'harbour' and 'master' shown as
 * 'harbour master' when a statement writes them side by side; each phrase takes the place of
 * its heaviest word.
 */
function termPhrases(terms: readonly string[], members: readonly number[], units: readonly Unit[]): string[] {
  if (terms.length === 0) return []
  const wanted = new Set(terms)
  const phraseOf = new Map<string, string>()
  for (const member of members) {
    let run: string[] = []
    const flush = (): void => {
      if (run.length > 1 && run.every((word) => !phraseOf.has(word))) {
        for (const word of run) phraseOf.set(word, run.join(' '))
      }
      run = []
    }
    for (const word of casedWords(units[member]!.statement.text)) {
      if (wanted.has(word) && !run.includes(word)) run.push(word)
      else {
        flush()
        if (wanted.has(word)) run.push(word)
      }
    }
    flush()
  }
  return [...new Set(terms.map((term) => phraseOf.get(term) ?? term))]
}
