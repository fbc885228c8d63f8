// Builds dist/ with plain tsc, then copies the files tsc does not emit (the report's JSON Schema).
// First it inlines the HTML report's page.css and page.js into src/report/html/assets.ts
// (scripts/inline-html-assets.mjs), so an edit to either reaches the build, and writes the
// registries (finding rules, detail kinds, options) into the JSON Schema and the docs
// (scripts/generate-from-registries.mjs), so the schema it copies is the registries' own.
// It compiles into a fresh folder and swaps it in at the end, so a test run reading dist/
// never sees it half-built.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

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
const old = join(root, `.dist-old-${process.pid}`)
if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), old)
renameSync(staging, join(root, 'dist'))
rmSync(old, { recursive: true, force: true })
