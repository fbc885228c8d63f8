import { detailKinds } from '../../detail-kinds.js'
import { packedMap } from '../../packed-map.js'
import { stopwords } from '../../text/natural.js'
import type { Candidate, Refiner } from '../extractor.js'
import { normalizeSubject, outcomeWords } from '../normalize.js'
import {
  adjectiveEndingPattern,
  allCapitalsPattern,
  capitalInitialPattern,
  comparedFromPattern,
  compoundEndPattern,
  determinerPattern,
  prepositionPattern,
  regularPluralPattern,
  verbEndingPattern,
} from '../patterns.js'
import {
  filler,
  introducers,
  irregularPlurals,
  linkingVerbs,
  notSubjects,
  outcomeVerbs,
  phraseStops,
  quantifierWords,
  timeNouns,
} from '../subject-words.js'
import { atSentenceStart, type Word, wordsAfter, wordsBefore } from '../text-utils.js'

/**
 * Names what each figure counts, as a light canonical noun (`normalizeSubject`): the noun
 * after it ('9,000 troops' -> 'troops', 'the 80-strong Chinese unit' -> 'unit', '90% of
 * voters' -> 'voter'), an outcome that follows or precedes it ('12 people were killed',
 * '14 dead', 'killing 12' -> 'deaths'), or the noun a linking verb ties to it ('trade had
 * reached a record $240 billion' -> 'trade').
 *
 * @example
 * extractDetails('12 people were killed')[0].subject //=> 'deaths'
 * extractDetails('14 dead')[0].subject //=> 'deaths'
 */
export const attachSubjects: Refiner = (candidates, text) => {
  const found = packedMap(candidates, (candidate, i) => {
    if (!detailKinds[candidate.kind].hasSubject || candidate.subject !== null) return candidate
    // 'rose 2 percentage points to 7.5%': the words before the level are the change's, not its subject.
    const afterFigure = i > 0 && text.slice(candidates[i - 1]!.end, candidate.start) === ' to '
    const subject =
      outcomeBefore(text, candidate) ??
      subjectAfter(text, candidate) ??
      (afterFigure ? null : subjectBefore(text, candidate)) ??
      (candidate.kind === 'money' ? purposeSubject(text, candidate) : null)
    return subject === null ? candidate : { ...candidate, subject }
  })
  return packedMap(found, (candidate, i) => comparedSubject(found, i, text) ?? candidate)
}

/**
 * '30 people were arrested, up from 12 a year earlier': a figure compared with an earlier one
 * of the same kind counts the same thing.
 */
function comparedSubject(candidates: Candidate[], i: number, text: string): Candidate | null {
  const candidate = candidates[i]!
  if (!detailKinds[candidate.kind].hasSubject || candidate.subject !== null) return null
  const previous = candidates[i - 1]
  const fromTo = previous !== undefined && text.slice(previous.end, candidate.start) === ' to '
  if (!fromTo && !comparedFromPattern.test(text.slice(Math.max(0, candidate.start - 24), candidate.start))) {
    return null
  }
  for (let j = i - 1; j >= 0; j--) {
    const earlier = candidates[j]!
    // A percentage-point change and the percent level it reaches measure the same thing.
    const sameUnit = earlier.unit === candidate.unit || candidate.kind === 'percent'
    if (earlier.kind === candidate.kind && sameUnit && earlier.subject !== null) {
      return { ...candidate, subject: earlier.subject }
    }
  }
  return null
}

function outcomeBefore(text: string, candidate: Candidate): string | null {
  if (candidate.kind !== 'count') return null
  const previous = wordsBefore(text, candidate.start, 1)[0]
  if (previous === undefined || previous.end < candidate.start - 1) return null
  return outcomeVerbs[previous.text.toLowerCase()] ?? null
}

function subjectAfter(text: string, candidate: Candidate): string | null {
  let words = wordsAfter(text, candidate.end, 8)
  if (words[0] !== undefined && words[0].start > candidate.end + 1) return null
  if (words[0] !== undefined && introducers[candidate.kind]?.has(words[0].text.toLowerCase())) {
    words = words.slice(1)
    if (words[0]?.text.toLowerCase() === 'the') words = words.slice(1)
  } else if (candidate.extractor === 'share' && determinerPattern.test(words[0]?.text ?? '')) {
    // 'half the workforce', 'a third its members'
    words = words.slice(1)
  }
  const phrase: Word[] = []
  for (const word of words) {
    const lower = word.text.toLowerCase()
    if (notSubjects.has(lower) || phraseStops.has(lower)) break
    if (candidate.kind !== 'ordinal' && phrase.length === 0 && timeNouns.has(lower)) break
    // '2,000 more troops', 'five additional ships': the noun comes after the quantifier.
    if (phrase.length === 0 && quantifierWords.has(lower)) continue
    if (stopwords.has(lower) && !irregularPlurals.has(lower) && lower !== 'missing') break
    if (phrase.length > 0 && verbEndingPattern.test(lower) && !outcomeWords[lower]) break
    if (phrase.length > 0 && outcomeWords[lower] !== undefined) break
    phrase.push(word)
    if (phrase.length === 3 || isPlural(lower)) break
  }
  // A lone verb is no subject ('Tens of thousands marched'), except after a compound
  // adjective ('a 90-minute meeting').
  const compound = compoundEndPattern.test(text.slice(candidate.start, candidate.end))
  const lone = phrase.length === 1 ? phrase[0]!.text.toLowerCase() : null
  if (lone !== null && !compound && verbEndingPattern.test(lone) && !outcomeWords[lone]) return null
  if (phrase.length === 0) return outcomeSoonAfter(words)
  const head = headOf(phrase)
  if (head === null) return null
  const headIndex = words.indexOf(head)
  for (const later of words.slice(headIndex + 1, headIndex + 5)) {
    const outcome = outcomeWords[later.text.toLowerCase()]
    if (outcome !== undefined) return outcome
  }
  if (capitalInitialPattern.test(head.text) && !allCapitalsPattern.test(head.text)) return null
  return normalizeSubject(head.text)
}

