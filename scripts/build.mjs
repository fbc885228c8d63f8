// Builds dist/ with plain tsc, then copies the files tsc does not emit (the report's JSON Schema).
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
rmSync(join(root, 'dist'), { recursive: true, force: true })
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')],
  {
    stdio: 'inherit',
  },
)
const assets = ['report/schema.json']
for (const asset of assets) {
  const from = join(root, 'src', asset)
  if (!existsSync(from)) continue
  mkdirSync(dirname(join(root, 'dist', asset)), { recursive: true })
  copyFileSync(from, join(root, 'dist', asset))
}
