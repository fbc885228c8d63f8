import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Runs the `@example` blocks of the doc comments in src/ (date-fns style: `call() //=> result`).
 *
 * A block is TypeScript run as the body of an async function that sees the public API
 * (src/index.ts), the shared fixtures of doc-example-fixtures.ts (`report`), the names the
 * documented file imports, and every export of that file. Inside it:
 * - `expression //=> value` asserts that the expression deep-equals the value (vitest's
 *   `toEqual`). The value is JavaScript and may run over the following `//` lines until it
 *   parses. `{ a: 1, ... }` means an object with at least these fields, `[a, b, ...]` an array
 *   that starts with these items, and a number written with decimals holds to the places
 *   written (`0.72` matches 0.7234), so a score can be shown the way a reader reads it.
 * - `expression // throws E_CODE 'part of the message'` asserts a CorroborateError with that
 *   code (the message part is optional).
 * - `import { x } from 'corroborate'` (or 'corroborate/word-vectors', a dependency, or a path
 *   relative to the documented file) brings in more names.
 * A block must assert at least once: an example that shows no result checks nothing.
 */
export interface DocExample {
  /** The documented file, relative to the repository root. */
  readonly file: string
  /** 1-based line of the `@example` tag. */
  readonly line: number
  /** The block's code, comment stars removed; line i is source line `line + 1 + i`. */
  readonly code: string
}

const root = join(import.meta.dirname, '..', '..')

/** Every `.ts` file under src/, sorted, relative to the repository root. */
export function sourceFiles(): string[] {
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) =>
      relative(root, join(root, 'src', name))
        .split('\\')
        .join('/'),
    )
    .sort()
}

/** The `@example` blocks of one source text, in order. */
export function examplesIn(file: string, source: string): DocExample[] {
  const lines = source.split('\n')
  const found: DocExample[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const line = lines[j] ?? ''
      if (/\*\//.test(line) || /^\s*\*\s*@\w/.test(line)) break
      body.push(line.replace(/^\s*\* ?/, ''))
    }
    found.push({ file, line: i + 1, code: body.join('\n') })
    i = j - 1
  }
  return found
}

/**
 * The ```ts and ```js blocks of a Markdown page as one example, run in order so that a later
 * block uses what an earlier one defined; every other line is blanked, so a failure's line is
 * the page's own.
 */
export function markdownExample(file: string, source: string): DocExample {
  let inCode = false
  const lines = source.split('\n').map((line) => {
    if (/^```/.test(line)) {
      inCode = !inCode && /^```(?:ts|js)\s*$/.test(line)
      return ''
    }
    return inCode ? line : ''
  })
  return { file, line: 0, code: lines.join('\n') }
}

/** One vitest test per block, grouped by file. */
export function describeExamples(
  examples: readonly DocExample[],
  load: (path: string) => Promise<Record<string, unknown>>,
): void {
  const byFile = new Map<string, DocExample[]>()
  for (const example of examples) byFile.set(example.file, [...(byFile.get(example.file) ?? []), example])
  for (const [file, blocks] of byFile) {
    describe(file, () => {
      for (const example of blocks) it(`line ${example.line}`, () => runExample(example, load))
    })
  }
}

/** Every `@example` block under src/. */
export function allExamples(): DocExample[] {
  return sourceFiles().flatMap((file) => examplesIn(file, readFileSync(join(root, file), 'utf8')))
}

interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** The JavaScript body an example runs as; throws when the block breaks the conventions above. */
export function compileExample(example: DocExample): string {
  const code = example.code
  const sourceFile = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const edits: Edit[] = []
  const lineOf = (position: number) => example.line + 1 + code.slice(0, position).split('\n').length - 1
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      edits.push({ start: node.getStart(), end: node.end, text: importAsConst(node) })
      return
    }
    if (ts.isExpressionStatement(node)) {
      const assertion = assertionAfter(code, node.end)
      if (assertion !== null) {
        const expression = node.expression.getText()
        const line = lineOf(node.getStart())
        const text =
          assertion.kind === 'equals'
            ? `await __equals(async () => (${expression}), () => (${expectedValue(assertion.text, line)}), ${line});`
            : `await __throws(async () => { ${expression} }, ${JSON.stringify(assertion.code)}, ${JSON.stringify(assertion.part)}, ${line});`
        edits.push({ start: node.getStart(), end: assertion.end, text })
        return
      }
    }
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(sourceFile, visit)
  let rewritten = code
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end)
  }
  if (rewritten.includes('//=>')) {
    throw new Error(`${example.file}:${example.line}: a \`//=>\` must follow an expression statement`)
  }
  if (!edits.some((edit) => edit.text.startsWith('await __'))) {
    throw new Error(
      `${example.file}:${example.line}: the @example shows no result; add \`//=> value\` or \`// throws E_CODE\``,
    )
  }
  const { outputText, diagnostics } = ts.transpileModule(rewritten, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
  })
  if (diagnostics !== undefined && diagnostics.length > 0) {
    const message = ts.flattenDiagnosticMessageText(diagnostics[0]?.messageText ?? '', '\n')
    throw new Error(`${example.file}:${example.line}: the @example does not parse: ${message}`)
  }
  return outputText.replace(/^export \{\};?\s*$/m, '')
}

