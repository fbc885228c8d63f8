import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'

// Every regular expression in src, wherever it lives: each literal the TypeScript parser finds
// in any file, and each RegExp a patterns module exports (those built with `new RegExp` from
// shared parts included). A literal outside a patterns module once made groupByEvent quadratic
// (issue 13), so no file is left out.

export const src = join(import.meta.dirname, '..', '..', 'src')

export interface FoundRegExp {
  /** Where it is defined: 'extract/patterns.ts moneySuffixPattern' or 'report/describe.ts:226'. */
  where: string
  regexp: RegExp
}

export function sourceFiles(dir: string = src): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return sourceFiles(path)
      return entry.name.endsWith('.ts') ? [path] : []
    })
    .sort()
}

function literalsOf(file: string): FoundRegExp[] {
  const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: FoundRegExp[] = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sourceFile)
      const slash = text.lastIndexOf('/')
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
      found.push({
        where: `${relative(src, file)}:${line}`,
        regexp: new RegExp(text.slice(1, slash), text.slice(slash + 1)),
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

/** Exported RegExps, also inside exported arrays and plain objects (one level deep). */
function exportedOf(exports: Record<string, unknown>, module: string): FoundRegExp[] {
  const found: FoundRegExp[] = []
  const add = (name: string, value: unknown): void => {
    if (value instanceof RegExp) found.push({ where: `${module} ${name}`, regexp: value })
  }
  for (const [name, value] of Object.entries(exports)) {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) add(`${name}[${i}]`, item)
    } else if (value !== null && typeof value === 'object' && !(value instanceof RegExp)) {
      for (const [key, item] of Object.entries(value)) add(`${name}.${key}`, item)
    } else add(name, value)
  }
  return found
}

/**
 * Files that call the RegExp constructor outside a patterns module: such a pattern would be
 * neither a literal nor an export, so the check could not see it. Kept empty by a test.
 */
export function constructorsOutsidePatterns(): string[] {
  return sourceFiles()
    .filter((file) => !file.endsWith('patterns.ts'))
    .filter((file) => /\bRegExp\s*\(/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(src, file))
}

/** Every distinct regular expression (by source and flags) in src, each once, in file order. */
export async function allRegExps(): Promise<FoundRegExp[]> {
  const found: FoundRegExp[] = []
  for (const file of sourceFiles()) {
    if (file.endsWith('patterns.ts')) {
      const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>
      found.push(...exportedOf(exports, relative(src, file)))
    }
    found.push(...literalsOf(file))
  }
  const byKey = new Map<string, FoundRegExp>()
  for (const item of found) {
    const key = `/${item.regexp.source}/${item.regexp.flags}`
    if (!byKey.has(key)) byKey.set(key, item)
  }
  return [...byKey.values()]
}