/** Words that may stand between an amount and the 'to' of its purpose: '$24 million last year to replace'. */
const beforePurpose: ReadonlySet<string> = new Set([
  'last',
  'this',
  'next',
  'year',
  'month',
  'week',
  'in',
  'funding',
])

/** Words that open the noun phrase of a purpose without being its head: 'to replace the ageing fleet'. */
const purposeDeterminers: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'a',
  'an',
  'new',
])

/**
 * What an amount of money is for, when the sentence says: the head noun of the object of 'to'
 * and a verb after it ('approved $24 million last year to replace the ageing fleet' ->
 * 'fleet', '$4 billion to keep 15,000 officers on the beat' -> 'officer'). Two outlets that
 * give different sums for one purpose then give values for one figure slot. Null when no
 * such phrase follows within a few words.
 *
 * @example
 * extractDetails('The council approved $24 million to replace the ageing fleet.')[0].subject //=> 'fleet'
 */
function purposeSubject(text: string, candidate: Candidate): string | null {
  const words = wordsAfter(text, candidate.end, 14)
  const to = words.findIndex((word) => word.text.toLowerCase() === 'to')
  if (to < 0 || to > 3) return null
  if (!words.slice(0, to).every((word) => beforePurpose.has(word.text.toLowerCase()))) return null
  const verb = words[to + 1]?.text.toLowerCase()
  if (verb === undefined || stopwords.has(verb)) return null
  let head: Word | null = null
  for (const word of words.slice(to + 2)) {
    const lower = word.text.toLowerCase()
    if (head === null && purposeDeterminers.has(lower)) continue
    if (stopwords.has(lower) || phraseStops.has(lower)) break
    head = word
  }
  if (head === null || !/^[a-z][a-z-]*$/i.test(head.text)) return null
  if (capitalInitialPattern.test(head.text)) return null
  return normalizeSubject(head.text)
}

/** '30 were hurt', '12 have died': an outcome a few auxiliary words after a bare count. */
function outcomeSoonAfter(words: Word[]): string | null {
  for (const word of words.slice(0, 4)) {
    const lower = word.text.toLowerCase()
    const outcome = outcomeWords[lower]
    if (outcome !== undefined) return outcome
    if (!stopwords.has(lower) && lower !== 'reported' && lower !== 'later' && lower !== 'confirmed')
      return null
  }
  return null
}

function headOf(phrase: Word[]): Word | null {
  const plural = phrase.slice(0, 2).find((word) => isPlural(word.text.toLowerCase()))
  if (plural !== undefined) return plural
  const first = phrase[0]!
  const second = phrase[1]
  if (outcomeWords[first.text.toLowerCase()] !== undefined) return first
  if (second !== undefined && (looksAdjectival(first.text) || !looksAdjectival(second.text))) return second
  return first
}

function isPlural(lower: string): boolean {
  if (irregularPlurals.has(lower)) return true
  return lower.length > 3 && regularPluralPattern.test(lower)
}

function looksAdjectival(word: string): boolean {
  return capitalInitialPattern.test(word) || adjectiveEndingPattern.test(word)
}

function subjectBefore(text: string, candidate: Candidate): string | null {
  if (candidate.kind === 'ordinal' || candidate.kind === 'duration') return null
  const words = wordsBefore(text, candidate.start, 12)
  let linked = false
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const lower = word.text.toLowerCase()
    if (filler.has(lower)) continue
    if (linkingVerbs.has(lower)) {
      linked = true
      continue
    }
    if (!linked || stopwords.has(lower)) return null
    if (capitalInitialPattern.test(word.text) && !atSentenceStart(text, word.start)) return null
    // 'Exports to the region rose to': the region is a prepositional object; the subject is before it.
    const skipped = skipPrepositionalObject(words, i)
    if (skipped !== null) {
      i = skipped
      continue
    }
    if (lower === 'toll') return 'deaths'
    return normalizeSubject(lower)
  }
  return null
}

/** When words[i] is the object of a preposition ('to the region'), the index of that preposition. */
function skipPrepositionalObject(words: Word[], i: number): number | null {
  let j = i + 1
  while (j < words.length && determinerPattern.test(words[j]!.text)) j++
  const preposition = words[j]
  if (preposition === undefined || !prepositionPattern.test(preposition.text)) return null
  return words[j + 1] === undefined ? null : j
}
