// Canonical names within one article ('Putin' -> 'Vladimir Putin'), and the name key
// names are compared by (`canonicalNameKey`); across articles, compare/values `sameName` decides.

import type { Citation, Detail, Statement } from '../../types.js'
import {
  combiningMarkPattern,
  finalPeriodPattern,
  leadingThePattern,
  nationalLeaderPattern,
  nonWordRunPattern,
  possessiveEndingPattern,
  whitespacePattern,
  whitespaceRunPattern,
} from '../patterns.js'
import { demonyms, knownPlace, leadingTitles } from './lexicon.js'
import { isPronoun, resolvePronouns } from './pronouns.js'

/** Head-of-state and government titles that 'the Chinese leader' can refer back to. */
const leaderTitles = new Set([
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'supreme leader',
])

/**
 * A person's name without titles, possessive or extra spaces.
 *
 * @example
 * canonicalName("President Xi's") //=> 'Xi'
 * canonicalName('Dr. Elena Suponina') //=> 'Elena Suponina'
 */
export function canonicalName(name: string): string {
  const tokens = name
    .replace(possessiveEndingPattern, (end) => (end.startsWith('s') ? 's' : ''))
    .split(whitespacePattern)
    .filter(Boolean)
  while (tokens.length > 1 && leadingTitles.has(tokens[0]!.replace(finalPeriodPattern, '').toLowerCase()))
    tokens.shift()
  return tokens.join(' ')
}

/**
 * A key that two spellings of one name share across articles: titles, diacritics,
 * possessives, punctuation and case removed.
 *
 * @example
 * canonicalNameKey('President Vladimir Putin') //=> 'vladimir putin'
 * canonicalNameKey('Volodymyr Zelenskyy’s') //=> 'volodymyr zelenskyy'
 */
export function canonicalNameKey(name: string): string {
  const plain = canonicalName(name.normalize('NFKD').replace(combiningMarkPattern, ''))
  return plain.toLowerCase().replace(nonWordRunPattern, ' ').trim()
}

/**
 * Gives the names of one article their canonical values: a short mention ('Putin',
 * 'President Putin', 'Xi') takes the full name the article uses ('Vladimir Putin',
 * 'Xi Jinping') when exactly one full name fits; a role mention ('the Russian president')
 * takes the name the article attached to that role ('Russian President Vladimir Putin'),
 * and 'the Chinese leader' the one Chinese head of state or government it names. Role
 * mentions the article never ties to a name are dropped. Pronoun sources ('he said') take the
 * speaker they refer back to (see `resolvePronouns`), in details and citations alike. Pure:
 * returns new statements.
 *
 * @example
 * // analyze() runs this over the article's statements:
 * const { statements } = analyze('Russian President Vladimir Putin arrived. The Russian president left.')
 * statements.flatMap((s) => s.details).filter((d) => d.kind === 'person').map((d) => d.value)
 * //=> ['Vladimir Putin', 'Vladimir Putin']
 */
export function resolveAliases(statements: Statement[]): Statement[] {
  const lists = resolveDetailAliases(statements.map((statement) => statement.details))
  const fullNames = indexFullNames(fullNamesOf(lists.flat()))
  const resolved: Statement[] = []
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!
    const details = lists[i]!
    const citations = resolveCitations(statement.citations, fullNames, details)
    resolved.push(
      details === statement.details && citations === statement.citations
        ? statement
        : { ...statement, details, citations },
    )
  }
  return resolved
}

/**
 * Speaker citations ('said', 'quote', 'according-to') take the name their detail resolved to
 * (a full name for 'Putin', the speaker a pronoun refers back to, the person bound to 'the
 * mayor'), or else the full name of a short name: 'Putin' -> 'Vladimir Putin'.
 */
function resolveCitations(citations: Citation[], fullNames: FullNames, details: Detail[]): Citation[] {
  let changed = false
  const resolved = citations.map((citation) => {
    if (citation.kind !== 'said' && citation.kind !== 'quote' && citation.kind !== 'according-to')
      return citation
    const same = details.find(
      (detail) =>
        detail.start === citation.start &&
        detail.end === citation.end &&
        (detail.kind === 'attribution' || detail.kind === 'quote'),
    )
    const named =
      same === undefined ? undefined : same.kind === 'quote' ? (same.source ?? undefined) : String(same.value)
    const match = named !== undefined && named !== '' ? named : matchShortName(citation.source, fullNames)
    if (match === null || match === citation.source) return citation
    changed = true
    return { ...citation, source: match }
  })
  return changed ? resolved : citations
}

/** The full names of an article, indexed by the key of their last and of their first word. */
interface FullNames {
  byFamily: Map<string, string[]>
  byGiven: Map<string, string[]>
}

/** Indexes full names once per article, so each short name is matched by two look-ups. */
function indexFullNames(fullNames: string[]): FullNames {
  const byFamily = new Map<string, string[]>()
  const byGiven = new Map<string, string[]>()
  for (const full of fullNames) {
    const words = canonicalNameKey(full).split(' ')
    for (const [index, key] of [
      [byFamily, words[words.length - 1]!],
      [byGiven, words[0]!],
    ] as const) {
      const list = index.get(key)
      if (list === undefined) index.set(key, [full])
      else list.push(full)
    }
  }
  return { byFamily, byGiven }
}