type Assertion =
  | { kind: 'equals'; text: string; end: number }
  | { kind: 'throws'; code: string | null; part: string | null; end: number }

/** The `//=>` or `// throws` comment right after a statement, with its continuation lines. */
function assertionAfter(code: string, position: number): Assertion | null {
  // The scanner calls a comment on the statement's line trailing and one on a later line leading.
  const sameLine = ts.getTrailingCommentRanges(code, position) ?? []
  const comments = [
    ...sameLine,
    ...(ts.getLeadingCommentRanges(code, sameLine.at(-1)?.end ?? position) ?? []),
  ]
  const first = comments[0]
  if (first === undefined || first.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return null
  // Only a comment on the statement's own line or the next one belongs to it.
  if (code.slice(position, first.pos).split('\n').length > 2) return null
  const firstText = code.slice(first.pos, first.end)
  const throwsMatch = /^\/\/(?:=>)?\s*throws\b\s*(E_[A-Z_]+)?\s*(.*)$/.exec(firstText)
  if (throwsMatch !== null) {
    const rest = (throwsMatch[2] ?? '').trim()
    let part: string | null = null
    if (rest !== '') {
      const parsed = /^(['"])(.*)\1$/.exec(rest)
      if (parsed === null)
        throw new Error(`after \`// throws\` write a code and a quoted part of the message: ${firstText}`)
      part = parsed[2] ?? ''
    }
    return { kind: 'throws', code: throwsMatch[1] ?? null, part, end: first.end }
  }
  if (!firstText.startsWith('//=>')) return null
  let text = firstText.slice(4)
  let end = first.end
  for (const comment of comments.slice(1)) {
    if (parses(text)) break
    const more = code.slice(comment.pos, comment.end)
    if (comment.kind !== ts.SyntaxKind.SingleLineCommentTrivia || more.startsWith('//=>')) break
    text += `\n${more.slice(2)}`
    end = comment.end
  }
  return { kind: 'equals', text: text.trim(), end }
}

function parses(text: string): boolean {
  const file = ts.createSourceFile(
    'value.ts',
    `(${withoutEllipses(text)}\n)`,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  )
  return (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length === 0
}

/** The expected value as JavaScript: ellipses and written decimals become matchers. */
function expectedValue(text: string, line: number): string {
  if (!parses(text)) throw new Error(`line ${line}: the value after //=> is not JavaScript: ${text}`)
  const source = withoutEllipses(text)
  const file = ts.createSourceFile(
    'value.ts',
    `(${source}\n)`,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  )
  const edits: Edit[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node)) {
      const written = node.getText()
      const decimals = /^\d*\.(\d+)$/.exec(written)?.[1]?.length
      if (decimals !== undefined) {
        edits.push({ start: node.getStart(), end: node.end, text: `__close(${written}, ${decimals})` })
      }
    }
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(file, visit)
  let out = file.text
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  }
  return out
}

/**
 * `{ a, ... }` -> `__partial({ a })` and `[a, ...]` -> `__prefix([a])`. A spread (`...rest`)
 * is left alone: only an ellipsis right before a closing bracket is a marker.
 */
function withoutEllipses(text: string): string {
  let out = ''
  const open: { index: number; bracket: string; partial: boolean }[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (char === "'" || char === '"' || char === '`') {
      let j = i + 1
      while (j < text.length && text.charAt(j) !== char) j += text.charAt(j) === '\\' ? 2 : 1
      out += text.slice(i, j + 1)
      i = j
      continue
    }
    if (char === '{' || char === '[' || char === '(') {
      open.push({ index: out.length, bracket: char, partial: false })
      out += char
      continue
    }
    if (text.startsWith('...', i) && /^\.\.\.\s*[\]}]/.test(text.slice(i))) {
      const top = open.at(-1)
      if (top === undefined || top.bracket === '(') return text
      top.partial = true
      out = out.replace(/,\s*$/, '')
      i += 2
      continue
    }
    if (char === '}' || char === ']' || char === ')') {
      const top = open.pop()
      out += char
      if (top?.partial) {
        const wrapper = top.bracket === '{' ? '__partial(' : '__prefix('
        out = `${out.slice(0, top.index)}${wrapper}${out.slice(top.index)})`
      }
      continue
    }
    out += char
  }
  return out
}

function importAsConst(node: ts.ImportDeclaration): string {
  const specifier = (node.moduleSpecifier as ts.StringLiteral).text
  const clause = node.importClause
  if (clause === undefined || clause.isTypeOnly) return ''
  const from = `await __import(${JSON.stringify(specifier)})`
  const defaultImport = clause.name === undefined ? '' : `const ${clause.name.text} = (${from}).default;`
  const bindings = clause.namedBindings
  if (bindings === undefined) return defaultImport
  if (ts.isNamespaceImport(bindings)) return `${defaultImport}const ${bindings.name.text} = ${from};`
  const names = bindings.elements
    .filter((element) => !element.isTypeOnly)
    .map((element) =>
      element.propertyName ? `${element.propertyName.getText()}: ${element.name.text}` : element.name.text,
    )
  return `${defaultImport}const { ${names.join(', ')} } = ${from};`
}

