import { packedMap } from '../../packed-map.js'
import { ENDS_WITH_TERMINAL } from '../../segment/patterns.js'
import { stopwords } from '../../text/natural.js'
import { canonicalName } from '../entities/aliases.js'
import {
  calendarWords,
  demonyms,
  gazetteer,
  isPlacePrefix,
  knownOrganizations,
  knownPlace,
  lawHeads,
  leadingTitles,
  nameConnectors,
  notNames,
  organizationAliases,
  organizationCues,
  placeAliases,
  placeCues,
  placeModifiers,
} from '../entities/lexicon.js'
import { bareCandidate, type Candidate, type Extractor } from '../extractor.js'
import { singularOf } from '../nouns.js'
import {
  acronymPattern,
  capitalInitialPattern,
  capitalizedWordAtPattern,
  capitalizedWordPattern,
  capitalsWordPattern,
  collectiveSources,
  finalPeriodPattern,
  keepPeriodPattern,
  letterInitialPattern,
  middleInitialPattern,
  nameCompoundSuffixPattern,
  nameListJoinerPattern,
  pluralPossessivePattern,
  possessivePattern,
  roleMentionPattern,
  sourcePhraseBreakPattern,
  speechVerbWordPattern,
  whitespacePattern,
} from '../patterns.js'
import { atSentenceStart, type Word, wordStart, wordsAfter, wordsBefore } from '../text-utils.js'

type NameKind = 'person' | 'organization' | 'place'

/** Prepositions after which a lone capitalised word is a place ('in Moscow'). */
const placePrepositions = new Set([
  'in',
  'at',
  'from',
  'near',
  'across',
  'into',
  'outside',
  'inside',
  'toward',
  'towards',
  'to',
  'over',
])
/** Plural titles that introduce several names: 'Presidents Putin and Xi'. */
const pluralTitles = new Set(['presidents', 'senators', 'ministers', 'leaders', 'generals'])

/**
 * People, organisations and places, from runs of capitalised words: titles mark people
 * ('Russian President Vladimir Putin' -> person 'Vladimir Putin'), cue words mark
 * organisations ('Ministry', 'Agency', 'NATO') and places ('Square', 'Sea', a small
 * gazetteer, 'in X'). A common word that is capitalised only because it starts the sentence
 * is not a name. The detail's text keeps the title; its value is the canonical name.
 *
 * @example
 * extractDetails('NATO Secretary-General Mark Rutte said').map((d) => [d.kind, d.value])
 * //=> [['organization', 'NATO'], ['person', 'Mark Rutte'], ['attribution', 'Mark Rutte']]
 */
export const nameExtractor: Extractor = {
  name: 'name',
  pattern: () => capitalizedWordPattern,
  extract(text, match, context): Candidate[] | null {
    const previous = wordsBefore(text, match.index, 1)[0]
    // A word right after a capitalised one is inside that word's run, unless that run ended at a
    // possessive and a title with a name starts here ("Sheriff's Deputy Mark Olsen" named no
    // one; "Florida's Governor said" names no one still).
    const afterRun =
      previous !== undefined && previous.end === match.index - 1 && capitalInitialPattern.test(previous.text)
    const titled = afterRun && possessivePattern.test(previous.text) && leadingTitles.has(bare(match[0]))
    if (afterRun && !titled) return null
    const run = readRun(text, match.index)
    if (run.length === 0) return null
    if (titled && run.every((word) => leadingTitles.has(bare(word.text)))) return null
    return classify(text, run, context.titleCaseLines)
  },
}

/**
 * Mentions of a person by role ('the Russian president', 'the Chinese leader'), kept with
 * the role as value; `resolveAliases` gives them the name the article attached to that role
 * and drops those the article never names.
 *
 * @example
 * // A title alone is a person once an earlier name resolves it (see resolveAliases):
 * const [, second] = analyze('Russian President Vladimir Putin arrived. The Russian president left.').statements
 * second.details.map((d) => [d.kind, d.text, d.value]) //=> [['person', 'The Russian president', 'Vladimir Putin']]
 */
