import { bareCandidate, type Candidate, type Extractor, type StatementContext } from '../extractor.js'
import {
  capitalAfterSpacePattern,
  collectiveSources,
  letterPattern,
  pronounPattern,
  quotePattern,
  quoteTailNameFirstPattern,
  quoteTailStartPattern,
  singleQuotePattern,
  trailingClausePunctuationPattern,
} from '../patterns.js'
import { cueOf, type Source, sourceAfter, sourceBefore } from '../speakers.js'
import { isSpeechParticiple, isSpeechVerbForm } from '../speech-verbs.js'
import { wordsAfter, wordsBefore } from '../text-utils.js'

/** ', adding: ' / ', saying that ' right before a quote; group 1 is the participle. */
const participleLeadPattern = /, ([a-z]{2,20}ing)(?: that)?[,:]? ?$/

/**
 * Direct quotations in straight, curly or angle double quotes (and curly single quotes),
 * with their source (the speaker) and cue verb when the sentence names them: '"...", Ortiz told
 * reporters', 'Putin declared: "..."', '"...", said Dr. Elena Suponina'. A partial quote
 * ('Xi emphasized the "unshakeable foundation"') takes the speaker of the nearest earlier
 * reporting verb. Value: the quoted words; the detail's text includes the quote marks.
 *
 * @example
 * extractDetails('"We will rebuild," Ortiz told reporters.')[0]
 * //=> { kind: 'quote', value: 'We will rebuild', source: 'Ortiz', cue: 'told reporters', ... }
 */
export const quoteExtractor: Extractor = {
  name: 'quote',
  pattern: () => quotePattern,
  extract(text, match, context): Candidate | null {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? ''
    return quoteCandidate(text, match.index, match.index + match[0].length, inner, context)
  },
}

/**
 * Quotations in straight single quotes, as headlines print them: "'We will not retreat',
 * says Putin". At least two words, so apostrophes are never read as quotes.
 *
 * @example
 * extractDetails("'We will not retreat', says Putin")[0]
 * //=> { kind: 'quote', value: 'We will not retreat', source: 'Putin', ... }
 */
export const singleQuoteExtractor: Extractor = {
  name: 'single-quote',
  pattern: () => singleQuotePattern,
  extract(text, match, context): Candidate | null {
    const inner = match[1] ?? ''
    if (!inner.includes(' ')) return null
    return quoteCandidate(text, match.index, match.index + match[0].length, inner, context)
  },
}

function quoteCandidate(
  text: string,
  start: number,
  end: number,
  inner: string,
  context: StatementContext,
): Candidate | null {
  const value = inner.trim().replace(trailingClausePunctuationPattern, '').trim()
  if (value === '' || !letterPattern.test(value)) return null
  const found = speakerOf(text, start, end, context)
  return bareCandidate('quote', start, end, value, 'quote', {
    source: found?.source?.name ?? null,
    cue: found?.cue || null,
  })
}

function speakerOf(
  text: string,
  start: number,
  end: number,
  context: StatementContext,
): { source: Source | null; cue: string } | null {
  const lines = context.titleCaseLines
  const { speech } = context
  const tail = text.slice(end, end + 160)
  // '"... world." The Chinese leader noted': a quote closed by a full stop ends its sentence,
  // so a capitalised word after it starts the next one, not an attribution.
  const finished = text[end - 2] === '.' && capitalAfterSpacePattern.test(tail)
  const verbFirst = finished ? null : speech.quoteTailVerbFirst.exec(tail)
  if (verbFirst !== null) {
    const verbEnd = end + verbFirst[0].length - 1
    const source = sourceAfter(text, verbEnd + 1, lines, true)
    if (source !== null) return { source, cue: cueOf(verbFirst[1]!, text, verbEnd).cue }
  }
  // '"...," grumbled Mayor Jo Marsh': any speech verb, known by its form, before its source.
  const inverted = finished ? null : invertedCue(text, end, context)
  if (inverted !== null) return inverted
  const nameFirst = finished ? null : quoteTailNameFirstPattern.exec(tail)
  if (nameFirst !== null && quoteTailStartPattern.test(tail)) {
    const verb = firstVerbAfter(text, end + nameFirst[0].length, 60, speech.firstSpeechVerb)
    if (verb !== null) {
      const source = sourceBefore(text, verb.start, lines)
      if (source !== null && source.start === end + nameFirst[0].length) {
        return { source, cue: cueOf(verb.verb, text, verb.end).cue }
      }
      if (source === null && verb.start <= end + nameFirst[0].length + 30)
        return { source: null, cue: cueOf(verb.verb, text, verb.end).cue }
    }
    // '"Run!" a guard yelled': any speech verb, known by its form, right after its source.
    const formed = sourceThenVerb(text, end, end + nameFirst[0].length, context)
    if (formed !== null) return formed
  }
  const participle = participleLead(text, start, lines)
  if (participle !== null) return participle
  const head = text.slice(Math.max(0, start - 40), start)
  const lead = speech.quoteLead.exec(head)
  if (lead !== null) {
    const verbStart = start - head.length + lead.index + (lead[0].length - lead[0].trimStart().length)
    const source = sourceBefore(text, verbStart, lines)
    return { source, cue: lead[1]!.toLowerCase() }
  }
  const earlier = lastVerbBefore(text, start, speech.quoteSpeechVerb)
  if (earlier !== null) {
    return { source: sourceBefore(text, earlier.start, lines), cue: earlier.verb.toLowerCase() }
  }
  return null
}

