import type { LoadedArticle } from './article.js'

/**
 * An article id from a file name: letters, digits, `.`, `_` and `-` kept, every other run
 * of characters turned into one `-`.
 *
 * @example
 * sanitizeId('Harbor Gazette (print)') //=> 'Harbor-Gazette-print'
 */
export function sanitizeId(name: string): string {
  let id = ''
  for (const char of name) {
    if (/[\p{L}\p{N}._-]/u.test(char)) id += char
    else if (!id.endsWith('-')) id += '-'
  }
  // Trailing dashes by hand: /-+$/ retries every run of dashes that is not at the end.
  let end = id.length
  while (end > 0 && id.charCodeAt(end - 1) === 45) end--
  const trimmed = id.slice(0, end).replace(/^-+/, '')
  return trimmed === '' ? 'article' : trimmed
}

/** Makes ids unique across files (`ap`, `ap-2`, ...), so two `ap.md` in different folders both load. */
export function withUniqueIds(loaded: LoadedArticle[]): LoadedArticle[] {
  const seen = new Set<string>()
  for (const article of loaded) {
    const base = article.input.id ?? 'article'
    let id = base
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`
    seen.add(id)
    article.input.id = id
  }
  return loaded
}
