import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Builds dist/ once before the tests that run the CLI, the packed package or the browser
 * bundle. A type error does not stop the run here (tsc still emits, and `npm run typecheck`
 * is CI's gate for types). Set CORROBORATE_SKIP_BUILD=1 when dist/ is already fresh.
 *
 * The build (tsc over the whole project) is the biggest single cost of a fast run, so it is
 * skipped when dist/ was built by this setup from the same sources: a hash of every file the
 * build reads (src/, the tsconfig, package.json, the build script) and the identity of the
 * dist/ folder it built (scripts/build.mjs swaps in a new folder, so a build from other
 * sources, say on another branch, changes it). The stamp is kept outside dist/, in
 * node_modules/.cache, so the published package never carries it.
 */
export default function setup(): void {
  if (process.env.CORROBORATE_SKIP_BUILD === '1') return
  const root = process.cwd()
  const stamp = join(root, 'node_modules/.cache/corroborate/dist-sources.sha256')
  const hash = sourcesHash(root)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${hash} ${distIdentity(root)}`) return
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] })
    // Hashed again: a source edited while tsc ran leaves no stamp, so the next run builds.
    if (sourcesHash(root) === hash) {
      mkdirSync(join(stamp, '..'), { recursive: true })
      writeFileSync(stamp, `${hash} ${distIdentity(root)}`)
    }
  } catch {
    process.stderr.write('build-once: tsc reported errors; dist/ may be incomplete\n')
  }
}

function distIdentity(root: string): string {
  if (!existsSync(join(root, 'dist/index.js'))) return 'none'
  const dist = statSync(join(root, 'dist'))
  return `${dist.ino}:${dist.mtimeMs}`
}

function sourcesHash(root: string): string {
  const hash = createHash('sha256')
  const files = ['tsconfig.json', 'package.json', 'scripts/build.mjs', ...listFiles(root, 'src')]
  for (const file of files) {
    hash.update(`${file}\0`)
    hash.update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : '')
    hash.update('\0')
  }
  return hash.digest('hex')
}

function listFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort()
}
