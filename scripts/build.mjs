// Builds dist/ with plain tsc, then copies the files tsc does not emit (the report's JSON Schema).
// First it inlines the HTML report's page.css and page.js into src/report/html/assets.ts
// (scripts/inline-html-assets.mjs), so an edit to either reaches the build, and writes the
// registries (finding rules, detail kinds, options) into the JSON Schema and the docs
// (scripts/generate-from-registries.mjs), so the schema it copies is the registries' own.
// It compiles into a fresh folder and swaps it in at the end, so a test run reading dist/
// never sees it half-built.
//
// Last it bundles the package's Node entry points (package.json "exports") into dist/bundle/
// with esbuild: one module graph of 140 files cost Node more to resolve, load and link than
// to run, and `import('corroborate')` took 2.7 times a bare `node` start in CPU, 1.9 times
// bundled (bench/RESULTS.md). The entries share chunks, so each module has one copy (one
// CorroborateError class) whichever entries a program imports; packages stay outside, and so
// does what loads on first use (chrono-node, jsdiff, the parsers, the word-frequency table).
// The exceptions are the small packages every comparison runs, `bundledPackages`: the six files
// of natural that src/text/natural.ts names, which Node imported as CommonJS modules from ES
// ones, each file resolved, read and scanned for its exports apart (about 25 ms of CPU of a
// bare `node` start's 115), and vfile-location (about 4 ms; bench/RESULTS.md). Their licences
// go beside the bundle, in dist/bundle/THIRD-PARTY-LICENSES.txt. dist/index.js stays the
// unbundled graph that browser bundlers and the CLI read.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
execFileSync(process.execPath, [join(root, 'scripts/inline-html-assets.mjs')], { stdio: 'inherit' })
execFileSync(process.execPath, [join(root, 'scripts/generate-from-registries.mjs')], { stdio: 'inherit' })
const staging = join(root, `.dist-${process.pid}`)
const tsc = join(root, 'node_modules/typescript/bin/tsc')
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json'), '--outDir', staging], {
    stdio: 'inherit',
  })
} catch (error) {
  rmSync(staging, { recursive: true, force: true })
  process.exitCode = 1
  throw error
}
for (const asset of ['report/schema.json']) {
  const from = join(root, 'src', asset)
  if (!existsSync(from)) continue
  mkdirSync(dirname(join(staging, asset)), { recursive: true })
  copyFileSync(from, join(staging, asset))
}
/** The modules of package.json "exports" and the worker scripts they start, from dist/. */
const nodeEntries = [
  'index.js',
  'word-vectors/index.js',
  'batch/index.js',
  'batch/queue.js',
  'batch/worker.js',
  'batch/queue-processor.js',
]
/** Packages (or a package's folder, ending in '/') that go into the bundle. */
const bundledPackages = ['natural/', 'vfile-location']
/**
 * esbuild's `packages: 'external'` but for `bundledPackages`: a bare specifier stays an import
 * of the package, unless it names one of them, which esbuild then bundles.
 */
const packagesOutsideButBundled = {
  name: 'packages-outside-but-bundled',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./#]/ }, ({ path }) =>
      bundledPackages.some((name) => path === name || (name.endsWith('/') && path.startsWith(name)))
        ? undefined
        : { path, external: true },
    )
  },
}
/**
 * The licence texts of `bundledPackages`, with each package's name and version, for
 * dist/bundle/: their MIT licences ask that the notice go with copies of the code.
 */
function bundledLicenses() {
  return bundledPackages
    .map((name) => {
      const folder = join(root, 'node_modules', name.replace(/\/$/, ''))
      const { name: packageName, version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
      const licence = readdirSync(folder).find((file) => /^licen[cs]e(\.md|\.txt)?$/i.test(file))
      if (licence === undefined) throw new Error(`scripts/build.mjs: ${packageName} has no licence file`)
      return `${packageName} ${version}\n\n${readFileSync(join(folder, licence), 'utf8').trim()}\n`
    })
    .join('\n---\n\n')
}
try {
  await build({
    entryPoints: nodeEntries.map((entry) => join(staging, entry)),
    outbase: staging,
    outdir: join(staging, 'bundle'),
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [packagesOutsideButBundled],
    logLevel: 'warning',
  })
} catch (error) {
  rmSync(staging, { recursive: true, force: true })
  process.exitCode = 1
  throw error
}
writeFileSync(join(staging, 'bundle/THIRD-PARTY-LICENSES.txt'), bundledLicenses())
const old = join(root, `.dist-old-${process.pid}`)
if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), old)
renameSync(staging, join(root, 'dist'))
rmSync(old, { recursive: true, force: true })
