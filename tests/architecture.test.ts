import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = join(import.meta.dirname, '..', 'src')
const stages = ['parse', 'segment', 'extract', 'align', 'compare', 'report', 'batch', 'cli']
/** Server-only folders: Node built-ins and server dependencies allowed; never reached from src/index.ts. */
const serverOnly = ['cli', 'batch']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  return [...code.matchAll(/^(?:import|export)\b[^'"();]*?from\s+'([^']+)'/gm)].map((match) => match[1]!)
}

/**
 * Every source file and package that loading `entry` loads: value imports followed through
 * relative paths and '#parser-modules' (`import type` is erased, so it is not followed).
 */
function valueImportClosure(entry: string): { seen: Set<string>; packages: Set<string> } {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    for (const match of code.matchAll(/^(?:import|export)(?!\s+type\b)[^'"();]*?from\s+'([^']+)'/gm)) {
      const specifier = match[1]!
      if (specifier.startsWith('.')) visit(join(file, '..', specifier.replace(/\.js$/, '.ts')))
      else if (specifier === '#parser-modules') visit(join(src, 'parse', 'parser-modules.ts'))
      else packages.add(specifier)
    }
  }
  visit(entry)
  return { seen, packages }
}

describe('the pipeline as folders', () => {
  const files = sourceFiles(src)

  it('keeps node: built-ins out of the browser-safe core (everything but src/cli and src/batch)', () => {
    const offenders = files
      .filter((file) => !serverOnly.includes(relative(src, file).split('/')[0]!))
      .filter((file) => importsOf(file).some((specifier) => specifier.startsWith('node:')))
      .map((file) => relative(src, file))
    expect(offenders).toEqual([])
  })

  it('lets a stage import only from the stages before it', () => {
    const violations: string[] = []
    for (const file of files) {
      const own = relative(src, file).split('/')[0]!
      const ownRank = stages.indexOf(own)
      if (ownRank === -1) continue
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith('.')) continue
        const target = relative(src, join(file, '..', specifier)).split('/')[0]!
        const targetRank = stages.indexOf(target)
        if (targetRank > ownRank) violations.push(`${relative(src, file)} -> ${specifier}`)
      }
    }
    expect(violations).toEqual([])
  })

  it('keeps the pipeline out of src/report: rendering a report loads no parser, segmenter, extractor, aligner or compare code', () => {
    const pipeline = ['parse', 'segment', 'extract', 'align', 'compare']
    const stageOf = (path: string) => relative(src, path).split('/')[0]!
    // Directly: no import at all, types included (the report's types come from src/types.ts).
    const direct = files
      .filter((file) => stageOf(file) === 'report')
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith('.'))
          .filter((specifier) => pipeline.includes(stageOf(join(file, '..', specifier))))
          .map((specifier) => `${relative(src, file)} -> ${specifier}`),
      )
    expect(direct).toEqual([])
    // Nor through a shared file (src/rules.ts, src/detail-kinds.ts, src/text/...).
    const reached = [...valueImportClosure(join(src, 'report', 'index.ts')).seen].map((file) =>
      relative(src, file),
    )
    expect(reached.filter((file) => pipeline.includes(file.split('/')[0]!))).toEqual([])
    expect(reached).toContain('report/html.ts')
  })

  it('has no import cycles (value imports; `import type` is erased)', () => {
    const edges = new Map(
      files.map((file) => {
        const code = readFileSync(file, 'utf8')
        const targets = [
          ...code.matchAll(/^(?:import|export)(?!\s+type\b)[^'"();]*?from\s+'(\.[^']+)'/gm),
        ].map((match) => join(file, '..', match[1]!.replace(/\.js$/, '.ts')))
        return [file, targets] as const
      }),
    )
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((step) => relative(src, step)).join(' -> '))
        return
      }
      state.set(file, 'open')
      for (const target of edges.get(file) ?? []) visit(target, [...path, file])
      state.set(file, 'done')
    }
    for (const file of files) visit(file, [])
    expect(cycles).toEqual([])
  })

  it('imports natural only through src/text/natural.ts, one file at a time', () => {
    const users = files.filter((file) => importsOf(file).some((specifier) => specifier.startsWith('natural')))
    expect(users.map((file) => relative(src, file))).toEqual(['text/natural.ts'])
    expect(importsOf(join(src, 'text', 'natural.ts')).every((specifier) => specifier.endsWith('.js'))).toBe(
      true,
    )
  })
})

describe('import cost', () => {
  it('loads no Markdown or HTML parser package when corroborate is imported (they load on first use)', () => {
    const { seen, packages } = valueImportClosure(join(src, 'index.ts'))
    const parsers = [...packages].filter((name) => /^(unified|remark-|rehype-|micromark|mdast-)/.test(name))
    expect(parsers).toEqual([])
    expect(seen.has(join(src, 'parse', 'parser-modules.ts'))).toBe(true)
  })
})
