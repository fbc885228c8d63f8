import type { Language } from '../language/language.js'
import { WHITE_SPACE_RUN } from '../parse/patterns.js'
import { CLAUSE_CONJUNCTION, CLAUSE_SEMICOLON, DIGIT } from './patterns.js'
import { isUpper, wordAt } from './words.js'

/** Fewest words on each side of a clause split. */
export const MIN_CLAUSE_WORDS = 6

/**
 * Splits one sentence range `[start, end)` of `text` into clause ranges for long compound
 * sentences: at '; ' and before ', and' / ', but' / ', while' / ', whereas' / ', yet' when a
 * subject-like word follows (a pronoun, a determiner, a name, a number: `language.clauseSubjects`,
 * or a capital or digit), and only when both
 * sides have at least `MIN_CLAUSE_WORDS` words, never inside a quotation or parenthesis. The
 * conjunction opens the second clause.
 *
 * @example
 * segment('Troops marched through the square at dawn, and the crowd cheered them for an hour.',
 *   { granularity: 'clause' }).map((s) => s.text)
 * //=> ['Troops marched through the square at dawn', 'and the crowd cheered them for an hour.']
 */
export function splitClauses(
  text: string,
  start: number,
  end: number,
  language: Language,
): Array<[number, number]> {
  const sentence = text.slice(start, end)
  const cuts: Array<{ leftEnd: number; rightStart: number }> = []
  CLAUSE_SEMICOLON.lastIndex = 0
  for (let match = CLAUSE_SEMICOLON.exec(sentence); match !== null; match = CLAUSE_SEMICOLON.exec(sentence)) {
    cuts.push({ leftEnd: match.index, rightStart: match.index + 2 })
  }
  CLAUSE_CONJUNCTION.lastIndex = 0
  for (
    let match = CLAUSE_CONJUNCTION.exec(sentence);
    match !== null;
    match = CLAUSE_CONJUNCTION.exec(sentence)
  ) {
    const after = match.index + match[0].length
    const word = wordAt(sentence, after)
    const subject =
      language.clauseSubjects.has(word.toLowerCase()) || isUpper(word.charAt(0)) || DIGIT.test(word.charAt(0))
    if (subject) cuts.push({ leftEnd: match.index, rightStart: match.index + 2 })
  }
  if (cuts.length === 0) return [[start, end]]
  cuts.sort((a, b) => a.leftEnd - b.leftEnd)
  const ranges: Array<[number, number]> = []
  let from = 0
  for (const cut of cuts) {
    if (cut.leftEnd <= from || insidePair(sentence, cut.leftEnd)) continue
    if (words(sentence.slice(from, cut.leftEnd)) < MIN_CLAUSE_WORDS) continue
    if (words(sentence.slice(cut.rightStart)) < MIN_CLAUSE_WORDS) continue
    ranges.push([start + from, start + cut.leftEnd])
    from = cut.rightStart
  }
  ranges.push([start + from, end])
  return ranges
}

function words(text: string): number {
  const trimmed = text.trim()
  return trimmed === '' ? 0 : trimmed.split(WHITE_SPACE_RUN).length
}

/** True when `at` lies inside a quotation or a parenthesis opened earlier in `sentence`. */
function insidePair(sentence: string, at: number): boolean {
  let straight = 0
  let curly = 0
  let round = 0
  for (let i = 0; i < at; i++) {
    const char = sentence.charAt(i)
    if (char === '"') straight++
    else if (char === '“') curly++
    else if (char === '”') curly = Math.max(0, curly - 1)
    else if (char === '(') round++
    else if (char === ')') round = Math.max(0, round - 1)
  }
  return straight % 2 === 1 || curly > 0 || round > 0
}
