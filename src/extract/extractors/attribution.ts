import { bareCandidate, type Candidate, type Extractor } from '../extractor.js'
import {
  accordingToPattern,
  appositionGapPattern,
  articlePattern,
  byAgentPattern,
  capitalInitialPattern,
  clauseBeforePattern,
  documentPrefixPattern,
  invertedSpeechVerbPattern,
  nothingSaidPattern,
  objectPronounPattern,
  passiveAfterVerbPattern,
  sourceBoundaryPattern,
  speechContinuationPattern,
  weakSpeechVerbPattern,
} from '../patterns.js'
import { cueOf, pronounBefore, sourceAfter, sourceBefore } from '../speakers.js'
import { wordsAfter } from '../text-utils.js'

/**
 * 'according to X': kind 'attribution', value the source ('Reuters', 'officials', 'the
 * health ministry' -> 'health ministry'), cue 'according to'. The span covers the phrase.
 *
 * @example
 * extractDetails('according to the Health Ministry')[0]
 * //=> { kind: 'attribution', value: 'Health Ministry', cue: 'according to', ... }
 */
export const accordingToExtractor: Extractor = {
  name: 'according-to',
  pattern: () => accordingToPattern,
  extract(text, match, context): Candidate | null {
    const start = match.index
    let at = start + match[0].length
    // 'according to figures from the UN refugee agency': the source is after the document.
    const document = documentPrefixPattern.exec(text.slice(at, at + 60))
    if (document !== null) at += document[0].length
    const first = wordsAfter(text, at, 1)[0]
    // 'according to him': resolved to the speaker it refers back to by `resolvePronouns`.
    if (first !== undefined && first.start === at && objectPronounPattern.test(first.text)) {
      const name = first.text.toLowerCase()
      return attribution(start, first.end, name, 'according to', name)
    }
    if (first !== undefined && articlePattern.test(first.text)) at = first.end + 1
    const named = sourceAfter(text, at, context.titleCaseLines)
    if (named !== null) {
      return attribution(start, named.end, named.name, 'according to', named.name)
    }
    // Lower-case sources: 'according to local media', 'according to the health ministry'.
    const words = wordsAfter(text, at, 3).filter(
      (word, i, all) => i === 0 || all[i - 1]!.end === word.start - 1,
    )
    const cut = words.findIndex((word) => sourceBoundaryPattern.test(word.text))
    const kept = cut === -1 ? words : words.slice(0, cut)
    if (kept.length === 0) return null
    const name = kept.map((word) => word.text).join(' ')
    return attribution(start, kept[kept.length - 1]!.end, name, 'according to', name)
  },
}

/**
 * 'X said', 'said X', 'X told Reuters', 'X reported', 'officials said', 'the harbour master
 * said', 'reported by the BBC': kind 'attribution', value the source's name, cue the verb.
 * Pronouns ('he said', 'she told reporters') give the pronoun, which `resolvePronouns`
 * replaces with the speaker it refers back to. No attribution where nothing is reported:
 * 'said to be' (hearsay about the subject), 'estimated at', 'he said nothing', and verbs with
 * everyday senses ('added 300 jobs', 'claimed 12 lives') unless a clause or the sentence end
 * follows them.
 *
 * @example
 * extractDetails('Twelve people died, police said.')[1]
 * //=> { kind: 'attribution', text: 'police said', value: 'police', cue: 'said', ... }
 * extractDetails('The port authority said 40 boats sank.')[0] //=> { value: 'port authority', cue: 'said', ... }
 */
export const saidExtractor: Extractor = {
  name: 'said',
  pattern: (context) => context.speech.speechVerb,
  extract(text, match, context): Candidate | null {
    const lines = context.titleCaseLines
    const verbStart = match.index
    const verbEnd = verbStart + match[0].length
    const after = text.slice(verbEnd, verbEnd + 40)
    if (passiveAfterVerbPattern.test(after) || nothingSaidPattern.test(after)) return null
    const { cue, end } = cueOf(match[1]!, text, verbEnd)
    if (byAgentPattern.test(after)) {
      const agent = sourceAfter(text, verbEnd + 4, lines)
      return agent === null ? null : attribution(verbStart, agent.end, agent.name, cue, agent.name)
    }
    if (weakSpeechVerbPattern.test(match[1]!) && !speechContinuationPattern.test(after)) return null
    const before = sourceBefore(text, verbStart, lines) ?? pronounBefore(text, verbStart)
    if (before !== null && appositionGapPattern.test(text.slice(before.end, verbStart))) {
      return attribution(before.start, end, before.name, cue, before.name)
    }
    if (text[verbEnd] !== ' ') return null
    const named = sourceAfter(text, verbEnd + 1, lines)
    if (named === null) return null
    // 'declared an emergency', 'announced a curfew': after a verb that takes an object, a
    // lower-case noun is what was said, not who said it ('said a guard' is a source).
    // After a clause ('The plant is safe, declared the mayor.') any speech verb may go first.
    const afterClause = clauseBeforePattern.test(text.slice(Math.max(0, verbStart - 3), verbStart))
    if (!capitalInitialPattern.test(named.name) && !afterClause && !invertedSpeechVerbPattern.test(cue))
      return null
    return attribution(verbStart, named.end, named.name, cue, named.name)
  },
}

function attribution(start: number, end: number, value: string, cue: string, source: string): Candidate {
  return bareCandidate('attribution', start, end, value, 'attribution', { source, cue })
}