/** The names a block declares at its top level. */
function declaredNames(code: string): Set<string> {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const names = new Set<string>()
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text)
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name)
  }
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations) bind(declaration.name)
    else if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.name) names.add(statement.importClause.name.text)
      const bindings = statement.importClause?.namedBindings
      if (bindings !== undefined && ts.isNamedImports(bindings))
        for (const element of bindings.elements) names.add(element.name.text)
      else if (bindings !== undefined) names.add(bindings.name.text)
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name)
      names.add(statement.name.text)
  }
  return names
}

/** The value imports of a module: specifier and [imported, local] name pairs. */
function importsOf(source: string): { specifier: string; names: [string, string][] }[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS)
  const found: { specifier: string; names: [string, string][] }[] = []
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue
    const bindings = statement.importClause?.namedBindings
    if (bindings === undefined || !ts.isNamedImports(bindings)) continue
    const names = bindings.elements
      .filter((element) => !element.isTypeOnly)
      .map((element): [string, string] => [(element.propertyName ?? element.name).text, element.name.text])
    found.push({ specifier: (statement.moduleSpecifier as ts.StringLiteral).text, names })
  }
  return found
}

// The package's entry points, built (tests/support/build-once.ts builds dist/ before the run):
// a worker thread of corroborate/batch loads compiled JavaScript.
const entries: Record<string, string> = {
  corroborate: 'dist/index.js',
  'corroborate/word-vectors': 'dist/word-vectors/index.js',
  'corroborate/batch': 'dist/batch/index.js',
  'corroborate/queue': 'dist/batch/queue.js',
}

/**
 * Runs one example. `load` imports a repository-relative module path (the test passes its own
 * dynamic import so that vitest transforms the TypeScript).
 */
export async function runExample(
  example: DocExample,
  load: (path: string) => Promise<Record<string, unknown>>,
): Promise<void> {
  const body = compileExample(example)
  const scope: Record<string, unknown> = {
    ...(await load('src/index.ts')),
    ...(await load('tests/support/doc-example-fixtures.ts')),
  }
  const resolve = (specifier: string) => {
    const path = relative(root, join(root, example.file, '..', specifier))
      .split('\\')
      .join('/')
    return path.startsWith('src/') ? path.replace(/\.js$/, '.ts') : path
  }
  // A Markdown page has no imports or exports of its own: its blocks import what they use.
  if (example.file.endsWith('.ts')) {
    for (const { specifier, names } of importsOf(readFileSync(join(root, example.file), 'utf8'))) {
      if (!specifier.startsWith('.')) continue
      const module = await load(resolve(specifier))
      for (const [imported, local] of names) scope[local] = module[imported]
    }
    Object.assign(scope, await load(example.file))
  }
  const helpers: Record<string, unknown> = {
    __import: (specifier: string) => {
      const entry = entries[specifier]
      if (entry !== undefined) return load(entry)
      if (!specifier.startsWith('.')) return import(specifier)
      return load(resolve(specifier))
    },
    __equals: async (actual: () => Promise<unknown>, expected: () => unknown, line: number) => {
      const value = await actual()
      expect(value, `${example.file}:${line}`).toEqual(expected())
    },
    __throws: async (run: () => Promise<unknown>, code: string | null, part: string | null, line: number) => {
      let thrown: unknown = null
      try {
        await run()
      } catch (error) {
        thrown = error
      }
      const where = `${example.file}:${line}`
      expect(thrown, `${where}: expected a throw`).toBeInstanceOf(Error)
      if (code !== null) expect((thrown as { code?: unknown }).code, where).toBe(code)
      if (part !== null) expect((thrown as Error).message, where).toContain(part)
    },
    __close: (value: number, decimals: number) => expect.closeTo(value, decimals),
    __partial: (sample: object) => expect.objectContaining(sample),
    __prefix: (items: unknown[]) => ({
      asymmetricMatch: (other: unknown) => {
        if (!Array.isArray(other) || other.length < items.length) return false
        try {
          expect(other.slice(0, items.length)).toEqual(items)
          return true
        } catch {
          return false
        }
      },
      toAsymmetricMatcher: () => `[${items.map((item) => JSON.stringify(item)).join(', ')}, ...]`,
    }),
  }
  // A name the block declares itself (`const report = ...`) shadows the scope's.
  const own = declaredNames(example.code)
  const names = [
    ...Object.keys(helpers),
    ...Object.keys(scope).filter((name) => !(name in helpers) && !own.has(name)),
  ]
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>
  const run = new AsyncFunction(...names, body)
  await run(...names.map((name) => (name in helpers ? helpers[name] : scope[name])))
}
