import { stopwords } from '../../text/natural.js'
import type { Candidate, Refiner } from '../extractor.js'
import { normalizeSubject, outcomeWords } from '../normalize.js'
import { atSentenceStart, type Word, wordsAfter, wordsBefore } from '../text-utils.js'

const counted = new Set(['count', 'money', 'percent', 'quantity', 'duration', 'ordinal'])

/** Words that link a noun to a figure after it: 'trade had reached a record $240 billion'. */
const linkingVerbs = new Set([
  'reached',
  'reach',
  'reaching',
  'hit',
  'hits',
  'totalled',
  'totaled',
  'totals',
  'total',
  'totalling',
  'totaling',
  'was',
  'were',
  'is',
  'are',
  'stood',
  'stands',
  'rose',
  'rises',
  'fell',
  'falls',
  'grew',
  'grows',
  'climbed',
  'jumped',
  'dropped',
  'declined',
  'increased',
  'decreased',
  'surged',
  'soared',
  'plunged',
  'slipped',
  'amounted',
  'amounts',
  'has',
  'had',
  'have',
  'been',
  'be',
  'will',
  'would',
  'worth',
  'valued',
  'cost',
  'costs',
  'put',
  'raised',
  'expanded',
  'shrank',
  'contracted',
  'edged',
  'up',
  'down',
  'by',
  'to',
  'at',
  'of',
  'around',
  'near',
])
/** Filler between a linking verb and the figure: 'a record', 'an estimated'. */
const filler = new Set([
  'a',
  'an',
  'the',
  'record',
  'new',
  'some',
  'roughly',
  'nearly',
  'almost',
  'about',
  'just',
  'only',
])
/** Words after a figure that introduce what it counts: '$5 billion in aid', '90% of voters'. */
const introducers = new Set(['in', 'of', 'worth'])
/** Verbs before a figure that say what happened to it: 'killed 12', 'injuring 30'. */
const outcomeVerbs: Readonly<Record<string, string>> = {
  killed: 'deaths',
  killing: 'deaths',
  kills: 'deaths',
  injured: 'injuries',
  injuring: 'injuries',
  wounded: 'injuries',
  wounding: 'injuries',
  arrested: 'arrests',
  detained: 'arrests',
  evacuated: 'evacuations',
  displaced: 'displaced',
}
/** Words after a figure that say where or how, not what: '120 km south', '10 years ago'. */
const notSubjects = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'away',
  'long',
  'wide',
  'high',
  'deep',
  'tall',
  'old',
  'ago',
  'later',
  'earlier',
  'apart',
  'inland',
  'offshore',
  'overall',
  'total',
  'each',
  'apiece',
  'respectively',
  'alone',
  'instead',
  'per',
])
/** Plural nouns without a final s. */
const irregularPlurals = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'personnel',
  'staff',
  'aircraft',
  'dead',
  'injured',
  'wounded',
  'missing',
  'cattle',
  'sheep',
  'troops',
])

/**
 * Names what each figure counts, as a light canonical noun (`normalizeSubject`): the noun
 * after it ('9,000 troops' -> 'troops', 'the 80-strong Chinese unit' -> 'unit', '90% of
 * voters' -> 'voter'), an outcome that follows or precedes it ('12 people were killed',
 * '14 dead', 'killing 12' -> 'deaths'), or the noun a linking verb ties to it ('trade had
 * reached a record $240 billion' -> 'trade').
 *
 * @example
 * // '12 people were killed' and '14 dead' -> both subject 'deaths'
 */
export const attachSubjects: Refiner = (candidates, text) =>
  candidates.map((candidate) => {
    if (!counted.has(candidate.kind) || candidate.subject !== null) return candidate
    const subject =
      outcomeBefore(text, candidate) ?? subjectAfter(text, candidate) ?? subjectBefore(text, candidate)
    return subject === null ? candidate : { ...candidate, subject }
  })

function outcomeBefore(text: string, candidate: Candidate): string | null {
  if (candidate.kind !== 'count') return null
  const previous = wordsBefore(text, candidate.start, 1)[0]
  if (previous === undefined || previous.end < candidate.start - 1) return null
  return outcomeVerbs[previous.text.toLowerCase()] ?? null
}

function subjectAfter(text: string, candidate: Candidate): string | null {
  let words = wordsAfter(text, candidate.end, 8)
  if (words[0] !== undefined && words[0].start > candidate.end + 1) return null
  if (
    words[0] !== undefined &&
    introducers.has(words[0].text.toLowerCase()) &&
    candidate.kind !== 'ordinal'
  ) {
    words = words.slice(1)
    if (words[0]?.text.toLowerCase() === 'the') words = words.slice(1)
  }
  const phrase: Word[] = []
  for (const word of words) {
    const lower = word.text.toLowerCase()
    if (notSubjects.has(lower)) break
    if (stopwords.has(lower) && !irregularPlurals.has(lower) && lower !== 'missing') break
    if (phrase.length > 0 && /(?:ed|ing)$/.test(lower) && !outcomeWords[lower]) break
    if (phrase.length > 0 && outcomeWords[lower] !== undefined) break
    phrase.push(word)
    if (phrase.length === 3 || isPlural(lower)) break
  }
  // A lone verb is no subject: 'Tens of thousands marched'.
  if (
    phrase.length === 1 &&
    /(?:ed|ing)$/.test(phrase[0]!.text.toLowerCase()) &&
    !outcomeWords[phrase[0]!.text.toLowerCase()]
  )
    return null
  if (phrase.length === 0) return null
  const head = headOf(phrase)
  if (head === null) return null
  const headIndex = words.indexOf(head)
  for (const later of words.slice(headIndex + 1, headIndex + 5)) {
    const outcome = outcomeWords[later.text.toLowerCase()]
    if (outcome !== undefined) return outcome
  }
  if (/^\p{Lu}/u.test(head.text) && !/^\p{Lu}+$/u.test(head.text)) return null
  return normalizeSubject(head.text)
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
  return lower.length > 3 && /[^su']s$/.test(lower)
}

function looksAdjectival(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /(?:al|ed|ive|ic|ous|an|ese|ish|ful|less|ary|ern|ing|-\p{L}+)$/u.test(word)
}

function subjectBefore(text: string, candidate: Candidate): string | null {
  if (candidate.kind === 'ordinal' || candidate.kind === 'duration') return null
  const words = wordsBefore(text, candidate.start, 7)
  let linked = false
  for (const word of words) {
    const lower = word.text.toLowerCase()
    if (filler.has(lower)) continue
    if (linkingVerbs.has(lower)) {
      linked = true
      continue
    }
    if (!linked || stopwords.has(lower)) return null
    if (/^\p{Lu}/u.test(word.text) && !atSentenceStart(text, word.start)) return null
    if (lower === 'toll') return 'deaths'
    return normalizeSubject(lower)
  }
  return null
}