/** The one full name a single-word name stands for (family name first, then given name), or null. */
function matchShortName(name: string, fullNames: FullNames): string | null {
  if (name.includes(' ')) return null
  const token = canonicalNameKey(name)
  const byFamily = fullNames.byFamily.get(token) ?? []
  if (byFamily.length === 1) return byFamily[0]!
  const byGiven = fullNames.byGiven.get(token) ?? []
  return byFamily.length === 0 && byGiven.length === 1 ? byGiven[0]! : null
}

/** The multi-word person names of an article, sorted. */
function fullNamesOf(details: Detail[]): string[] {
  const people = details.filter((detail) => detail.kind === 'person' && !isRole(detail))
  return unique(people.map((detail) => String(detail.value)).filter((value) => value.includes(' ')))
}

/** `resolveAliases` over lists of details (one list per statement of one article). */
export function resolveDetailAliases(lists: Detail[][]): Detail[][] {
  const all = lists.flat()
  const fullNames = indexFullNames(fullNamesOf(all))
  const roles = roleBindings(all.filter((detail) => detail.kind === 'person' && !isRole(detail)))
  // Loops, not callbacks made per article (V8 compiled such a closure again after garbage
  // collections), giving packed arrays.
  const named: Detail[][] = []
  for (const details of lists) {
    let changed = false
    const resolved: Detail[] = []
    for (const detail of details) {
      const next = resolveOne(detail, fullNames, roles)
      if (next !== detail) changed = true
      if (next !== null) resolved.push(next)
    }
    named.push(changed ? resolved : details)
  }
  return resolvePronouns(named)
}

function resolveOne(detail: Detail, fullNames: FullNames, roles: Map<string, string[]>): Detail | null {
  if (detail.kind === 'person' && isRole(detail)) {
    const role = String(detail.value).replace(leadingThePattern, '')
    const names = roles.get(role) ?? leaderOf(role, roles)
    return names !== undefined && names.length === 1 ? { ...detail, value: names[0]! } : null
  }
  if ((detail.kind === 'person' || detail.kind === 'organization') && typeof detail.value === 'string') {
    // A lone word the article also uses as a person's name is that person ('Putin', 'Xi').
    const match = matchShortName(detail.value, fullNames)
    if (match !== null) return { ...detail, kind: 'person', value: match }
  }
  if (isUnlistedPlace(detail)) {
    // So is a place read from its position alone when it is the family name of one person the
    // article names ('drove over Johnson' after 'LuAnn Marie Johnson'); a first word is not
    // enough ('in Portland' and 'the Portland Trail Blazers', misread as a person).
    const family = fullNames.byFamily.get(canonicalNameKey(String(detail.value))) ?? []
    if (family.length === 1) return { ...detail, kind: 'person', value: family[0]! }
  }
  if (
    (detail.kind === 'quote' || detail.kind === 'attribution') &&
    detail.source !== null &&
    !isPronoun(detail.source)
  ) {
    // 'the mayor said' after 'Mayor Lena Brandt': the role's one bound name speaks.
    const bound = roles.get(detail.source)
    const match =
      matchShortName(detail.source, fullNames) ??
      (bound !== undefined && bound.length === 1 ? bound[0]! : null)
    if (match !== null)
      return { ...detail, source: match, value: detail.kind === 'attribution' ? match : detail.value }
  }
  return detail
}

/** A one-word place read from its position alone ('over Johnson', 'in Halden'), not from the gazetteer. */
function isUnlistedPlace(detail: Detail): boolean {
  if (detail.kind !== 'place' || typeof detail.value !== 'string' || detail.value.includes(' ')) return false
  return !knownPlace(detail.value.toLowerCase())
}

function isRole(detail: Detail): boolean {
  return typeof detail.value === 'string' && detail.value.startsWith('the ')
}

/** Roles stated before a name in the article: 'Russian President Vladimir Putin' -> 'russian president'. */
function roleBindings(people: Detail[]): Map<string, string[]> {
  const roles = new Map<string, string[]>()
  for (const detail of people) {
    const name = String(detail.value)
    const at = detail.text.lastIndexOf(name.split(' ')[0]!)
    if (at <= 0) continue
    const role = detail.text.slice(0, at).trim().toLowerCase().replace(whitespaceRunPattern, ' ')
    if (role === '') continue
    const titles = role.split(' ').filter((word) => !demonyms.has(word))
    const variants = [role, titles.join(' ')]
    for (const variant of variants) {
      if (variant === '') continue
      const names = roles.get(variant) ?? []
      if (!names.includes(name)) names.push(name)
      roles.set(variant, names)
    }
  }
  return roles
}

/** 'chinese leader' -> the one name bound to a Chinese head-of-state or government title. */
function leaderOf(role: string, roles: Map<string, string[]>): string[] | undefined {
  const found = nationalLeaderPattern.exec(role)
  if (found === null) return undefined
  const names = unique(
    [...roles.entries()]
      .filter(
        ([bound]) => bound.startsWith(`${found[1]} `) && leaderTitles.has(bound.slice(found[1]!.length + 1)),
      )
      .flatMap(([, bound]) => bound),
  )
  return names.length === 0 ? undefined : names
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort()
}
