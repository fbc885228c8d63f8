import { CorroborateError } from '../errors.js'

/**
 * Deepest nesting of Markdown block quotes and lists that is read. remark-parse's time grows
 * with the square of the nesting (10 KB of nested lists took 7 s), and no article nests this
 * deep; deeper input is 'E_INPUT_TOO_DEEP'.
 */
export const MAX_MARKDOWN_DEPTH = 50

/**
 * Most '*' and '_' characters one Markdown paragraph may hold (list markers at line starts
 * aside): resolving emphasis is quadratic in them (3,000 nested emphasis markers took 25 s).
 */
export const MAX_EMPHASIS_MARKERS = 2000

/**
 * Most images one Markdown paragraph may nest inside each other's alt text (`![![![x](a)](b)](c)`):
 * micromark resolves each closing label against every open one, so nesting is quadratic (1,000
 * nested images, 13 KB, took 7 s; 2,000 took 32 s). A real article nests two at most (a
 * badge image inside a link).
 */
export const MAX_IMAGE_NESTING = 50

/**
 * Refuses Markdown nested deeper than the parser can read in linear time: block quotes and
 * lists past `MAX_MARKDOWN_DEPTH` levels, or a paragraph with more than
 * `MAX_EMPHASIS_MARKERS` emphasis markers or images nested more than `MAX_IMAGE_NESTING` deep.
 * One linear pass over the text, before parsing.
 * Throws `CorroborateError` 'E_INPUT_TOO_DEEP' naming the line.
 *
 * @example
 * checkMarkdownDepth('> > quoted\n\n- item') // ok
 * checkMarkdownDepth('>'.repeat(3000)) // throws E_INPUT_TOO_DEEP
 */
export function checkMarkdownDepth(text: string): void {
  let line = 1
  let emphasis = 0
  let images = 0
  let paragraphLine = 1
  let at = 0
  while (at <= text.length) {
    let end = text.indexOf('\n', at)
    if (end === -1) end = text.length
    const depth = lineDepth(text, at, end)
    if (depth > MAX_MARKDOWN_DEPTH) {
      throw new CorroborateError(
        'E_INPUT_TOO_DEEP',
        `The Markdown nests quotes or lists ${depth} levels deep at line ${line}, more than the ` +
          `${MAX_MARKDOWN_DEPTH} corroborate reads; flatten the nesting, or read the article as format 'text'.`,
        String(depth),
      )
    }
    const markers = emphasisMarkers(text, at, end)
    // A blank line ends a paragraph; a quote or list marker starts one of its own.
    if (depth > 0) {
      emphasis = 0
      images = 0
      paragraphLine = line
    }
    if (markers < 0) {
      emphasis = 0
      images = 0
      paragraphLine = line + 1
    } else {
      images = openImages(text, at, end, images)
      if (images > MAX_IMAGE_NESTING) {
        throw new CorroborateError(
          'E_INPUT_TOO_DEEP',
          `The Markdown paragraph at line ${paragraphLine} nests more than ${MAX_IMAGE_NESTING} images ` +
            `('![') inside each other, more than corroborate reads; remove them, or read the article as format 'text'.`,
          String(images),
        )
      }
      emphasis += markers
      if (emphasis > MAX_EMPHASIS_MARKERS) {
        throw new CorroborateError(
          'E_INPUT_TOO_DEEP',
          `The Markdown paragraph at line ${paragraphLine} has more than ${MAX_EMPHASIS_MARKERS} '*' and '_' ` +
            `emphasis markers, more than corroborate reads; split it, or read the article as format 'text'.`,
          String(emphasis),
        )
      }
    }
    at = end + 1
    line++
  }
}

/**
 * Container markers that open a line: each '>' and list marker ('-', '+', '*', '1.', '1)')
 * counts one level, and the indentation before a list marker half a level a column.
 */
function lineDepth(text: string, from: number, to: number): number {
  let at = from
  let indent = 0
  while (at < to && isSpace(text.charCodeAt(at))) {
    indent += text.charCodeAt(at) === 9 ? 4 : 1
    at++
  }
  let depth = 0
  let listed = false
  while (at < to) {
    const marker = markerEnd(text, at, to)
    if (marker === at) break
    if (text.charCodeAt(at) !== 62) listed = true
    depth++
    at = marker
    while (at < to && isSpace(text.charCodeAt(at))) at++
  }
  return listed ? depth + Math.floor(indent / 2) : depth
}

/** The end of a '>' or list marker at `at`, or `at` when there is none. */
function markerEnd(text: string, at: number, to: number): number {
  const code = text.charCodeAt(at)
  if (code === 62) return at + 1
  const spaced = (end: number): number => (end === to || isSpace(text.charCodeAt(end)) ? end : at)
  if (code === 45 || code === 43 || code === 42) return spaced(at + 1)
  let end = at
  while (end < to && end - at < 9 && isDigit(text.charCodeAt(end))) end++
  if (end === at || end === to) return at
  const after = text.charCodeAt(end)
  return after === 46 || after === 41 ? spaced(end + 1) : at
}

/** Emphasis markers of a line (`*` and `_` past its first visible character); -1 for a blank line. */
function emphasisMarkers(text: string, from: number, to: number): number {
  let at = from
  while (at < to && (isSpace(text.charCodeAt(at)) || text.charCodeAt(at) === 13)) at++
  if (at === to) return -1
  let count = 0
  let other = false
  for (let k = at + 1; k < to; k++) {
    const code = text.charCodeAt(k)
    if (code === 42 || code === 95) count++
    else if (!isSpace(code) && code !== 13) other = true
  }
  // A line of nothing but markers is a thematic break ('* * *'), which holds no emphasis.
  return other ? count : 0
}

