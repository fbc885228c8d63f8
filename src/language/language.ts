/**
 * The words a language's rules read, as sentence-splitter keeps them: the segmenter's
 * abbreviations and sentence openers, and the speech verbs that cue a quotation's speaker.
 * The rules take the record as a parameter (`SentenceContext.language`, `ExtractContext.language`),
 * so a second language is a new file beside english.ts, not a fork of the rules. Entries are
 * lower-case; abbreviations are written without their last dot ('a.m', 'e.g').
 *
 * English (src/language/english.ts) is the only language corroborate ships.
 */
export interface Language {
  /** BCP 47 tag: 'en'. */
  readonly code: string
  /** Titles that precede a name and never end a sentence: 'dr', 'gen'. */
  readonly titles: ReadonlySet<string>
  /** Abbreviations inside a sentence that may end one when a sentence opener follows: 'inc', 'u.s'. */
  readonly contextAbbreviations: ReadonlySet<string>
  /** Abbreviations that stand before a number: 'no', 'vol'. */
  readonly numberAbbreviations: ReadonlySet<string>
  /** Abbreviated month names: 'jan', 'sept'. */
  readonly monthAbbreviations: ReadonlySet<string>
  /** Abbreviated times of day: 'a.m', 'p.m'. */
  readonly timeAbbreviations: ReadonlySet<string>
  /** Titles and roles written out before a name: 'mayor', 'senator'. */
  readonly roleTitles: ReadonlySet<string>
  /** Abbreviations that never end a sentence: 'e.g', 'i.e'. */
  readonly neverFinal: ReadonlySet<string>
  /** Words that typically open a sentence: 'the', 'but'. */
  readonly sentenceOpeners: ReadonlySet<string>
  /** Words that start a clause with its own subject after ', and' / ', but': 'he', 'police'. */
  readonly clauseSubjects: ReadonlySet<string>
  /**
   * Reporting verbs that cue quotes and attributions ('said', 'told reporters'), in the order
   * the patterns try them (src/extract/patterns.ts `speechPatterns`).
   */
  readonly speechVerbs: readonly string[]
  /** Irregular past tenses (and their present forms) that report speech: 'said', 'told'. */
  readonly irregularSpeechVerbs: ReadonlySet<string>
  /** Words with the form of a speech verb ('-ed', '-s') that never report speech: 'hundred', 'news'. */
  readonly notSpeechVerbs: ReadonlySet<string>
}
