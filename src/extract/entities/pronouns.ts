// Pronoun sources ('he said', 'according to them') take the speaker they refer back to, read
// in article order: news copy names a speaker once, then goes on with 'he said'.

import type { Detail } from '../../types.js'
import { ownedSourcePattern } from '../patterns.js'
import { institutionNouns } from './lexicon.js'

/** Pronouns a source can be, by what they can refer back to. */
const pronouns: ReadonlyMap<string, 'person' | 'group' | 'thing'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['him', 'person'],
  ['her', 'person'],
  ['they', 'group'],
  ['them', 'group'],
  ['it', 'thing'],
])

/** Heads of common-noun sources that are no person: 'the fire service', 'the report'. */
const impersonalHeads = new Set([
  ...institutionNouns,
  'police',
  'brigade',
  'board',
  'union',
  'newspaper',
  'paper',
  'broadcaster',
  'network',
  'station',
  'media',
  'television',
  'radio',
  'report',
  'statement',
  'study',
  'survey',
  'census',
  'data',
  'figures',
  'filing',
  'audit',
  'review',
  'analysis',
  'poll',
  'tally',
  'release',
  'bulletin',
  'inquiry',
  'investigation',
  'team',
  'group',
  'force',
  'kremlin',
  'house',
  'school',
  'hospital',
  'university',
  'institute',
])
for (const role of ['spokesperson', 'spokesman', 'spokeswoman']) impersonalHeads.delete(role)

/** True when `name` is a pronoun source ('he', 'They', 'him'). */
export function isPronoun(name: string): boolean {
  return pronouns.has(name.toLowerCase())
}

/**
 * Gives every pronoun source (an attribution whose value is 'he', 'she', 'they', 'it', or
 * 'him', 'her', 'them' after 'according to') the speaker it refers back to, reading the
 * statements of one article in order: 'he' and 'she' the last speaker who is a person (a
 * named person or a role such as 'the harbour master'; failing that, the last person the
 * article names), 'they' the last speaker of any kind, 'it' the last speaker that is no
 * person (an organisation, a group, a document). A pronoun nothing comes before keeps its
 * own value. Pure: returns new lists where something changed.
 *
 * @example
 * // analyze() runs this over the article's statements:
 * const { statements } = analyze('Harbour master Ines Varga said 12 boats sank. Twelve people died, she said.')
 * statements[1].details.find((d) => d.kind === 'attribution')
 * //=> { text: 'she said', value: 'Ines Varga', ... }
 */
export function resolvePronouns(lists: Detail[][]): Detail[][] {
  const people = new Set<string>()
  const organizations = new Set<string>()
  for (const detail of lists.flat()) {
    if (detail.kind === 'person') people.add(String(detail.value))
    else if (detail.kind === 'organization') organizations.add(String(detail.value))
  }
  const last: Record<'person' | 'group' | 'thing' | 'mentioned', string | null> = {
    person: null,
    group: null,
    thing: null,
    mentioned: null,
  }
  // Loops, not callbacks made per article (V8 compiled such closures again after garbage
  // collections), giving packed arrays.
  const named: Detail[][] = []
  for (const details of lists) {
    let changed = false
    const resolved: Detail[] = []
    for (const detail of details) {
      const next = withReferent(detail, last, people, organizations)
      if (next !== detail) changed = true
      resolved.push(next)
    }
    named.push(changed ? resolved : details)
  }
  return named
}

/** `detail` with the speaker its pronoun refers back to, updating `last` (the people, groups and things met so far). */
function withReferent(
  detail: Detail,
  last: Record<'person' | 'group' | 'thing' | 'mentioned', string | null>,
  people: ReadonlySet<string>,
  organizations: ReadonlySet<string>,
): Detail {
  if (detail.kind === 'person') last.mentioned = String(detail.value)
  const speaker = speakerOf(detail)
  if (speaker === null) return detail
  const pronoun = pronouns.get(speaker.toLowerCase())
  if (pronoun === undefined) {
    const personal = people.has(speaker) || (!organizations.has(speaker) && isPersonalRole(speaker))
    last.group = speaker
    if (personal) last.person = speaker
    else last.thing = speaker
    return detail
  }
  const referent = pronoun === 'person' ? (last.person ?? last.mentioned) : last[pronoun]
  if (referent === null) return detail
  return detail.kind === 'attribution'
    ? { ...detail, value: referent, source: referent }
    : { ...detail, source: referent }
}

/** Who an attribution or a quote names as its source, or null. */
function speakerOf(detail: Detail): string | null {
  if (detail.kind === 'attribution') return String(detail.value)
  if (detail.kind === 'quote' && detail.source !== null) return detail.source
  return null
}

/**
 * A lower-case source that names one person by role ('harbour master', 'spokeswoman for the
 * council'), not a group ('officials', 'local media') or an institution ('fire service').
 */
function isPersonalRole(name: string): boolean {
  const owned = name.search(ownedSourcePattern)
  const phrase = owned === -1 ? name : name.slice(0, owned)
  const head = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase()
  if (head === '' || head !== phrase.slice(phrase.lastIndexOf(' ') + 1)) return false
  if (impersonalHeads.has(head) || (head.endsWith('s') && !head.endsWith('ss'))) return false
  return true
}