export const roleExtractor: Extractor = {
  name: 'role',
  pattern: () => roleMentionPattern,
  extract(_text, match): Candidate {
    const start = match.index
    const value = match[0].toLowerCase()
    return bareCandidate('person', start, start + match[0].length, value, 'role')
  },
}

/**
 * The run with an adjective-making compound part cut off its last word: 'Los Angeles-area'
 * names 'Los Angeles' (it was the person 'Los Angeles-area'), 'Seattle-based' names 'Seattle'.
 */
function withoutCompoundSuffix(run: readonly Word[]): Word[] {
  const last = run[run.length - 1]!
  const suffix = nameCompoundSuffixPattern.exec(last.text)
  if (suffix === null) return [...run]
  return [
    ...run.slice(0, -1),
    { text: last.text.slice(0, suffix.index), start: last.start, end: last.start + suffix.index },
  ]
}

/** Whether the run's first two or more words name a place ('New Jersey', 'New York City Mayor ...'). */
function startsWithPlace(words: readonly Word[]): boolean {
  const lower = words.map((word) => bare(word.text))
  return placeOfFirst(lower, 2, lower.length)
}

/** Whether the first `shortest` to `longest` of the lower-case words name a gazetteer place. */
function placeOfFirst(lower: readonly string[], shortest: number, longest: number): boolean {
  for (let end = shortest; end <= longest; end++)
    if (gazetteer.has(lower.slice(0, end).join(' '))) return true
  return false
}

/** Reads capitalised words joined by single spaces (and connectors inside institutional names). */
function readRun(text: string, start: number): Word[] {
  const run: Word[] = []
  let at = start
  for (;;) {
    capitalizedWordAtPattern.lastIndex = at
    const found = capitalizedWordAtPattern.exec(text)
    if (found === null) break
    let token = found[0]
    let end = at + token.length
    let last = false
    // 'Jack B. Weinstein': an initial after a name's first word keeps its period and the run
    // goes on, when a capitalised word follows.
    const initial = run.length > 0 && middleInitialPattern.test(token) && nameGoesOn(text, end + 1)
    if (!initial && token.endsWith('.') && !keepPeriodPattern.test(token) && !acronymPattern.test(token)) {
      token = token.slice(0, -1)
      end--
      last = true
    }
    if (possessivePattern.test(token) && token.length > 2) last = true
    run.push({ text: token, start: at, end })
    if (last || run.length >= 8 || text[end] !== ' ') break
    const next = end + 1
    capitalizedWordAtPattern.lastIndex = next
    if (capitalizedWordAtPattern.test(text)) {
      at = next
      continue
    }
    // 'Halden & Frost', 'Procter & Gamble': an ampersand joins the names of one firm.
    if (text.startsWith('& ', next)) {
      capitalizedWordAtPattern.lastIndex = next + 2
      if (capitalizedWordAtPattern.test(text)) {
        run.push({ text: '&', start: next, end: next + 1 })
        at = next + 2
        continue
      }
    }
    const connector = wordsAfter(text, end, 1)[0]
    if (connector === undefined || connector.start !== end + 1 || text[connector.end] !== ' ') break
    // 'Bank of England' (a cue word before the connector), or a place written with a small
    // word ('Rio de Janeiro', 'Dar es Salaam', 'Trinidad and Tobago').
    const cued = nameConnectors.has(connector.text) && run.some((word) => isCue(word.text))
    if (!cued && !isPlacePrefix([...run.map((word) => bare(word.text)), connector.text].join(' '))) break
    capitalizedWordAtPattern.lastIndex = connector.end + 1
    if (!capitalizedWordAtPattern.test(text)) break
    run.push({ text: connector.text, start: connector.start, end: connector.end })
    at = connector.end + 1
  }
  return run
}

