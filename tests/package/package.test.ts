import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// What a user gets from `npm install corroborate`: the tarball's contents, the package
// linters, and the installed package used from an ESM script and from its CLI.

const root = join(import.meta.dirname, '..', '..')
const bin = (name: string) => join(root, 'node_modules', '.bin', name)

function run(command: string, args: string[], cwd = root) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the packed tarball', () => {
  it('holds the built library, types, CLI, schema and docs, and no sources, tests, fixtures or examples', () => {
    const result = run(process.execPath, ['scripts/check-package.mjs', '--json'])
    const packed = JSON.parse(result.stdout) as { files: string[]; problems: string[] }
    expect(packed.problems).toEqual([])
    expect(result.status).toBe(0)
    expect(packed.files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'bin/corroborate.js',
        // The licences of the packages scripts/build.mjs puts into the bundle.
        'dist/bundle/THIRD-PARTY-LICENSES.txt',
      ]),
    )
    expect(packed.files.filter((file) => file.startsWith('examples/'))).toEqual([])
  })

  it('passes publint --strict without a message', { timeout: 120_000 }, () => {
    const result = run(bin('publint'), ['--strict'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).not.toMatch(/error|warning|suggestion/i)
  })

  it('has types that resolve for ESM consumers (attw --pack --profile esm-only)', {
    timeout: 180_000,
  }, () => {
    const result = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'])
    // attw exits 1 on any problem outside the ignored (CommonJS) resolutions.
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/"corroborate"\s.*🟢 \(ESM\)/)
  })
})

describe('the package installed from its tarball into a fresh project', () => {
  let project = ''

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'corroborate-install-'))
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', project], {
      cwd: root,
      stdio: 'ignore',
    })
    const tarball = readdirSync(project).find((file) => file.endsWith('.tgz'))
    if (tarball === undefined) throw new Error('npm pack wrote no tarball')
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'uses-corroborate', private: true, type: 'module' }),
    )
    // Dependencies come from the npm registry (or the local npm cache); nothing else is fetched.
    execFileSync(
      'npm',
      [
        'install',
        `./${tarball}`,
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--ignore-scripts',
        '--loglevel=error',
      ],
      { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] },
    )
    writeFileSync(
      join(project, 'wire.txt'),
      'Police said 12 people were killed when the ferry capsized on the River Aske on Thursday. ' +
        'The ferry was carrying 85 passengers, according to the operator.\n',
    )
    writeFileSync(
      join(project, 'gazette.txt'),
      'Police said 14 people were killed when the ferry capsized on the River Aske on Thursday. ' +
        'The mayor opened a relief fund for the families.\n',
    )
  }, 300_000)

  afterAll(() => {
    if (project !== '') rmSync(project, { recursive: true, force: true })
  })

  it('prints nothing when imported', () => {
    const result = run(
      process.execPath,
      ['--input-type=module', '-e', "await import('corroborate')"],
      project,
    )
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' })
  })

  it('compares two articles from an ESM script and finds the diverging death toll', () => {
    const script = `
      import { readFileSync } from 'node:fs'
      import { compare, render, CorroborateError } from 'corroborate'
      const report = compare([
        { id: 'wire', outlet: 'Wire', text: readFileSync('wire.txt', 'utf8') },
        { id: 'gazette', outlet: 'Gazette', text: readFileSync('gazette.txt', 'utf8') },
      ])
      const diverging = report.claims.flatMap((c) => c.comparisons).filter((c) => c.status === 'diverge')
      let refused = ''
      try { compare([]) } catch (error) { refused = error instanceof CorroborateError ? error.code : 'other' }
      console.log(JSON.stringify({
        claims: report.claims.length,
        diverging: diverging.map((c) => c.values.map((v) => v.detail.text)),
        markdown: render(report, 'markdown').length > 0,
        refused,
      }))
    `
    writeFileSync(join(project, 'use.mjs'), script)
    const result = run(process.execPath, ['use.mjs'], project)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const out = JSON.parse(result.stdout) as {
      claims: number
      diverging: string[][]
      markdown: boolean
      refused: string
    }
    expect(out.claims).toBeGreaterThan(0)
    expect(out.diverging).toContainEqual(expect.arrayContaining(['12', '14']))
    expect(out.markdown).toBe(true)
    expect(out.refused).toBe('E_INPUT_EMPTY')
  })

  it('exposes the report schema as corroborate/schema.json', () => {
    const result = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { createRequire } from 'node:module'; const r = createRequire(process.cwd() + '/'); " +
          "console.log(r('corroborate/schema.json').title)",
      ],
      project,
    )
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).not.toBe('')
  })

  it('runs the CLI through npx: --version and compare on two files', () => {
    const version = run('npx', ['--no-install', 'corroborate', '--version'], project)
    expect(version.status).toBe(0)
    expect(version.stdout.trim()).toMatch(/^(corroborate )?\d+\.\d+\.\d+/)
    const compared = run(
      'npx',
      ['--no-install', 'corroborate', 'compare', 'wire.txt', 'gazette.txt', '--format', 'json'],
      project,
    )
    expect([0, 1]).toContain(compared.status)
    const report = JSON.parse(compared.stdout) as { articles: unknown[]; claims: unknown[] }
    expect(report.articles).toHaveLength(2)
    expect(report.claims.length).toBeGreaterThan(0)
  })
})
