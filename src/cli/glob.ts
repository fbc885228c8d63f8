import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CorroborateError } from '../errors.js'

/** True when `pattern` contains a wildcard (`*` or `?`) and so needs expanding. */
export function isGlob(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?')
}

/**
 * Expands a file pattern against the file system: `*` matches any run of characters in one
 * path segment, `?` one character, and a whole `**` segment any number of directories
 * (zero included). Names starting with a dot are matched only by a segment that starts with
 * a dot, and `**` never descends into `node_modules` or dot directories. Only files are
 * returned, sorted, as paths written the way the pattern was (relative stays relative).
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
  const base = segments.slice(0, firstWild).join('/')
  const start = absolute ? `/${base}` : base
  const found = new Set<string>()
  walk(start, segments.slice(firstWild), cwd, found)
  return [...found].sort()
}

function walk(dir: string, rest: string[], cwd: string, found: Set<string>): void {
  const [segment, ...tail] = rest
  if (segment === undefined) return
  if (segment === '**') {
    walk(dir, tail, cwd, found)
    for (const entry of list(dir, cwd)) {
      if (entry.isDirectory && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
        walk(joinPath(dir, entry.name), rest, cwd, found)
      }
    }
    return
  }
  for (const entry of list(dir, cwd)) {
    if (entry.name.startsWith('.') && !segment.startsWith('.')) continue
    if (!matchSegment(segment, entry.name)) continue
    const path = joinPath(dir, entry.name)
    if (tail.length === 0) {
      if (entry.isFile) found.add(path)
    } else if (entry.isDirectory) {
      walk(path, tail, cwd, found)
    }
  }
}

interface Entry {
  name: string
  isFile: boolean
  isDirectory: boolean
}

function list(dir: string, cwd: string): Entry[] {
  const absolute = dir.startsWith('/') ? dir : join(cwd, dir)
  try {
    return readdirSync(absolute, { withFileTypes: true }).map((dirent) => {
      if (!dirent.isSymbolicLink()) {
        return { name: dirent.name, isFile: dirent.isFile(), isDirectory: dirent.isDirectory() }
      }
      try {
        const target = statSync(join(absolute, dirent.name))
        return { name: dirent.name, isFile: target.isFile(), isDirectory: false }
      } catch {
        return { name: dirent.name, isFile: false, isDirectory: false }
      }
    })
  } catch {
    return []
  }
}

function joinPath(dir: string, name: string): string {
  if (dir === '') return name
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`
}

/**
 * Matches one path segment against a pattern with `*` and `?`, without regular expressions:
 * the classic greedy scan that remembers the last star, so a match costs at most
 * name length x pattern length steps.
 *
 * @example
 * matchSegment('*.md', 'harbor.md') //=> true
 * matchSegment('a?c', 'abbc') //=> false
 */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0
  let n = 0
  let star = -1
  let resume = 0
  while (n < name.length) {
    const wanted = pattern[p]
    if (wanted === '?' || (wanted !== undefined && wanted !== '*' && wanted === name[n])) {
      p++
      n++
    } else if (wanted === '*') {
      star = p++
      resume = n
    } else if (star !== -1) {
      p = star + 1
      n = ++resume
    } else {
      return false
    }
  }
  while (pattern[p] === '*') p++
  return p === pattern.length
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