/**
 * The speaker and cue of an inverted attribution right after a quote ending at `end`: a
 * lower-case word with the form of a speech verb, then its source ('grumbled Mayor Jo Marsh',
 * 'added shopkeeper Amy Tran', 'asked the mayor'), or null.
 */
function invertedCue(
  text: string,
  end: number,
  context: StatementContext,
): { source: Source; cue: string } | null {
  const lead = quoteTailNameFirstPattern.exec(text.slice(end, end + 8))
  if (lead === null) return null
  const verb = wordsAfter(text, end + lead[0].length, 1)[0]
  if (
    verb === undefined ||
    verb.start !== end + lead[0].length ||
    !isSpeechVerbForm(verb.text, context.language)
  )
    return null
  if (text[verb.end] !== ' ') return null
  const source = sourceAfter(text, verb.end + 1, context.titleCaseLines, true)
  return source === null ? null : { source, cue: verb.text }
}

/** Most words of a source between a quotation and its speech verb: 'the harbour fire chief'. */
const SOURCE_WORDS = 5

/**
 * The speaker and cue when a source starts right at `from` after a quotation that ends at `end`
 * and a lower-case word with the form of a speech verb follows it directly: '"Run!" a guard
 * yelled', '"Can anyone hear me?" a voice called out', '"We lost," a fan sighed.'. The verb
 * must end the clause, or the quotation be a question or an exclamation followed by a
 * source in lower case, so '"Dateline," Jane Pauley has signed a deal' names no speaker.
 */
function sourceThenVerb(
  text: string,
  end: number,
  from: number,
  context: StatementContext,
): { source: Source; cue: string } | null {
  const asked = text[end - 2] === '?' || text[end - 2] === '!'
  const lowerSource = text[from] !== undefined && text[from] === text[from]!.toLowerCase()
  const words = wordsAfter(text, from, SOURCE_WORDS + 1)
  for (const word of words.slice(1)) {
    if (!isSpeechVerbForm(word.text, context.language)) continue
    const source = sourceBefore(text, word.start, context.titleCaseLines)
    if (source === null || source.start !== from) continue
    if (!(asked && lowerSource) && !verbEndsClause(text, word.end)) return null
    return { source, cue: cueOf(word.text, text, word.end).cue }
  }
  return null
}

/** True when the clause ends after the verb at `end`: punctuation, the text's end, or 'out'. */
function verbEndsClause(text: string, end: number): boolean {
  const rest = text.slice(end, end + 5)
  return rest === '' || /^(?:[.,;!?]| out\b)/.test(rest)
}

/** Farthest back (in characters) the clause before a participle cue is read. */
const PARTICIPLE_CLAUSE = 120

/**
 * The speaker of a quote introduced by a participle after a clause: in 'The council said Jo
 * Marsh apologised, adding: "We were wrong."' the quote is Marsh's, the named subject of the
 * verb nearest before ', adding', not the council's. Null when no participle leads the quote
 * or no named or collective subject stands before it.
 */
function participleLead(
  text: string,
  start: number,
  lines: Map<number, boolean>,
): { source: Source | null; cue: string } | null {
  const lead = participleLeadPattern.exec(text.slice(Math.max(0, start - 30), start))
  if (lead === null || !isSpeechParticiple(lead[1]!)) return null
  const comma = start - lead[0].length
  const from = Math.max(0, comma - PARTICIPLE_CLAUSE)
  const words = wordsBefore(text, comma, 12)
  for (const word of words) {
    if (word.start < from) break
    if (word.text !== word.text.toLowerCase()) continue
    const source = sourceBefore(text, word.start, lines)
    if (source === null || pronounPattern.test(source.name)) continue
    // A named subject or a collective one ('police'), never a noun phrase of the clause ('the
    // deepening ties').
    if (capitalPattern.test(source.name) || collectiveSources.test(source.name))
      return { source, cue: lead[1]! }
  }
  return null
}

/** A capital letter at the start of a name. */
const capitalPattern = /^\p{Lu}/u

function firstVerbAfter(
  text: string,
  from: number,
  span: number,
  pattern: RegExp,
): { verb: string; start: number; end: number } | null {
  const window = text.slice(from, from + span)
  const found = pattern.exec(window)
  if (found === null) return null
  return { verb: found[1]!, start: from + found.index, end: from + found.index + found[0].length }
}

function lastVerbBefore(
  text: string,
  position: number,
  pattern: RegExp,
): { verb: string; start: number } | null {
  const window = text.slice(Math.max(0, position - 300), position)
  const offset = position - window.length
  let last: { verb: string; start: number } | null = null
  pattern.lastIndex = 0
  for (let found = pattern.exec(window); found !== null; found = pattern.exec(window)) {
    last = { verb: found[1]!, start: offset + found.index }
  }
  pattern.lastIndex = 0
  return last
}
