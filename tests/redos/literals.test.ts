import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { check } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Every regular expression literal in src, wherever it lives (patterns.test.ts covers the
// exported patterns, including those built with `new RegExp`): the TypeScript parser finds
// each literal, recheck proves it linear, and it scans 100 KB of adversarial text. A literal
// outside a patterns module once made groupByEvent quadratic (issue 13).

const src = join(import.meta.dirname, '..', '..', 'src')

/**
 * Literals recheck flags that only ever see input of bounded length, with the bound. Keep this
 * list short: moving the work to a linear loop is usually as easy.
 */
const bounded: Record<string, string> = {
  '/\\B(?=(\\d{3})+$)/g': 'groupDigits (report/describe.ts) applies it to at most 15 digits',
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return sourceFiles(path)
      return entry.name.endsWith('.ts') ? [path] : []
    })
    .sort()
}

interface Literal {
  text: string
  where: string
  regexp: RegExp
}

function literalsOf(file: string): Literal[] {
  const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: Literal[] = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sourceFile)
      const slash = text.lastIndexOf('/')
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
      found.push({
        text,
        where: `${relative(src, file)}:${line}`,
        regexp: new RegExp(text.slice(1, slash), text.slice(slash + 1)),
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

const byText = new Map<string, Literal>()
for (const file of sourceFiles(src)) {
  for (const literal of literalsOf(file)) if (!byText.has(literal.text)) byText.set(literal.text, literal)
}
const literals = [...byText.values()]

const size = 100 * 1024

/** Long runs of what patterns loop over: the shapes of patterns.test.ts, and separators. */
const adversarial: string[] = [
  'a'.repeat(size),
  '9'.repeat(size),
  ' '.repeat(size),
  '\t'.repeat(size),
  '\n'.repeat(size),
  ' \n'.repeat(size / 2),
  '-'.repeat(size),
  '"'.repeat(size),
  '“'.repeat(size),
  '.'.repeat(size),
  '1,'.repeat(size / 2),
  '<a '.repeat(size / 3),
  '<'.repeat(size),
  '&#'.repeat(size / 2),
  '[('.repeat(size / 2),
  '#*_>-|'.repeat(size / 6),
  'Port Calloway '.repeat(size / 14),
  'About 1,2 "a. 3% $4 '.repeat(size / 20),
]

describe('regular expression literals in src/**/*.ts', () => {
  it('finds them', () => {
    expect(literals.length).toBeGreaterThan(50)
  })

  describe.each(literals)('$text ($where)', ({ text, regexp }) => {
    it('is proven safe by recheck, or applied only to bounded input', { timeout: 120_000 }, async () => {
      const diagnostics = await check(regexp.source, regexp.flags, { timeout: 60_000, randomSeed: 20261129 })
      const verdict = {
        status: diagnostics.status,
        attack: 'attack' in diagnostics ? diagnostics.attack.pattern : null,
      }
      if (bounded[text] !== undefined) expect(verdict.status).not.toBe('unknown')
      else expect(verdict).toEqual({ status: 'safe', attack: null })
    })

    it.skipIf(bounded[text] !== undefined)('scans 100 KB runs of adversarial text to the end', () => {
      const scanner = new RegExp(
        regexp.source,
        regexp.flags.includes('g') ? regexp.flags : `${regexp.flags}g`,
      )
      for (const input of adversarial) {
        let matches = 0
        for (const _ of input.matchAll(scanner)) matches++
        expect(matches).toBeGreaterThanOrEqual(0)
      }
    })
  })
})
