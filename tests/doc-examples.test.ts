import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allExamples, type DocExample, describeExamples, runExample } from './support/doc-examples.js'

// Every `@example` in src/ runs here, but those of src/word-vectors/, which load the vector
// table and run in tests/word-vectors/doc-examples.test.ts, beside these on another worker.
// tests/support/doc-examples.ts says how a block is read.
const root = join(import.meta.dirname, '..')
const load = (path: string) => import(/* @vite-ignore */ join(root, path)) as Promise<Record<string, unknown>>

const examples = allExamples().filter((example) => !example.file.startsWith('src/word-vectors/'))

describe('the @example blocks in src/', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThan(100)
  })
  describeExamples(examples, load)
})

const fake = (code: string, file = 'src/text/closest.ts'): DocExample => ({ file, line: 1, code })

describe('the doc-example runner', () => {
  it('passes a right result and fails a wrong one', async () => {
    await runExample(fake("closest('fromat', ['format', 'out']) //=> 'format'"), load)
    await expect(runExample(fake("closest('fromat', ['format', 'out']) //=> 'out'"), load)).rejects.toThrow(
      /expected 'format' to deeply equal 'out'/,
    )
  })

  it('reads a value over several comment lines, with ellipses for the fields it leaves out', async () => {
    const code = [
      "extractDetails('Police said 12 people died.')[2]",
      "//=> { kind: 'count', value: 12,",
      "//      subject: 'deaths', ... }",
    ].join('\n')
    await runExample(fake(code), load)
    await expect(runExample(fake(code.replace('value: 12', 'value: 13')), load)).rejects.toThrow()
    // Without the ellipsis every field must be there.
    await expect(runExample(fake(code.replace(', ... }', ' }')), load)).rejects.toThrow()
  })

  it('holds a decimal to the places written, and an integer exactly', async () => {
    await runExample(fake("closest('fromat', ['format']).length //=> 6"), load)
    await runExample(fake('Math.PI //=> 3.14'), load)
    await expect(runExample(fake('Math.PI //=> 3.15'), load)).rejects.toThrow()
    await expect(runExample(fake('Math.PI //=> 3'), load)).rejects.toThrow()
  })

  it('checks a throw, its code and part of its message', async () => {
    await runExample(fake("compare([]) // throws E_INPUT_EMPTY 'No articles'"), load)
    await expect(runExample(fake('compare([]) // throws E_OPTION'), load)).rejects.toThrow()
    await expect(runExample(fake("compare(['One.']) // throws"), load)).rejects.toThrow(/expected a throw/)
  })

  it('refuses a block that asserts nothing, and a result after a declaration', async () => {
    await expect(runExample(fake("// 'Twelve died' -> a count"), load)).rejects.toThrow(/shows no result/)
    await expect(
      runExample(fake("const x = closest('fromat', ['format']) //=> 'format'"), load),
    ).rejects.toThrow(/must follow an expression statement/)
  })

  it('fails on a name the example never defines', async () => {
    await expect(runExample(fake('closest(word, []) //=> undefined'), load)).rejects.toThrow(
      /word is not defined/,
    )
  })
})
