import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allExamples, describeExamples } from '../support/doc-examples.js'

// The `@example` blocks of src/word-vectors/ (tests/doc-examples.test.ts runs the rest): most
// load the 50,000-word vector table, so they run on a worker of their own.
const root = join(import.meta.dirname, '..', '..')
const load = (path: string) => import(/* @vite-ignore */ join(root, path)) as Promise<Record<string, unknown>>

const examples = allExamples().filter((example) => example.file.startsWith('src/word-vectors/'))

describe('the @example blocks in src/word-vectors/', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5)
  })
  describeExamples(examples, load)
})
