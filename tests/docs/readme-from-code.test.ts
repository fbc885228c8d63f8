import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The README's "From code" example is what a newcomer runs first from code: the lines it says
// it prints (`//=> ...` after each console.log) must be what it prints, against the built
// package as a user imports it. It once showed two findings where it printed four.
const root = join(import.meta.dirname, '..', '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('### From code'))
const code = section.slice(
  section.indexOf('```js\n') + 6,
  section.indexOf('\n```', section.indexOf('```js\n')),
)

/** The example's own printed lines, run with `corroborate` bound to dist/index.js. */
async function printed(source: string): Promise<string[]> {
  const lines: string[] = []
  const library = await import(/* @vite-ignore */ join(root, 'dist/index.js'))
  const body = source.replace(/^import \{ ([^}]+) \} from 'corroborate'$/m, 'const { $1 } = library')
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor
  const console = { log: (...values: unknown[]) => lines.push(...values.map(String).join(' ').split('\n')) }
  await new AsyncFunction('library', 'console', body)(library, console)
  return lines
}

describe('README.md, From code', () => {
  const shown = [...code.matchAll(/^\/\/=> (.*)$/gm)].map((match) => match[1])

  it('shows what it prints', async () => {
    expect(shown.length).toBeGreaterThanOrEqual(3)
    expect(await printed(code)).toEqual(shown)
  })

  it('fails when what it shows is not what it prints', async () => {
    const changed = code
      .replace("'2025-03-15',", "'2025-03-15', title: 'Eastgate mourns',")
      .replace('14 people', '12 people')
    expect(changed).not.toEqual(code)
    expect(await printed(changed)).not.toEqual(shown)
  })
})
