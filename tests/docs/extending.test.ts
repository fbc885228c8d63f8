import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markdownExample, runExample } from '../support/doc-examples.js'

// docs/extending.md is a worked example users copy: its code blocks run here, in order, with
// every `//=>` and `// throws` checked, against the built package as a user imports it.
const root = join(import.meta.dirname, '..', '..')
const load = (path: string) => import(/* @vite-ignore */ join(root, path)) as Promise<Record<string, unknown>>
const page = 'docs/extending.md'
const example = markdownExample(page, readFileSync(join(root, page), 'utf8'))

describe(page, () => {
  it('asserts what it shows', () => {
    expect(example.code.match(/\/\/=>|\/\/ throws/g)?.length).toBeGreaterThanOrEqual(10)
  })

  it('runs as written', async () => {
    await runExample(example, load)
  })

  it('fails when a result it shows is wrong', async () => {
    const wrong = { ...example, code: example.code.replace("['52', '51']", "['52', '52']") }
    expect(wrong.code).not.toEqual(example.code)
    await expect(runExample(wrong, load)).rejects.toThrow()
  })
})
