import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// DESIGN: every stage is a pure function, with no globals and no hidden state. In the extract
// stage that means no module-level variable (`let`/`var`) and no module-level cache, so two
// calls never see each other. Constant tables (`const` Sets and Maps of words) are fine.

const root = join(import.meta.dirname, '..', '..', 'src', 'extract')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

describe('extract stage state', () => {
  it.each(sources(root).map((path) => [relative(root, path), path]))(
    '%s keeps no module-level state',
    (_name, path) => {
      const text = readFileSync(path, 'utf8')
      const topLevel = text
        .split('\n')
        .filter(
          (line) =>
            /^(?:export )?(?:let|var) /.test(line) || /^(?:export )?const \w+ = new WeakMap/.test(line),
        )
      expect(topLevel).toEqual([])
    },
  )
})