/**
 * Whether a capitalised word that is not a common word ('The', 'But') starts at `at`, after a
 * space: the surname after a middle initial, where 'Plan B. The council' ends the sentence.
 */
function nameGoesOn(text: string, at: number): boolean {
  if (text[at - 1] !== ' ') return false
  capitalizedWordAtPattern.lastIndex = at
  const next = capitalizedWordAtPattern.exec(text)
  return next !== null && !stopwords.has(bare(next[0]))
}

function isCue(word: string): boolean {
  const lower = bare(word)
  return organizationCues.has(lower) || placeCues.has(lower) || leadingTitles.has(lower)
}

/** The pronoun 'I', alone or in a contraction ('I'm', 'I'd', 'I'll', 'I've'). */
const firstPersonPattern = /^I(?:['’](?:m|d|ll|ve))?$/

/** Lower-case word without a possessive or final period. */
function bare(word: string): string {
  const plain = word.replace(possessivePattern, '')
  return (acronymPattern.test(plain) ? plain : plain.replace(finalPeriodPattern, '')).toLowerCase()
}

function classify(text: string, run: Word[], titleCaseLines: Map<number, boolean>): Candidate[] | null {
  let words = withoutCompoundSuffix(run)
  const sentenceStart = atSentenceStart(text, words[0]!.start)
  // A capitalised common word at the start of a sentence is not a name, unless it starts a
  // place's name ("New Jersey's governor ...").
  if (sentenceStart && !startsWithPlace(words)) {
    const first = bare(words[0]!.text)
    const alone = words.length === 1
    if (
      speechVerbWordPattern.test(first) ||
      stopwords.has(first) ||
      notNames.has(first) ||
      calendarWords.has(first) ||
      (alone && !trustedAlone(text, words[0]!))
    ) {
      words = words.slice(1)
    }
  }
  // 'I' and its contractions are no part of a name ('... but I'm OK,' said Thompson).
  while (words.length > 0 && (nameConnectors.has(words[0]!.text) || firstPersonPattern.test(words[0]!.text)))
    words = words.slice(1)
  if (words.length === 0) return null
  // A run of words in capitals ('PROVISIONAL TRIAL DATE SET'): set in capitals, not acronyms,
  // so capitals say nothing about names there, as in a Title Case heading; one that ends in an
  // organisation's cue word is still its name ('MARFIN EGNATIA BANK').
  const shouted = isShouted(words) && !organizationCues.has(bare(words[words.length - 1]!.text))
  const titleCase = shouted || isTitleCase(text, words[0]!.start, titleCaseLines)
  // Names joined by an ampersand are one firm's ('Halden & Frost'); acronyms so joined are
  // several bodies ('EU & IMF'). Before a title, the title's reading below sees the firm.
  const ampersand = words.findIndex((word) => word.text === '&')
  if (ampersand > 0 && !titleCase && !words.some((word) => leadingTitles.has(bare(word.text)))) {
    const [left, right] = [words[ampersand - 1]!.text, words[ampersand + 1]?.text ?? '']
    if (!(acronymPattern.test(left) && acronymPattern.test(right.replace(possessivePattern, ''))))
      return [candidate('organization', words, join(words))]
    words = words.slice(0, ampersand)
  }
  const found: Candidate[] = []
  const lowerRun = packedMap(words, (word) => bare(word.text))
  // 'County Sheriff's', 'Police Chief': a title with only its jurisdiction names no one.
  if (
    words.length > 1 &&
    lowerRun.every((word, i) =>
      i === lowerRun.length - 1 ? leadingTitles.has(word) : qualifiesTitle(lowerRun, i),
    )
  )
    return null
  const whole = lowerRun.join(' ')
  if (titleCase && !lowerRun.some((word) => leadingTitles.has(word))) {
    if (gazetteer.has(whole)) return [candidate('place', words, join(words))]
    const named = words
      .filter((word) => {
        const lower = bare(word.text)
        return (
          knownPlace(lower) ||
          knownOrganizations.has(lower) ||
          (!shouted && isAcronym(word.text.replace(possessivePattern, '')))
        )
      })
      .map((word) => single(text, [word], false, true))
      .filter((name) => name !== null)
    return named.length > 0 ? named : null
  }
  if (
    organizationCues.has(lowerRun[lowerRun.length - 1]!) ||
    (lowerRun.some((word) => organizationCues.has(word)) && !lowerRun.some((word) => leadingTitles.has(word)))
  ) {
    return [candidate('organization', words, organizationAliases[whole] ?? join(words))]
  }
  if (knownPlace(whole)) return [candidate('place', words, placeAliases[whole] ?? join(words))]
  // 'Aoraki-Mount Cook National Park', 'Hearst State Park': 'national' and 'state' are no titles there.
  if (
    words.length > 1 &&
    placeCues.has(lowerRun[lowerRun.length - 1]!) &&
    lowerRun.every((word) => !leadingTitles.has(word) || placeAdjectives.has(word)) &&
    !speakingPerson(text, words, lowerRun)
  ) {
    return [candidate('place', words, join(words))]
  }
  // Titles: everything before the first title is its own name; the words after the titles are a person.
  const titleAt = lowerRun.findIndex((word, i) => leadingTitles.has(word) && i < lowerRun.length - 1)
  if (titleAt !== -1) {
    let nameAt = titleAt
    while (
      nameAt < lowerRun.length &&
      (leadingTitles.has(lowerRun[nameAt]!) ||
        nameConnectors.has(lowerRun[nameAt]!) ||
        demonyms.has(lowerRun[nameAt]!) ||
        qualifiesTitle(lowerRun, nameAt))
    )
      nameAt++
    let head = words.slice(0, titleAt).filter((word) => !demonyms.has(bare(word.text)))
    // 'Assistant Sheriff', 'Senior Trooper': words that modify the title are part of it.
    while (head.length > 0 && titleModifiers.has(bare(head[head.length - 1]!.text))) head = head.slice(0, -1)
    // 'City Attorney', 'Energy Secretary', 'Assistant District Attorney': a lone place or
    // institution word, or place words with the words that modify the title, are the title's
    // jurisdiction or portfolio, not a name ('Assistant District' was a place). 'West Coast
    // Bank Chief Executive' keeps its bank.
    const jurisdiction =
      head.length === 1
        ? placeCues.has(bare(head[0]!.text)) || organizationCues.has(bare(head[0]!.text))
        : head.every((word) => titleModifiers.has(bare(word.text)) || placeCues.has(bare(word.text)))
    if (jurisdiction) head = []
    if (head.length > 0) {
      const named = single(text, head, titleCase, true)
      // What stands before a title is its jurisdiction or body, never a person ('Boston Fire
      // Lt. Ana Ruiz', 'Philadelphia Homicide Capt. James Clark').
      if (named !== null)
        found.push(named.kind === 'person' ? candidate('organization', head, join(head)) : named)
    }
    // 'Mayor Karen Bass of Los Angeles': the person ends at 'of'; what follows is named apart.
    const of = words.findIndex((word, i) => i > nameAt && word.text === 'of')
    const name = words.slice(nameAt, Math.min(nameAt + 4, of === -1 ? words.length : of))
    if (of !== -1 && of + 1 < words.length) {
      const after = single(text, words.slice(of + 1), titleCase, true)
      if (after !== null) found.push(after)
    }
    if (name.length > 0 && !name.every((word) => notNames.has(bare(word.text)))) {
      const titleStart = words.slice(0, titleAt).every((word) => demonyms.has(bare(word.text))) ? 0 : titleAt
      const mention = {
        ...candidate('person', name, canonicalName(join(name))),
        start: words[titleStart]!.start,
      }
      found.push(mention)
      if (pluralTitles.has(lowerRun[titleAt]!)) found.push(...followingNames(text, mention.end))
    }
    return found.length > 0 ? found : null
  }
  const named = single(text, words, titleCase, sentenceStart && words === run)
  return named === null ? null : [named]
}

/**
 * Whether the word at `at` of a lower-case run qualifies the title after it: a modifier, a
 * jurisdiction or a portfolio ('Deputy County Coroner', 'Deputy Assistant Secretary').
 */
function qualifiesTitle(lowerRun: readonly string[], at: number): boolean {
  const word = lowerRun[at]!
  const next = lowerRun[at + 1]
  return (
    next !== undefined &&
    leadingTitles.has(next) &&
    (titleModifiers.has(word) || placeCues.has(word) || organizationCues.has(word))
  )
}

/**
 * Whether a run of bare lower-case words is a team: '... Sox', a place, then 'United' or 'FC'
 * ('Boston Red Sox', 'Manchester United'), or a place of two words or more, then a plural ('Los
 * Angeles Lakers', 'New York Giants'); these were people. A one-word place before a plural is
 * left alone: surnames end in s too ('Sydney Adams').
 */
function isTeamName(lower: readonly string[]): boolean {
  if (lower.length < 2) return false
  const last = lower[lower.length - 1]!
  // 'Red Sox', 'White Sox': a team without its city too.
  if (last === 'sox') return true
  const tail = teamTails.has(last)
  if (!(tail || (last.length > 3 && last.endsWith('s') && !last.endsWith('ss')))) return false
  // The team's own name is one or two words after the place ('Los Angeles Angels GM Tony
  // Reagins' is a team and a person).
  return placeOfFirst(lower, Math.max(tail ? 1 : 2, lower.length - 2), lower.length - 1)
}

/** Last words of team names after a place that are no plural: 'Manchester United', 'Toronto FC'. */
const teamTails: ReadonlySet<string> = new Set(['united', 'fc'])

/** A run without titles: an organisation, a place or a person, or nothing. */
function single(text: string, words: Word[], titleCase: boolean, trusted: boolean): Candidate | null {
  const trimmed = words.filter((word, i) => i > 0 || !demonyms.has(bare(word.text)) || words.length === 1)
  if (trimmed.length === 0) return null
  const lower = packedMap(trimmed, (word) => bare(word.text))
  const whole = lower.join(' ')
  const only = trimmed.length === 1 ? trimmed[0]!.text.replace(possessivePattern, '') : null
  if (only !== null && isAcronym(only) && !notNames.has(lower[0]!)) {
    if (placeAliases[lower[0]!] !== undefined) return candidate('place', trimmed, placeAliases[lower[0]!]!)
    return candidate('organization', trimmed, organizationAliases[lower[0]!] ?? only)
  }
  if (
    lower.every(
      (word) => demonyms.has(word) || notNames.has(word) || calendarWords.has(word) || stopwords.has(word),
    )
  )
    return null
  if (knownPlace(whole)) return candidate('place', trimmed, placeAliases[whole] ?? join(trimmed))
  if (organizationAliases[whole] !== undefined)
    return candidate('organization', trimmed, organizationAliases[whole])
  if (lower.some((word) => organizationCues.has(word)))
    return candidate('organization', trimmed, join(trimmed))
  // A law or an agreement ('the Marine Mammal Protection Act') is no person, place or body.
  if (trimmed.length > 1 && lawHeads.has(lower[lower.length - 1]!)) return null
  // A place word after a hyphen counts ('Aoraki-Mount Cook'); one before it does not ('State-run TV').
  if (
    lower.some(
      (word) =>
        placeCues.has(word) ||
        word
          .split('-')
          .slice(1)
          .some((part) => placeCues.has(part)),
    ) &&
    trimmed.length > 1
  ) {
    if (speakingPerson(text, trimmed, lower))
      return candidate('person', trimmed, canonicalName(join(trimmed)))
    return candidate('place', trimmed, join(trimmed))
  }
  if (isTeamName(lower)) return candidate('organization', trimmed, join(trimmed))
  if (trimmed.length === 1) {
    const word = trimmed[0]!
    const name = word.text.replace(possessivePattern, '')
    // 'Indo-Pacific', 'Russia-China', 'Sino-Russian': compounds, not names.
    if (name.includes('-') && !gazetteer.has(lower[0]!)) return null
    if (notNames.has(lower[0]!) || officeWords.has(lower[0]!)) return null
    // A group of unnamed people at a sentence's start ('Officials said ...') is a source, not a person.
    if (collectiveSources.test(name)) return null
    if (knownOrganizations.has(lower[0]!) || isAcronym(name)) return candidate('organization', trimmed, name)
    const before = wordsBefore(text, word.start, 1)[0]?.text.toLowerCase()
    // 'The Governor said': a title after 'the' is a role, not a name ('King said' may be one).
    if (before === 'the' && leadingTitles.has(lower[0]!)) return null
    if (before !== undefined && placePrepositions.has(before) && !followedBySpeech(text, word.end))
      return candidate('place', trimmed, name)
    const afterSpeech = before !== undefined && speechVerbWordPattern.test(before)
    if (
      trusted ||
      afterSpeech ||
      followedBySpeech(text, word.end) ||
      followedByWho(text, word.end) ||
      possessivePattern.test(word.text) ||
      ((before === 'and' || before === 'or') && !continuesOrganization(text, word.start))
    ) {
      // 'Okafor's office' is hers; 'the Commerce department' is no one.
      const portfolio = !possessivePattern.test(word.text) && namesInstitution(text, word.end)
      return portfolio ? null : candidate('person', trimmed, canonicalName(name))
    }
    return null
  }
  if (titleCase) return null
  if (trimmed.length > 4) return null
  // 'Little Italy', 'Old Tappan'; 'Little Jimmy Dwyer' has a given name and a family name after it.
  if (trimmed.length === 2 && placeModifiers.has(lower[0]!)) return candidate('place', trimmed, join(trimmed))
  return candidate('person', trimmed, canonicalName(join(trimmed)))
}

/**
 * Whether a word in capitals is an acronym ('NATO', 'U.S.', 'WHO'), not a common word set in
 * capitals ('FOR', 'MAY', 'FRIDAY' in a headline).
 */
function isAcronym(word: string): boolean {
  if (!acronymPattern.test(word)) return false
  const lower = word.toLowerCase()
  return knownOrganizations.has(lower) || (!stopwords.has(lower) && !calendarWords.has(lower))
}

/** Whether a run has two words or more, all in capitals ('TRIAL DATE SET', not 'NATO Secretary'). */
function isShouted(words: readonly Word[]): boolean {
  const letters = words.filter((word) => letterInitialPattern.test(word.text))
  return letters.length >= 2 && letters.every((word) => capitalsWordPattern.test(word.text))
}

/**
 * Whether a lone capitalised word after 'and' or 'or' (at `start`) goes on the name of a body
 * that the capitalised run before the conjunction starts: an organisation cue, then 'of' or
 * 'for', then the words the conjunction joins ('the Academy of Film Arts and Sciences', 'the
 * Office of Management and Budget'). A run that ends in its cue is a whole name, and the word
 * after the conjunction another one ('The Police Federation and Okafor disagreed', as a
 * breaker showed).
 */
function continuesOrganization(text: string, start: number): boolean {
  let connected = false
  for (const word of wordsBefore(text, start, 8).slice(1)) {
    const lower = bare(word.text)
    if (!capitalInitialPattern.test(word.text)) {
      if (!nameConnectors.has(lower)) return false
      connected = true
    } else if (connected && organizationCues.has(lower)) return true
  }
  return false
}

/**
 * Whether the word after a lone name (at `end`) is an institution noun in lower case, so that
 * the name is its portfolio or owner ('the Interior and Commerce departments'), not a person.
 */
function namesInstitution(text: string, end: number): boolean {
  const next = wordsAfter(text, end, 1)[0]
  if (next === undefined || next.start !== end + 1 || next.text !== next.text.toLowerCase()) return false
  return organizationCues.has(next.text) || organizationCues.has(singularOf(next.text))
}

/** 'Presidents Putin and Xi': the names after a plural title. */
function followingNames(text: string, end: number): Candidate[] {
  const found: Candidate[] = []
  let at = end
  for (;;) {
    const joiner = nameListJoinerPattern.exec(text.slice(at, at + 6))
    if (joiner === null) break
    capitalizedWordAtPattern.lastIndex = at + joiner[0].length
    const next = capitalizedWordAtPattern.exec(text)
    if (next === null) break
    const start = at + joiner[0].length
    const token = next[0].replace(finalPeriodPattern, '')
    const word = { text: token, start, end: start + token.length }
    found.push(candidate('person', [word], canonicalName(token.replace(possessivePattern, ''))))
    at = word.end
  }
  return found
}

/** A single capitalised word that starts a sentence and is still a name. */
function trustedAlone(text: string, word: Word): boolean {
  const lower = bare(word.text)
  if (knownPlace(lower) || knownOrganizations.has(lower)) return true
  if (isAcronym(word.text.replace(possessivePattern, ''))) return true
  if (demonyms.has(lower) || calendarWords.has(lower) || notNames.has(lower)) return false
  return (
    followedBySpeech(text, word.end) || possessivePattern.test(word.text) || followedByWho(text, word.end)
  )
}

/** ', who' or ', whose' right after a word: the word names a person ('Hiller, who had worked there'). */
function followedByWho(text: string, end: number): boolean {
  return whoPattern.test(text.slice(end, end + 8))
}

const whoPattern = /^, who(?:se)?\b/

/** Most lower-case role words between a speech verb and a name: 'said hospital director Sue Park'. */
const ROLE_WORDS = 3

/**
 * True when a two-word run whose surname is a place word ('Sue Park', 'Ada Bridge') speaks:
 * a speech verb follows it ('Nina Park told reporters') or stands before it, perhaps across a
 * role in lower case ('said grid manager Sue Park'). Places do not speak, people do.
 */
function speakingPerson(text: string, words: Word[], lower: string[]): boolean {
  if (words.length !== 2 || placeCues.has(lower[0]!) || !surnameCues.has(lower[1]!)) return false
  if (followedBySpeech(text, words[1]!.end)) return true
  const before = wordsBefore(text, words[0]!.start, ROLE_WORDS + 1)
  for (const word of before) {
    if (speechVerbWordPattern.test(word.text)) return true
    if (word.text !== word.text.toLowerCase() || sourcePhraseBreakPattern.test(word.text)) return false
  }
  return false
}

/** Titles that are no one's surname: alone, an office ("the Sheriff's deputies"), not a person. */
const officeWords: ReadonlySet<string> = new Set([
  'sheriff',
  'undersheriff',
  'coroner',
  'prosecutor',
  'trooper',
])

/** Words before a title that belong to it ('Assistant Sheriff', 'Acting Director', 'Rear Admiral'). */
const titleModifiers: ReadonlySet<string> = new Set([
  'assistant',
  'associate',
  'senior',
  'acting',
  'interim',
  'former',
  'rear',
])

/** Title words that also name a kind of place ('National Park', 'State Forest'). */
const placeAdjectives: ReadonlySet<string> = new Set(['national', 'state', 'high'])

/** Place words that are also common surnames: 'Mina Park', 'Hal Bridge' ('Douglas County' is none). */
const surnameCues: ReadonlySet<string> = new Set(['park', 'bridge', 'street', 'lake', 'bay', 'lane'])

function followedBySpeech(text: string, end: number): boolean {
  const next = wordsAfter(text, end, 1)[0]
  if (next === undefined || next.start !== end + 1) return false
  return speechVerbWordPattern.test(next.text)
}

/**
 * The names in the run of capitalised words that starts at `start` (people, organisations,
 * places), as the name extractor reads them; null when the run is no name. `titleCaseLines`
 * is the statement's memo (`StatementContext`).
 */
export function namesAt(
  text: string,
  start: number,
  titleCaseLines: Map<number, boolean>,
): Candidate[] | null {
  const run = readRun(text, start)
  return run.length === 0 ? null : classify(text, run, titleCaseLines)
}

/**
 * The name whose run of capitalised words ends right at `end` ('Ortiz' in 'Ortiz told'),
 * or null.
 */
export function nameEndingAt(
  text: string,
  end: number,
  titleCaseLines: Map<number, boolean>,
): Candidate | null {
  const before = wordsBefore(text, end, 6)
  if (before.length === 0 || before[0]!.end !== end) return null
  let first: Word | null = null
  for (const word of before) {
    if (capitalInitialPattern.test(word.text) || (first !== null && nameConnectors.has(word.text))) {
      if (capitalInitialPattern.test(word.text)) first = word
      continue
    }
    break
  }
  if (first === null) return null
  // Take in a title abbreviation before the name: 'Mr. Ortiz', 'Dr. Elena Marsh'.
  const titleStart = wordStart(text, first.start - 2)
  const title = text.slice(titleStart, first.start - 1)
  const from = text[first.start - 1] === ' ' && keepPeriodPattern.test(title) ? titleStart : first.start
  const names = namesAt(text, from, titleCaseLines)
  const last = names?.[names.length - 1]
  return last !== undefined && last.end >= end - 2 ? last : null
}

/** Longest line that can be a Title Case heading; a longer one is running text. */
const TITLE_LINE_MAX = 500

/**
 * True when the line around `position` is a heading in Title Case: most of its words are
 * capitalised, so capitals say little about names. Measured once per line of a statement:
 * `titleCaseLines` is that statement's memo, keyed by line start.
 */
function isTitleCase(text: string, position: number, titleCaseLines: Map<number, boolean>): boolean {
  // The search for the line's ends stops TITLE_LINE_MAX characters away: unbounded, it scanned
  // back to the start of a long line for every capitalised word, quadratic on one long line
  // (800 KB without a line break took extractDetails minutes).
  let lineStart = position
  const reach = Math.max(0, position - TITLE_LINE_MAX)
  while (lineStart > reach && text.charCodeAt(lineStart - 1) !== 10) lineStart--
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false
  const known = titleCaseLines.get(lineStart)
  if (known !== undefined) return known
  let lineEnd = position
  const limit = Math.min(text.length, lineStart + TITLE_LINE_MAX + 1)
  while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10) lineEnd++
  if (lineEnd - lineStart > TITLE_LINE_MAX) {
    titleCaseLines.set(lineStart, false)
    return false
  }
  const line = text.slice(lineStart, lineEnd)
  const tokens = line.split(whitespacePattern).filter((token) => letterInitialPattern.test(token))
  const capitalised = tokens.filter((token) => capitalInitialPattern.test(token)).length
  // A line that ends a sentence is prose, however many of its words are capitalised ('Mary
  // Ortiz spoke on Friday.'); a headline in title case has no full stop.
  const result =
    tokens.length >= 3 && capitalised / tokens.length >= 0.6 && !ENDS_WITH_TERMINAL.test(line.trimEnd())
  titleCaseLines.set(lineStart, result)
  return result
}

function join(words: Word[]): string {
  return words
    .map((word, i) => (i === words.length - 1 ? word.text.replace(possessivePattern, '') : word.text))
    .join(' ')
}

function candidate(kind: NameKind, words: Word[], value: string): Candidate {
  const last = words[words.length - 1]!
  const possessive = possessivePattern.test(last.text)
  const end = possessive ? last.end - (pluralPossessivePattern.test(last.text) ? 1 : 2) : last.end
  return bareCandidate(kind, words[0]!.start, end, value, 'name')
}