/**
 * Images still open after a line: `open` plus each '![' (not escaped) less each ']' that
 * closes one; the result is past `MAX_IMAGE_NESTING` as soon as the line goes past it.
 */
function openImages(text: string, from: number, to: number, open: number): number {
  let count = open
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k)
    if (code === 92) k++
    else if (code === 33 && text.charCodeAt(k + 1) === 91) {
      count++
      k++
      if (count > MAX_IMAGE_NESTING) return count
    } else if (code === 93 && count > 0) count--
  }
  return count
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Deepest nesting of HTML elements that is read. The HTML tree is converted and walked by
 * recursive functions, so without a count the limit would be wherever the call stack ran out:
 * a few thousand levels, varying with the engine and even between two calls of one process
 * (a property test found one input read once and refused the next time). No article nests
 * elements this deep.
 */
export const MAX_HTML_DEPTH = 1000

/** Elements without content: they never nest anything. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** Elements a parser closes by itself when the next one opens (`<p>a<p>b`, `<li>` runs). */
const SELF_CLOSING_ELEMENTS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'rtc',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
])

/** Elements whose content is text, not tags, up to their end tag. */
const RAW_TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
])

/**
 * Refuses HTML whose elements nest deeper than `MAX_HTML_DEPTH`, counted in one linear pass
 * before parsing: each start tag opens a level and each end tag closes one, except empty
 * elements, self-closing tags inside `svg` and `math` (elsewhere HTML ignores the '/': `<span/>`
 * opens a span, and a run of them nests) and elements the parser closes by itself (`p`, `li`, `td` ...);
 * comments and the content of `script` and `style` are skipped. Throws `CorroborateError`
 * 'E_INPUT_TOO_DEEP' naming the line.
 *
 * @example
 * checkHtmlDepth('<div><p>One<p>Two</div>') // ok
 * checkHtmlDepth('<b>'.repeat(5000)) // throws E_INPUT_TOO_DEEP
 */
export function checkHtmlDepth(text: string): void {
  let depth = 0
  // Inside <svg> and <math> a '/>' closes its tag; elsewhere HTML ignores it ('<span/>' opens a span).
  let foreign = 0
  let at = text.indexOf('<')
  while (at !== -1 && at < text.length) {
    const next = text.charCodeAt(at + 1)
    let end: number
    if (next === 33 && text.startsWith('<!--', at)) {
      end = text.indexOf('-->', at + 4)
      end = end === -1 ? text.length : end + 3
    } else if (next === 33 || next === 63) {
      end = tagClose(text, at)
    } else if (next === 47 || isLetter(next)) {
      const closing = next === 47
      const nameStart = closing ? at + 2 : at + 1
      let nameEnd = nameStart
      while (nameEnd < text.length && isNameChar(text.charCodeAt(nameEnd))) nameEnd++
      const name = text.slice(nameStart, nameEnd).toLowerCase()
      end = tagClose(text, at)
      const counted = name !== '' && !VOID_ELEMENTS.has(name) && !SELF_CLOSING_ELEMENTS.has(name)
      const foreignRoot = name === 'svg' || name === 'math'
      const selfClosed = text.charCodeAt(end - 2) === 47
      if (closing) {
        if (foreignRoot && foreign > 0) foreign--
        if (counted && depth > 0) depth--
      } else if (counted && !(selfClosed && foreign > 0)) {
        if (foreignRoot && !selfClosed) foreign++
        depth++
        if (depth > MAX_HTML_DEPTH) {
          throw new CorroborateError(
            'E_INPUT_TOO_DEEP',
            `The HTML nests elements more than ${MAX_HTML_DEPTH} levels deep at line ${lineAt(text, at)}, more ` +
              `than corroborate reads; flatten the nesting, or read the article as format 'text'.`,
            String(depth),
          )
        }
        if (RAW_TEXT_ELEMENTS.has(name)) {
          end = endTagAt(text, name, end)
          depth--
        }
      }
    } else {
      end = at + 1
    }
    at = text.indexOf('<', Math.max(end, at + 1))
  }
}

/** The end of the tag that opens at `at` (after its '>'), quoted attribute values stepped over. */
function tagClose(text: string, at: number): number {
  let quote = 0
  for (let k = at + 1; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (quote !== 0) {
      if (code === quote) quote = 0
    } else if (code === 34 || code === 39) quote = code
    else if (code === 62) return k + 1
  }
  return text.length
}

/** Where the end tag of `name` (any case) starts at or after `from`; the text's length if nowhere. */
function endTagAt(text: string, name: string, from: number): number {
  for (let k = text.indexOf('</', from); k !== -1; k = text.indexOf('</', k + 2)) {
    if (text.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k
  }
  return text.length
}

/** The 1-based line of `offset` in `text`, counting newline characters. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58
}

/**
 * Runs a reader whose parser or tree walk recurses once a level, turning a stack overflow on
 * deeply nested input (thousands of `<div>` or unclosed `<b>`) into 'E_INPUT_TOO_DEEP'.
 */
export function readWithinStack<T>(format: 'HTML' | 'Markdown', read: () => T): T {
  try {
    return read()
  } catch (error) {
    const overflow =
      (error instanceof RangeError && error.message.includes('call stack')) ||
      (error instanceof Error && error.name === 'InternalError') // Firefox: 'too much recursion'
    if (!overflow) throw error
    throw new CorroborateError(
      'E_INPUT_TOO_DEEP',
      `The ${format} nests elements too deeply to read (thousands of levels); flatten the nesting, ` +
        `or read the article as format 'text'.`,
    )
  }
}
