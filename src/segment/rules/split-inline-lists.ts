import type { Boundary, SentenceContext } from '../boundaries.js'
import { INLINE_BULLET, INLINE_LIST_MARKER, LETTER } from '../patterns.js'

/** Fewest markers in a row that make an inline list ('1) ... 2) ...'). */
const MIN_ITEMS = 2

/**
 * Splits an inline numbered or lettered list into items that keep their marker: 'The plan has
 * three parts: 1) close the road 2) move the buses 3) reopen the bridge.' gives the lead-in and
 * one statement per item. Markers ('1)', '2.)', '3.', '(4)', 'a)', 'b.', 'ii)') count only in a run
 * that counts up from 1, 'a' or 'i' by one, so a stray 'b)' or 'plan B.' splits nothing; in text that opens
 * with a bullet, each later bullet starts an item too.
 *
 * @example
 * segment('The plan has three parts: 1) close the road 2) move the buses 3) reopen the bridge.').map((s) => s.text)
 * //=> ['The plan has three parts:', '1) close the road', '2) move the buses', '3) reopen the bridge.']
 */
export function splitInlineLists(boundaries: Boundary[], context: SentenceContext): Boundary[] {
  const { text } = context
  const starts = inlineListStarts(text)
  if (starts.length === 0) return boundaries
  const nexts = new Set(boundaries.map((boundary) => boundary.next))
  const added: Boundary[] = []
  for (const at of starts) {
    if (at === 0 || nexts.has(at)) continue
    // The item before ends at the space before the marker.
    let end = at
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--
    added.push({ mark: end, end, next: at })
  }
  if (added.length === 0) return boundaries
  return [...boundaries, ...added].sort((a, b) => a.end - b.end || a.next - b.next)
}

/**
 * Where the items of every inline list of `text` start, in order: numbered and lettered runs
 * that count up from 1 or 'a', and, in text that opens with a bullet ('• 9. Close the gate • 10.
 * Lock the shed'), every bullet after a space.
 */
export function inlineListStarts(text: string): number[] {
  const starts = numberedItemStarts(text)
  if (!BULLETS.has(text.charAt(0))) return starts
  const bullets = [...text.matchAll(INLINE_BULLET)].map((match) => match.index)
  if (bullets.length === 0) return starts
  return [0, ...bullets, ...starts].sort((a, b) => a - b).filter((at, i, all) => i === 0 || all[i - 1] !== at)
}

/** Bullets that open a list item. */
const BULLETS: ReadonlySet<string> = new Set(['•', '⁃', '‣', '◦', '▪'])

/** How a run of inline list markers counts: '1) 2)', 'a) b)' or 'i) ii)'. */
type Counting = 'number' | 'letter' | 'roman'

/** Lower-case Roman numerals an inline list counts through, 1 to 12. */
const romanNumerals = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']

/**
 * What a marker's label counts as, and its place in that counting: a number, a letter, or a
 * Roman numeral. 'i', 'v' and 'x' are letters or numerals: they continue a run of `current`
 * counting when they can, and 'i' starts a Roman run.
 */
function readLabel(label: string, current: Counting | null): [Counting, number] {
  const roman = romanNumerals.indexOf(label) + 1
  if (!LETTER.test(label)) return roman > 0 ? ['roman', roman] : ['number', Number(label)]
  if (roman > 0 && (current === 'roman' || (label === 'i' && current !== 'letter'))) return ['roman', roman]
  return ['letter', label.toLowerCase().charCodeAt(0) - 96]
}

function numberedItemStarts(text: string): number[] {
  const starts: number[] = []
  let run: number[] = []
  let expected = -1
  let counting: Counting | null = null
  const flush = (): void => {
    if (run.length >= MIN_ITEMS) for (const start of run) starts.push(start)
    run = []
    expected = -1
    counting = null
  }
  INLINE_LIST_MARKER.lastIndex = 0
  for (let match = INLINE_LIST_MARKER.exec(text); match !== null; match = INLINE_LIST_MARKER.exec(text)) {
    const [kind, ordinal] = readLabel(match[1] ?? match[2]!, counting)
    if (run.length > 0 && ordinal === expected && kind === counting) {
      run.push(match.index)
      expected++
      continue
    }
    flush()
    const restart = readLabel(match[1] ?? match[2]!, null)
    if (restart[1] === 1) {
      run = [match.index]
      expected = 2
      counting = restart[0]
    }
  }
  INLINE_LIST_MARKER.lastIndex = 0
  flush()
  return starts
}
