import type { Citation } from '../types.js'
import type { Block } from './block.js'
import { rawSpan } from './offsets.js'
import { BARE_URL, URL_GLUED_BEFORE, URL_TRAILING_PUNCTUATION } from './patterns.js'

/** A bare URL found in text: its range in the text and the address it points to. */
export interface BareUrl {
  start: number
  end: number
  url: string
}

/**
 * Finds bare web addresses in text, as GitHub-flavoured Markdown's autolink literals did:
 * `https://…`, `http://…` and `www.…` (given the `http://` scheme), not glued to the word
 * before, with trailing sentence punctuation and an unbalanced closing parenthesis left out.
 * A `www.` address or a scheme without a host with a dot is not a URL. Linear.
 *
 * @example
 * findBareUrls('See https://vale.example/report (page 4). Or www.orrin.example.')
 * //=> [{ start: 4, end: 31, url: 'https://vale.example/report' },
 * //    { start: 45, end: 62, url: 'http://www.orrin.example' }]
 */
export function findBareUrls(text: string): BareUrl[] {
  const found: BareUrl[] = []
  if (!text.includes('http') && !text.includes('HTTP') && !text.includes('www.')) return found
  BARE_URL.lastIndex = 0
  for (let match = BARE_URL.exec(text); match !== null; match = BARE_URL.exec(text)) {
    const start = match.index
    if (start > 0 && URL_GLUED_BEFORE.test(text.charAt(start - 1))) continue
    const candidate = trimUrl(match[0])
    const scheme =
      candidate.startsWith('www.') || candidate.startsWith('WWW.') ? 0 : candidate.indexOf('//') + 2
    const host = candidate.slice(scheme, hostEnd(candidate, scheme))
    if (host.length < 3 || !host.includes('.') || host.endsWith('.')) continue
    found.push({
      start,
      end: start + candidate.length,
      url: scheme === 0 ? `http://${candidate}` : candidate,
    })
  }
  return found
}

/**
 * Records the bare URLs of a block's text as citations of kind 'link' (raw spans), leaving
 * out any that lie inside a link the reader already recorded (`[https://x.org](https://x.org)`,
 * `<a href>`). Code blocks are left alone. Returns the same block when nothing is added.
 *
 * @example
 * import { readText } from './text.js'
 * const [block] = readText('See https://vale.example/report for the figures.')
 * withBareUrls(block).citations.map((c) => c.source) //=> ['https://vale.example/report']
 */
export function withBareUrls(block: Block): Block {
  if (block.kind === 'code') return block
  const urls = findBareUrls(block.content.text)
  if (urls.length === 0) return block
  const links = block.citations
    .filter((citation) => citation.kind === 'link')
    .sort((a, b) => a.start - b.start)
  const added: Citation[] = []
  let next = 0
  let reach = -1
  for (const url of urls) {
    const span = rawSpan(block.content, url.start, url.end)
    while (next < links.length && links[next]!.start < span.end) reach = Math.max(reach, links[next++]!.end)
    if (reach > span.start) continue
    added.push({ kind: 'link', source: url.url, ...span })
  }
  if (added.length === 0) return block
  const citations = [...block.citations, ...added].sort((a, b) => a.start - b.start || a.end - b.end)
  return { ...block, citations }
}

/** Cuts trailing punctuation and closing parentheses without an opening one; linear. */
function trimUrl(url: string): string {
  let depth = 0
  for (let i = 0; i < url.length; i++) {
    const char = url.charCodeAt(i)
    if (char === 40) depth++
    else if (char === 41) depth--
  }
  let end = url.length
  for (;;) {
    const last = url.charAt(end - 1)
    if (URL_TRAILING_PUNCTUATION.test(last)) end--
    else if (last === ')' && depth < 0) {
      end--
      depth++
    } else return url.slice(0, end)
  }
}

/** End of the host part of `url` (at the first `/`, `?` or `#` after `from`). */
function hostEnd(url: string, from: number): number {
  for (let i = from; i < url.length; i++) {
    const char = url.charAt(i)
    if (char === '/' || char === '?' || char === '#') return i
  }
  return url.length
}
