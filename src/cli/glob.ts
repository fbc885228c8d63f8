import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { globSync } from 'tinyglobby'
import { CorroborateError } from '../errors.js'

/** True when `pattern` contains a wildcard (`*` or `?`) and so needs expanding. */
export function isGlob(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?')
}

/**
 * Expands a file pattern against the file system with tinyglobby: `*` matches any run of
 * characters in one path segment, `?` one character, and a whole `**` segment any number of
 * directories (zero included). Every other character is literal (brackets, braces and
 * parentheses in file names included). Names starting with a dot are matched only by a segment
 * that starts with a dot, and `**` never descends into `node_modules` (unless the pattern
 * names it) or dot directories; symbolic links are followed (a loop is cut off). Only files are
 * returned, sorted, as paths written the way the pattern was (relative stays relative,
 * absolute stays absolute, `./` is kept). Throws 'E_USAGE' when one segment holds more than
 * three `*`: the matcher's regular expressions backtrack, so each further star multiplies the
 * time a long file name that fails takes.
 *
 * @example
 * expandGlob('examples/ferry-capsize/**\/*.md', process.cwd())
 * //=> ['examples/ferry-capsize/PLANTED.md', 'examples/ferry-capsize/articles/channel-9-news.md',
 * //    'examples/ferry-capsize/articles/river-gazette.md']
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.replaceAll('\\', '/')
  const absolute = normalized.startsWith('/')
  const segments = normalized.split('/').filter((segment, index) => segment !== '' || index === 0)
  if (absolute) segments.shift()
  const firstWild = segments.findIndex(isGlob)
  const rest = segments.slice(firstWild)
  const crowded = rest.find((segment) => segment !== '**' && starCount(segment) > maxStars)
  if (crowded !== undefined) {
    throw new CorroborateError(
      'E_USAGE',
      `the pattern '${pattern}' has ${starCount(crowded)} '*' in '${crowded}'; use at most ${maxStars} in one path segment`,
    )
  }
  const written = segments.slice(0, firstWild).join('/')
  const base = absolute ? `/${written}` : written
  const found = globSync(rest.map(escapeLiterals).join('/'), {
    cwd: resolve(cwd, base),
    dot: false,
    onlyFiles: true,
    expandDirectories: false,
    ignore: rest.includes('**') && !rest.includes('node_modules') ? ['**/node_modules/**'] : [],
  })
  return found.map((path) => joinPath(base, path)).sort()
}

/** At most this many `*` in one segment: past it, a failing long name takes seconds. */
const maxStars = 3

function starCount(segment: string): number {
  return segment.split('*').length - 1
}

/**
 * Escapes the characters picomatch reads as syntax beyond `*` and `?` (classes, braces,
 * extglobs, negation), so they match themselves as the documented syntax promises.
 */
function escapeLiterals(segment: string): string {
  return segment.replace(/[[\]{}()!+@]/g, '\\$&')
}

function joinPath(dir: string, name: string): string {
  if (dir === '') return name
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`
}

/**
 * The files a command-line argument names: the argument itself when it has no wildcard or a
 * file of that very name exists, else its glob expansion. Throws 'E_FILE' when nothing matches.
 */
export function expandArgument(spec: string, cwd: string): string[] {
  if (!isGlob(spec) || existsSync(resolve(cwd, spec))) return [spec]
  const paths = expandGlob(spec, cwd)
  if (paths.length === 0) throw new CorroborateError('E_FILE', `no files match '${spec}'`)
  return paths
}

/**
 * A glob of the Markdown files in a directory, as the user would type it: `examples/` and
 * `examples` both give `examples/*.md`, never `examples//*.md`.
 *
 * @example
 * globIn('examples/') //=> 'examples/*.md'
 */
export function globIn(directory: string): string {
  let end = directory.length
  while (end > 1 && (directory[end - 1] === '/' || directory[end - 1] === '\\')) end--
  return `${directory.slice(0, end).replace(/^\/$/, '')}/*.md`
}
