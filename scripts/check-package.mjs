#!/usr/bin/env node
// Checks what `npm pack` would publish: the built library, its types, the CLI, the report
// schema and the docs are in; sources, tests, fixtures, examples and tooling are out.
//
//   node scripts/check-package.mjs          # build-free: packs the current dist/ (run `npm run build` first)
//   node scripts/check-package.mjs --json   # prints { files, size, unpackedSize, problems } as JSON
//
// Exit code 0 when the package is clean, 1 when it is not (each problem on its own line).
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Files every release must contain. */
export const requiredFiles = [
  'package.json',
  'README.md',
  'LICENSE',
  'dist/index.js',
  'dist/bundle/index.js',
  'dist/index.d.ts',
  'dist/report/schema.json',
  'bin/corroborate.js',
]

/** Paths no release may contain, each with the reason shown when one slips in. */
export const forbiddenPaths = [
  [/^src\//, 'TypeScript sources (ship dist/ only)'],
  [/^tests?\//, 'tests'],
  [/(^|\/)fixtures?\//, 'test fixtures'],
  [/^examples\//, 'examples (they live in the repository, not the package)'],
  [/^(scripts|bench|coverage|\.ci|\.github|\.test-output|node_modules)\//, 'tooling'],
  [/\.test\.[cm]?[jt]s$|\.test-d\.ts$/, 'test files'],
  [/(?<!\.d)\.[cm]?ts$/, 'TypeScript sources other than declarations'],
  [/\.tgz$/, 'packed tarballs'],
  [/(^|\/)\.env/, 'environment files'],
]

/**
 * The files `npm pack` would put in the tarball, without running the build (`--ignore-scripts`).
 *
 * @example
 * listPackedFiles().files.includes('dist/index.js') //=> true
 */
export function listPackedFiles(cwd = root) {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const [pack] = JSON.parse(output)
  return {
    files: pack.files.map((file) => file.path).sort(),
    size: pack.size,
    unpackedSize: pack.unpackedSize,
  }
}

/**
 * The problems with a list of packed paths: required files missing, forbidden files present.
 *
 * @example
 * checkPackedFiles(['package.json', 'src/index.ts']) //=> ['missing README.md', ..., 'src/index.ts: TypeScript sources (ship dist/ only)']
 */
export function checkPackedFiles(files) {
  const problems = requiredFiles.filter((file) => !files.includes(file)).map((file) => `missing ${file}`)
  for (const file of files) {
    const rule = forbiddenPaths.find(([pattern]) => pattern.test(file))
    if (rule !== undefined) problems.push(`${file}: ${rule[1]}`)
  }
  return problems
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const packed = listPackedFiles()
  const problems = checkPackedFiles(packed.files)
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...packed, problems }, null, 2)}\n`)
  } else if (problems.length === 0) {
    console.log(`package: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, clean`)
  } else {
    for (const problem of problems) console.error(`package: ${problem}`)
  }
  process.exitCode = problems.length === 0 ? 0 : 1
}
