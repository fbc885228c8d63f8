// Front matter of a file the CLI reads: its YAML fields give an article's metadata.
import { parseDocument } from 'yaml'
import { CorroborateError } from '../errors.js'
import { blankPrefix, type FrontMatter, findFrontMatter } from '../parse/front-matter.js'
import { wordTable } from '../text/word-table.js'

/** An article's metadata from its front matter, and its text with the block blanked. */
export interface ArticleMatter {
  fields: Partial<Record<'outlet' | 'title' | 'url' | 'publishedAt', string>>
  text: string
}

const matterKeys: Record<string, keyof ArticleMatter['fields']> = wordTable({
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
  title: 'title',
  url: 'url',
  link: 'url',
  publishedat: 'publishedAt',
  published: 'publishedAt',
  date: 'publishedAt',
})

/**
 * Reads YAML front matter (a `---` block at the very top, found by `findFrontMatter` and parsed
 * by `frontMatterFields`) for outlet, title, url and publishedAt, and blanks the block out with
 * spaces so that every offset, line and column in the report still points into the file as
 * written. TOML (`+++`) front matter is left to the Markdown reader. Throws
 * `CorroborateError` 'E_FORMAT' for YAML that does not parse, naming the line.
 *
 * @example
 * frontMatter('---\noutlet: Harbor Gazette\n---\nText.').fields //=> { outlet: 'Harbor Gazette' }
 */
export function frontMatter(text: string): ArticleMatter {
  const fields: ArticleMatter['fields'] = {}
  const matter = findFrontMatter(text)
  const data = matter === null ? null : frontMatterFields(matter)
  if (matter === null || data === null) return { fields, text }
  for (const [name, value] of Object.entries(data)) {
    const key = matterKeys[name.toLowerCase()]
    if (key === undefined || value === null || value === undefined) continue
    if (typeof value === 'object') {
      throw new CorroborateError(
        'E_FORMAT',
        `The front matter's '${name}' is a list or a mapping; give it one line of text.`,
      )
    }
    fields[key] = String(value)
  }
  return { fields, text: blankPrefix(text, matter.end) }
}

/**
 * The fields of YAML front matter as a null-prototype object (parsed by the `yaml` package,
 * YAML 1.2 core schema: `date: 2025-03-15` stays a string). TOML front matter gives null.
 * Throws `CorroborateError` 'E_FORMAT' naming the line and column in the source for YAML that
 * does not parse, and for front matter that is not a mapping of keys to values.
 *
 * @example
 * frontMatterFields(findFrontMatter('---\noutlet: Harbor Gazette\n---\nText.')).outlet
 * //=> 'Harbor Gazette'
 */
export function frontMatterFields(matter: FrontMatter): Record<string, unknown> | null {
  if (matter.kind !== 'yaml') return null
  const document = parseDocument(matter.value)
  const problem = document.errors[0]
  if (problem !== undefined) {
    const place = problem.linePos?.[0]
    const at = place === undefined ? '' : ` (line ${matter.valueLine + place.line - 1}, column ${place.col})`
    // yaml ends its first line with the place counted in the block ('at line 2, column 8:'),
    // which contradicts the file's line given above.
    const reason = (problem.message.split('\n')[0] ?? problem.message).replace(
      / at line \d+, column \d+:?$/,
      '',
    )
    throw new CorroborateError(
      'E_FORMAT',
      `The front matter is not valid YAML${at}: ${reason}. Quote a value that holds ': ' or '#', ` +
        'or remove the block.',
    )
  }
  const data: unknown = document.toJS()
  if (data === null || data === undefined) return Object.create(null) as Record<string, unknown>
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new CorroborateError(
      'E_FORMAT',
      `The front matter (line ${matter.valueLine}) is not a list of 'key: value' lines; write it as one, or remove the block.`,
    )
  }
  return Object.assign(Object.create(null) as Record<string, unknown>, data)
}
